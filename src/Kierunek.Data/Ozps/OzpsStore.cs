using Kierunek.Domain.Ozps;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Domain.Results;
using Kierunek.Domain.Territory;
using Kierunek.Domain.Values;
using Microsoft.EntityFrameworkCore;

namespace Kierunek.Data.Ozps;

/// <summary>Saves and loads OZPS data. A save is one transaction; a value that changes is audited old → new,
/// a unit's first values with one entry saying how many and from where. Real data replaces a unit's synthetic data
/// whole, and synthetic data never touches a unit with real data.</summary>
public sealed class OzpsStore(KierunekDb db, TerritorialRegister register, TimeProvider clock)
{
    /// <summary>How OZPS values are named in the audit (with the unit's TERYT code, and table/row/year for a value).</summary>
    public const string AuditEntity = "ozps";

    public sealed record Saved(int Added, int Changed, int Unchanged);

    /// <summary>Saves units held in memory (a document, a region's generated data) as one import.</summary>
    public async Task<Saved> SaveAsync(IEnumerable<OzpsUnitData> units, string user, CancellationToken ct = default)
    {
        await using var import = await BeginImportAsync(user, ct);
        foreach (var unit in units) await import.AddAsync(unit, ct);
        return await import.CommitAsync(ct);
    }

    /// <summary>An import fed a unit at a time, kept only when committed (the national CSV goes this way).</summary>
    public Task<OzpsImportSession> BeginImportAsync(string user, CancellationToken ct = default) =>
        OzpsImportSession.BeginAsync(db, user, clock.GetUtcNow(), ct);

    /// <summary>A unit's data, or null when nothing is stored for it.</summary>
    public async Task<OzpsUnitData?> LoadAsync(string unitCode, CancellationToken ct = default) =>
        (await LoadManyAsync(unitCode, exact: true, ct)).SingleOrDefault();

    /// <summary>Every unit whose TERYT code starts with <paramref name="prefix"/> ("06" — a voivodeship, "0608" — a powiat, "" — all).</summary>
    public Task<IReadOnlyList<OzpsUnitData>> LoadRegionAsync(string prefix, CancellationToken ct = default) => LoadManyAsync(prefix, exact: false, ct);

    private async Task<IReadOnlyList<OzpsUnitData>> LoadManyAsync(string code, bool exact, CancellationToken ct)
    {
        var rows = await db.OzpsValues.AsNoTracking()
            .Where(v => exact ? v.UnitCode == code : v.UnitCode.StartsWith(code))
            .ToListAsync(ct);
        return rows.GroupBy(r => r.UnitCode)
            .Select(g => new OzpsUnitData(register.Find(g.Key) ?? new TerritorialUnit(g.Key, g.Key, TerritorialUnitKind.UrbanGmina),
                g.Select(ValueOf).ToList(), g.Any(r => r.Synthetic), Source: string.Join(", ", g.Select(r => r.SourceFile).OfType<string>().Distinct())))
            .OrderBy(u => u.Unit.Code).ToList();
    }

    /// <summary>The reading is made again from the stored text — the same reader as on import, so it cannot drift.</summary>
    private static OzpsValue ValueOf(OzpsValueRow row) => new(
        new OzpsKey(row.TableCode, row.RowCode, row.Year, row.Forecast),
        OzpsCells.Read(row.Raw, OzpsTemplate.ForYear(row.Forecast ? row.Year - 1 : row.Year).UnitOf(row.TableCode, row.RowCode)).Value
            ?? new RecordedValue(row.Raw, ValueReader.Read(row.Raw).Reading ?? ValueReading.Empty),
        row.Comment, row.SourceFile is null ? null : new SourceLocation(row.SourceFile, row.SourceLine));
}
