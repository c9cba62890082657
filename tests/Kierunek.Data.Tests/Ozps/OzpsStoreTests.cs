using Kierunek.Data.Ozps;
using Kierunek.Domain.Ozps;
using Kierunek.Domain.Values;
using Kierunek.Import;
using Kierunek.Import.Ozps;
using Kierunek.Import.Reading;
using Kierunek.Import.Territory;
using Microsoft.EntityFrameworkCore;

namespace Kierunek.Data.Tests.Ozps;

/// <summary>OZPS data on SQLite and PostgreSQL: seed 003 stored and read back value for value (text, reading,
/// comment), a changed value audited old → new, an unchanged import changing nothing.</summary>
public class OzpsStoreTests
{
    public static TheoryData<string> Providers => Databases.Providers;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static OzpsUnitData Seed003()
    {
        var path = Directory.GetFiles(SeedFolder.Find()!, "003_*.txt").Single();
        return OzpsDocumentReader.Read(SourceText.Load(path).Value!).Value!;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Seed_003_reads_back_value_for_value(string provider)
    {
        using var database = Databases.Fresh(provider);
        var target = database.Target;
        var seed = Seed003();
        using (var db = Database.Open(target))
            Assert.Equal(seed.Values.Count, (await new OzpsStore(db, TercFile.Register, TimeProvider.System).SaveAsync([seed], "test", Ct)).Added);

        using var reopened = Database.Open(target);
        var loaded = (await new OzpsStore(reopened, TercFile.Register, TimeProvider.System).LoadAsync("0608011", Ct))!;
        Assert.Equal(seed.Values.Count, loaded.Values.Count);
        foreach (var value in seed.Values)
        {
            var back = loaded[value.Key]!;
            Assert.Equal((value.Value.Raw, value.Value.Kind, value.Number, value.Comment), (back.Value.Raw, back.Value.Kind, back.Number, back.Comment));
        }
        Assert.Equal(ValueKind.NotApplicable, loaded[new OzpsKey("wydatki", "1", 2018)]!.Value.Kind);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_changed_value_is_audited_old_to_new_and_an_unchanged_import_changes_nothing(string provider)
    {
        using var database = Databases.Fresh(provider);
        using var db = Database.Open(database.Target);
        var store = new OzpsStore(db, TercFile.Register, TimeProvider.System);
        var seed = Seed003();
        await store.SaveAsync([seed], "import", Ct);
        Assert.Equal(new OzpsStore.Saved(0, 0, seed.Values.Count), await store.SaveAsync([seed], "import", Ct));

        var key = new OzpsKey("korzystajacy", "1", 2019);
        var corrected = seed with { Values = seed.Values.Select(v => v.Key == key ? v with { Value = new RecordedValue("907", ValueReader.Read("907").Reading!), Comment = "korekta po weryfikacji" } : v).ToList() };
        Assert.Equal(1, (await store.SaveAsync([corrected], "anna", Ct)).Changed);

        var audit = await db.Audit.Where(a => a.Entity == "ozps" && a.Action == "zmiana wartości OZPS").SingleAsync(Ct);
        Assert.Equal(("anna", "0608011/korzystajacy/1/2019", "906", "907 — korekta po weryfikacji"), (audit.User, audit.EntityKey, audit.OldValue, audit.NewValue));
        Assert.Equal(907m, (await store.LoadAsync("0608011", Ct))!.Number("korzystajacy", "1", 2019));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Real_data_replaces_synthetic_data_whole_and_synthetic_data_never_touches_real_data(string provider)
    {
        using var database = Databases.Fresh(provider);
        using var db = Database.Open(database.Target);
        var store = new OzpsStore(db, TercFile.Register, TimeProvider.System);
        var template = Kierunek.Domain.Ozps.Template.OzpsTemplate.ForYear(2019);
        var lubartow = Kierunek.Import.Territory.TercFile.Register.Find("0608011")!;
        await store.SaveAsync([Kierunek.Domain.Ozps.Synthetic.OzpsGenerator.Unit(lubartow, 2014, 2019, 1, template)], "generator", Ct);
        var seed = Seed003();
        await store.SaveAsync([seed], "import", Ct);

        var stored = (await store.LoadAsync("0608011", Ct))!;
        Assert.False(stored.Synthetic);
        Assert.Equal(seed.Values.Count, stored.Values.Count);
        Assert.Contains(await db.Audit.Select(a => a.Action).ToListAsync(Ct), a => a == "usunięcie danych syntetycznych OZPS");

        await store.SaveAsync([Kierunek.Domain.Ozps.Synthetic.OzpsGenerator.Unit(lubartow, 2014, 2019, 2, template)], "generator", Ct);
        Assert.Equal(906m, (await store.LoadAsync("0608011", Ct))!.Number("korzystajacy", "1", 2019));
    }
}
