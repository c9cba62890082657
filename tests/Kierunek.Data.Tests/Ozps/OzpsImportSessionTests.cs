using Kierunek.Data.Ozps;
using Kierunek.Domain.Ozps.Synthetic;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Import.Territory;
using Microsoft.EntityFrameworkCore;

namespace Kierunek.Data.Tests.Ozps;

/// <summary>An import session on SQLite and PostgreSQL: units written in bulk (binary COPY on PostgreSQL) are kept
/// only when committed — dropped mid-way, with a COPY under way, nothing of them and no audit row remains — and
/// units already stored are compared value by value in the same session.</summary>
public class OzpsImportSessionTests
{
    public static TheoryData<string> Providers => Databases.Providers;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IReadOnlyList<Kierunek.Domain.Ozps.OzpsUnitData> Units(string prefix, int seed) =>
        OzpsGenerator.Generate(TercFile.Register, prefix, 2018, 2019, seed, OzpsTemplate.ForYear(2019));

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_import_dropped_before_its_commit_leaves_no_value_and_no_audit_row(string provider)
    {
        using var database = Databases.Fresh(provider);
        await using (var db = Database.Open(database.Target))
        {
            await using var import = await new OzpsStore(db, TercFile.Register, TimeProvider.System).BeginImportAsync("test", Ct);
            foreach (var unit in Units("0608", seed: 1)) await import.AddAsync(unit, Ct);
            // no CommitAsync: as when the reader finds an error on the file's last line
        }

        await using var reopened = Database.Open(database.Target);
        Assert.Equal(0, await reopened.OzpsValues.CountAsync(Ct));
        Assert.Equal(0, await reopened.Audit.CountAsync(a => a.Entity == OzpsStore.AuditEntity, Ct));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task New_units_in_bulk_and_stored_units_compared_in_one_session(string provider)
    {
        using var database = Databases.Fresh(provider);
        await using var db = Database.Open(database.Target);
        var store = new OzpsStore(db, TercFile.Register, TimeProvider.System);
        var powiat = Units("0608", seed: 1);
        await store.SaveAsync(powiat.Take(3), "test", Ct);

        // The same first three units again (unchanged), then the rest new: the COPY pauses for the comparisons.
        var saved = await store.SaveAsync(powiat, "test", Ct);

        var values = powiat.Sum(u => u.Values.Count);
        var first = powiat.Take(3).Sum(u => u.Values.Count);
        Assert.Equal(new OzpsStore.Saved(values - first, 0, first), saved);
        Assert.Equal(values, await db.OzpsValues.CountAsync(Ct));
        var back = (await store.LoadAsync(powiat[^1].Unit.Code, Ct))!;
        Assert.Equal(powiat[^1].Values.Select(v => (v.Key.ToString(), v.Value.Raw, v.Number)).Order(), back.Values.Select(v => (v.Key.ToString(), v.Value.Raw, v.Number)).Order());
        Assert.Equal(powiat.Count, await db.Audit.CountAsync(a => a.Action == "import OZPS", Ct));
    }
}
