using Kierunek.Data.Strategies;
using Kierunek.Domain.Institutions;
using Kierunek.Domain.Strategies.Exchange;
using Kierunek.Import.Tests;
using Microsoft.EntityFrameworkCore;

namespace Kierunek.Data.Tests.Strategies;

/// <summary>Storage on SQLite and PostgreSQL: migrations on an empty database, every seed stored and
/// read back unchanged, re-imports audited, and a failed save leaving nothing behind.</summary>
public class DocumentStoreTests
{
    public static TheoryData<string> Providers => Databases.Providers;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers))]
    public void Migrations_create_every_table_in_an_empty_database(string provider)
    {
        using var database = Databases.Fresh(provider);
        using var db = Database.Open(database.Target);
        Assert.Empty(db.Database.GetPendingMigrations());
        Assert.Equal(0, db.Documents.Count());
        Assert.Equal(0, db.Audit.Count());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_seed_reads_back_exactly_as_stored(string provider)
    {
        using var database = Databases.Fresh(provider);
        var target = database.Target;
        var seeds = new[] { SeedFiles.Lublin, SeedFiles.Bialystok, SeedFiles.RopsLublin, SeedFiles.Belchatow }.Select(SeedFiles.Import).ToList();
        using (var db = Database.Open(target))
            foreach (var document in seeds) await new DocumentStore(db, TimeProvider.System).SaveAsync(document, "test", Ct);

        using var reopened = Database.Open(target);
        var store = new DocumentStore(reopened, TimeProvider.System);
        Assert.Equal(seeds.Select(s => s.Key).Order(), await store.KeysAsync(Ct));
        foreach (var document in seeds)
            Assert.Equal(DocumentJson.Write(document), DocumentJson.Write((await store.LoadAsync(document.Key, Ct))!));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_projection_holds_raw_text_and_typed_value_but_no_invented_zero(string provider)
    {
        using var database = Databases.Fresh(provider);
        using var db = Database.Open(database.Target);
        await new DocumentStore(db, TimeProvider.System).SaveAsync(SeedFiles.BelchatowReport, "test", Ct);
        var approx = db.IndicatorValues.First(v => v.Raw == "ok. 3.700");
        Assert.Equal(("Approximate", 3700m), (approx.Kind, approx.Number!.Value));
        var notYet = db.IndicatorValues.First(v => v.Kind == "NotMeasuredYet");
        Assert.Null(notYet.Number);
        Assert.Equal(5, db.Nodes.Count(n => n.LevelName == "Cel strategiczny"));
        Assert.Equal(123, db.Indicators.Count());
        var direction = db.Nodes.Single(n => n.Code == "1.1.2");
        Assert.Equal("1.1", db.Nodes.Single(n => n.Id == direction.ParentId).Code);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Importing_again_stores_the_next_version_keeps_the_old_one_and_audits_both(string provider)
    {
        using var database = Databases.Fresh(provider);
        using var db = Database.Open(database.Target);
        var store = new DocumentStore(db, TimeProvider.System);
        await store.SaveAsync(SeedFiles.RopsReport, "anna", Ct);
        await store.SaveAsync(SeedFiles.RopsReport, "jan", Ct);
        Assert.Equal(1, db.Documents.Count());
        Assert.Equal(25, db.Indicators.Count());
        var audit = db.Audit.OrderBy(a => a.Id).ToList();
        Assert.Equal(["import", "reimport"], audit.Select(a => a.Action));
        Assert.Equal(["anna", "jan"], audit.Select(a => a.User));
        Assert.Null(audit[0].OldValue);
        Assert.StartsWith("wersja 1: Raport z monitoringu", audit[1].OldValue);
        Assert.StartsWith("wersja 2: Raport z monitoringu", audit[1].NewValue);
        Assert.Equal([1, 2], await db.DocumentVersions.Where(v => v.DocumentKey == SeedFiles.RopsReport.Key).OrderBy(v => v.Version).Select(v => v.Version).ToListAsync(Ct));
        Assert.Equal(SeedFiles.RopsReport.Key, audit[1].EntityKey);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_save_that_fails_halfway_writes_nothing(string provider)
    {
        using var database = Databases.Fresh(provider);
        var target = database.Target;
        using var db = Database.Open(target);
        var store = new DocumentStore(db, TimeProvider.System);
        await store.SaveAsync(SeedFiles.RopsReport, "test", Ct);
        var broken = SeedFiles.Import(SeedFiles.Belchatow);
        // Two institutions under one key break a unique index after the document row is written.
        broken.Institutions.Add(new Institution("x", "X", InstitutionKind.Other, null));
        broken.Institutions.Add(new Institution("x", "X", InstitutionKind.Other, null));
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => store.SaveAsync(broken, "test", Ct));

        using var fresh = Database.Open(target);
        Assert.Equal(1, fresh.Documents.Count());
        Assert.Equal(25, fresh.Indicators.Count());
        Assert.Equal(1, fresh.Audit.Count());
    }
}
