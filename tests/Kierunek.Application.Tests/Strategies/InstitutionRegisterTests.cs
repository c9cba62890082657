using Kierunek.Application.Monitoring;
using Kierunek.Application.Strategies;
using Kierunek.Data;
using Kierunek.Data.Accounts;
using Kierunek.Data.Monitoring;
using Kierunek.Data.Tests;
using Kierunek.Domain.Institutions;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Strategies;
using Kierunek.Import.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kierunek.Application.Tests.Strategies;

/// <summary>The register: two entries merged move assignments with their values, deadline extensions and accounts,
/// shown in the history and undone exactly; the documents still print their own spellings; the register's own name,
/// kind, TERYT and e-mail are kept beside them. On SQLite and PostgreSQL.</summary>
public class InstitutionRegisterTests(StoredLublin lublin)
{
    public static TheoryData<string> Providers => Databases.Providers;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string Coordinator = "koordynator@kierunek.local";

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_merge_moves_assignments_values_extensions_and_accounts_and_is_undone_exactly(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        using var db = Database.Open(database.Target);
        var document = SeedFiles.LublinReport;
        var (from, into) = (document.Institutions[0], document.Institutions[1]);
        var nodes = document.AllNodes().ToList();
        var position = nodes.FindIndex(n => n.Kind == NodeKind.Measure && n.Indicators.Count == 1 && n.Children.Count == 0);
        var monitoring = Services.MonitoringOf(db, TimeProvider.System);
        var actor = new Actor(Coordinator, null, Reviews: true);
        var period = (await monitoring.OpenPeriodAsync(document.Key, 2021, CampaignSettings.None, actor, Ct)).Value!;
        Assert.True((await new Assignments(db, TimeProvider.System, NullLogger<Assignments>.Instance).AssignAsync(period.Id, position, nodes[position], from, actor, Ct)).Done);
        var entry = await db.Entries.AsNoTracking().SingleAsync(Ct);
        Assert.True((await monitoring.SaveAsync(entry.Id, "ok. 3 700", null, submit: false, 0, null, new Actor(from.Key, from.Key, Reviews: false), Ct)).Done);
        db.DeadlineExtensions.Add(new DeadlineExtensionRow { PeriodId = period.Id, InstitutionKey = from.Key, InstitutionName = from.Name, Until = new DateOnly(2022, 3, 31), Reason = "choroba", GrantedBy = Coordinator });
        db.Users.Add(new KierunekUser { UserName = "reporter@example.pl", Email = "reporter@example.pl", DisplayName = "Sprawozdawca", InstitutionKey = from.Key, InstitutionName = from.Name });
        await db.SaveChangesAsync(Ct);
        db.ChangeTracker.Clear();
        var register = RegisterOf(db);
        var before = (await register.ListAsync(Ct)).Single(e => e.Key == from.Key);
        Assert.Equal((1, 1), (before.Values, before.Accounts));
        var content = await db.Documents.Where(d => d.Key == document.Key).Select(d => d.Content).SingleAsync(Ct);

        var merged = await register.MergeAsync(from.Key, into.Key, Coordinator, Ct);

        Assert.True(merged.IsSuccess, string.Join("; ", merged.Errors));
        Assert.Equal(into.Key, (await db.Assignments.AsNoTracking().SingleAsync(Ct)).InstitutionKey);
        Assert.Equal(into.Key, (await db.DeadlineExtensions.AsNoTracking().SingleAsync(Ct)).InstitutionKey);
        var account = await db.Users.AsNoTracking().SingleAsync(u => u.Email == "reporter@example.pl", Ct);
        Assert.Equal((into.Key, into.Name), (account.InstitutionKey, account.InstitutionName));
        var entries = await register.ListAsync(Ct);
        Assert.DoesNotContain(entries, e => e.Key == from.Key);
        var kept = entries.Single(e => e.Key == into.Key);
        Assert.Equal([from.Key], kept.Merged);
        Assert.Equal((1, 1), (kept.Values, kept.Accounts));
        Assert.Contains(from.Name, kept.Printed);
        Assert.Contains(into.Name, kept.Printed);
        Assert.DoesNotContain(await register.AllAsync(Ct), i => i.Key == from.Key);
        var audit = await db.Audit.AsNoTracking().SingleAsync(a => a.Action == "połączenie instytucji", Ct);
        Assert.Contains("1 przydział (1 wartość), 1 przedłużenie terminu, 0 dokumentów źródłowych, 1 konto", audit.NewValue);
        // The document prints what it printed.
        Assert.Equal(content, await db.Documents.Where(d => d.Key == document.Key).Select(d => d.Content).SingleAsync(Ct));
        Assert.Contains(from.Name, (await new Data.Strategies.DocumentStore(db, TimeProvider.System).LoadAsync(document.Key, Ct))!.Institutions.Select(i => i.Name));

        var undone = await register.UndoAsync(merged.Value!.Id, Coordinator, Ct);

        Assert.True(undone.IsSuccess, string.Join("; ", undone.Errors));
        Assert.Equal(from.Key, (await db.Assignments.AsNoTracking().SingleAsync(Ct)).InstitutionKey);
        Assert.Equal(from.Key, (await db.DeadlineExtensions.AsNoTracking().SingleAsync(Ct)).InstitutionKey);
        Assert.Equal(from.Key, await db.Users.AsNoTracking().Where(u => u.Email == "reporter@example.pl").Select(u => u.InstitutionKey).SingleAsync(Ct));
        Assert.Equal((1, 1), (await register.ListAsync(Ct)).Single(e => e.Key == from.Key) is var again ? (again.Values, again.Accounts) : default);
        Assert.Empty(await register.MergesAsync(Ct));
        Assert.True(await db.Audit.AnyAsync(a => a.Action == "cofnięcie połączenia instytucji", Ct));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_registers_name_kind_teryt_and_email_are_kept_beside_the_printed_spelling(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        using var db = Database.Open(database.Target);
        var register = RegisterOf(db);
        var printed = SeedFiles.LublinReport.Institutions[0];

        var bad = await register.UpdateAsync(printed.Key, " ", InstitutionKind.SocialWelfareCentre, "123", "nie-adres", Coordinator, Ct);
        Assert.Equal(["nazwa", "teryt", "email"], bad.Errors.Select(e => e.Field));
        var saved = await register.UpdateAsync(printed.Key, "Miejski Ośrodek Pomocy Rodzinie w Lublinie", InstitutionKind.SocialWelfareCentre, "0663011", "sekretariat@mopr.lublin.pl", Coordinator, Ct);

        Assert.True(saved.IsSuccess);
        var entry = (await register.ListAsync(Ct)).Single(e => e.Key == printed.Key);
        Assert.Equal(("Miejski Ośrodek Pomocy Rodzinie w Lublinie", "0663011", "sekretariat@mopr.lublin.pl"), (entry.Name, entry.TerritorialUnitCode, entry.Email));
        Assert.Contains(printed.Name, entry.Printed);
        Assert.Equal("Miejski Ośrodek Pomocy Rodzinie w Lublinie", (await register.FindAsync(printed.Key, Ct))!.Name);
        Assert.Single(await db.Audit.Where(a => a.Entity == "institution" && a.EntityKey == printed.Key).ToListAsync(Ct));
    }

    private static InstitutionRegister RegisterOf(KierunekDb db) =>
        new(db, new StrategyCatalog(db, new MemoryCache(new MemoryCacheOptions()), TimeProvider.System), TimeProvider.System);
}
