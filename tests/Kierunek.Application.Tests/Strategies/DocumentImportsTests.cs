using Kierunek.Application.Monitoring;
using Kierunek.Application.Strategies;
using Kierunek.Data;
using Kierunek.Data.Tests;
using Kierunek.Domain.Institutions;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Strategies.Exchange;
using Kierunek.Import;
using Kierunek.Import.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kierunek.Application.Tests.Strategies;

/// <summary>A re-import is a new version, never a silent replacement: a version that removes an item is refused
/// without --replace (nothing written); with it, monitoring follows the items to their new places and the values of
/// the removed item are kept, detached and shown — never dropped. On SQLite and PostgreSQL.</summary>
public class DocumentImportsTests(StoredLublin lublin)
{
    public static TheoryData<string> Providers => Databases.Providers;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly Actor Coordinator = new("koordynator@kierunek.local", null, Reviews: true);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_version_without_an_item_needs_replace_and_then_keeps_its_values_detached(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        using var db = Database.Open(database.Target);
        var old = SeedFiles.LublinReport;
        var nodes = old.AllNodes().ToList();
        var removed = nodes.FindIndex(n => n.Kind == NodeKind.Measure && n.Indicators.Count == 1 && n.Children.Count == 0);
        var kept = nodes.FindIndex(removed + 1, n => n.Kind == NodeKind.Measure && n.Indicators.Count == 1);
        var monitoring = Services.MonitoringOf(db, TimeProvider.System);
        var period = (await monitoring.OpenPeriodAsync(old.Key, 2021, CampaignSettings.None, Coordinator, Ct)).Value!;
        await AssignWithValueAsync(monitoring, db, period.Id, removed, nodes[removed], "mup", "412");
        await AssignWithValueAsync(monitoring, db, period.Id, kept, nodes[kept], "mopr", "ok. 3 700");
        var newVersion = DocumentJson.Read(DocumentJson.Write(old), old.Key).Value!;
        var gone = newVersion.AllNodes().ElementAt(removed);
        newVersion.AllNodes().Single(n => n.Children.Contains(gone)).Children.Remove(gone);
        var imports = new DocumentImports(db, TimeProvider.System);

        var refused = await imports.ImportAsync([newVersion], "test", replace: false, Ct);

        var error = Assert.Single(refused.Errors);
        Assert.Equal(ImportErrorCodes.ReimportShrinks, error.Code);
        Assert.Contains("usunięto 1 pozycję", error.Message);
        Assert.Contains("--replace", error.Message);
        Assert.Equal(1, await db.Documents.Where(d => d.Key == old.Key).Select(d => d.Version).SingleAsync(Ct));
        Assert.Equal([removed, kept], await db.Assignments.OrderBy(a => a.NodePosition).Select(a => a.NodePosition!.Value).ToListAsync(Ct));

        var stored = await imports.ImportAsync([newVersion], "test", replace: true, Ct);

        Assert.True(stored.IsSuccess, string.Join(" ", stored.Errors));
        db.ChangeTracker.Clear();
        Assert.Equal(2, await db.Documents.Where(d => d.Key == old.Key).Select(d => d.Version).SingleAsync(Ct));
        Assert.Equal(2, await db.DocumentVersions.CountAsync(v => v.DocumentKey == old.Key, Ct));
        var mopr = await db.Assignments.Include(a => a.Entries).SingleAsync(a => a.InstitutionKey == "mopr", Ct);
        Assert.Equal(kept - 1, mopr.NodePosition);
        Assert.Equal(("ok. 3 700", 0), (mopr.Entries.Single().Raw, mopr.Entries.Single().IndicatorIndex!.Value));
        var mup = await db.Assignments.Include(a => a.Entries).SingleAsync(a => a.InstitutionKey == "mup", Ct);
        Assert.Null(mup.NodePosition);
        Assert.Contains(nodes[removed].Title![..20], mup.DetachedNode);
        Assert.Equal("412", mup.Entries.Single().Raw);

        var view = (await new PeriodView(db, new StrategyCatalog(db, new Microsoft.Extensions.Caching.Memory.MemoryCache(new Microsoft.Extensions.Caching.Memory.MemoryCacheOptions()), TimeProvider.System)).LoadAsync(old.Key, 2021, null, Ct))!;
        var detached = Assert.Single(view.DetachedValues);
        Assert.Equal("412", detached.Entry.Raw);
        Assert.Equal(kept - 1, Assert.Single(view.Items).Assignment.NodePosition);
        Assert.Equal(nodes[kept].Title, view.Items[0].Node.Title);
        var audit = await db.Audit.AsNoTracking().Where(a => a.EntityKey == old.Key).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync(Ct);
        Assert.Equal(["import", "reimport", "przeniesienie monitoringu"], audit);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_same_file_again_writes_no_new_version(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        using var db = Database.Open(database.Target);
        var stored = await new DocumentImports(db, TimeProvider.System).ImportAsync([SeedFiles.LublinReport], "test", replace: false, Ct);
        Assert.True(Assert.Single(stored.Value!).Unchanged);
        Assert.Equal(1, await db.DocumentVersions.CountAsync(Ct));
        Assert.Equal(1, await db.Audit.CountAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_failure_injected_after_the_document_is_inserted_leaves_the_stored_version_as_it_was(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        string Snapshot()
        {
            using var db = Database.Open(database.Target);
            return string.Join("|", db.Documents.AsNoTracking().Select(d => d.Version + ":" + d.Content.Length), db.DocumentVersions.Count(), db.Audit.Count(), db.Nodes.Count());
        }
        var before = Snapshot();
        var changed = DocumentJson.Read(DocumentJson.Write(SeedFiles.LublinReport), SeedFiles.LublinReport.Key).Value!;
        changed.Title += " (poprawiony)";
        var failing = new FailWhenVersionIsWritten();
        KierunekDb context = Database.IsPostgres(database.Target)
            ? new PostgresDb(Database.Use(new DbContextOptionsBuilder<PostgresDb>(), database.Target).AddInterceptors(failing).Options)
            : new SqliteDb(Database.Use(new DbContextOptionsBuilder<SqliteDb>(), database.Target).AddInterceptors(failing).Options);
        await using (context)
            await Assert.ThrowsAsync<InvalidOperationException>(() => new DocumentImports(context, TimeProvider.System).ImportAsync([changed], "test", replace: false, Ct));

        Assert.True(failing.Fired);
        Assert.Equal(before, Snapshot());
    }

    /// <summary>Throws on the save that follows the document row's insert (the one adding its version), as a crash there would.</summary>
    private sealed class FailWhenVersionIsWritten : Microsoft.EntityFrameworkCore.Diagnostics.SaveChangesInterceptor
    {
        public bool Fired { get; private set; }

        public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int>> SavingChangesAsync(
            Microsoft.EntityFrameworkCore.Diagnostics.DbContextEventData eventData, Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (eventData.Context!.ChangeTracker.Entries<Data.Strategies.DocumentVersionRow>().Any())
            {
                Fired = true;
                throw new InvalidOperationException("Wstrzyknięta awaria po zapisaniu wiersza dokumentu.");
            }
            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }

    private static async Task AssignWithValueAsync(MonitoringService monitoring, KierunekDb db, int period, int position, StrategyNode node, string institution, string value)
    {
        var assigned = await new Assignments(db, TimeProvider.System, NullLogger<Assignments>.Instance).AssignAsync(period, position, node, new Institution(institution, institution.ToUpperInvariant(), InstitutionKind.Other, null), Coordinator, Ct);
        Assert.True(assigned.Done, assigned.Error?.Message);
        var entry = await db.Entries.AsNoTracking().Where(e => db.Assignments.Any(a => a.Id == e.AssignmentId && a.InstitutionKey == institution)).SingleAsync(Ct);
        var saved = await monitoring.SaveAsync(entry.Id, value, null, submit: false, 0, null, new Actor(institution, institution, Reviews: false), Ct);
        Assert.True(saved.Done, saved.Error?.Message);
        db.ChangeTracker.Clear();
    }
}
