using Kierunek.Domain.Ozps;
using Kierunek.Domain.Ozps.Assessments;
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

    /// <summary>A form's cells of one unit, added to the context for the caller's save (one transaction with the
    /// assessment's step): a new, changed or cleared value each audited old → new. A typed value is the unit's own,
    /// never synthetic, even where the demo's generated values surround it. Returns how many values changed.</summary>
    public async Task<int> ApplyCellsAsync(string unitCode, IReadOnlyList<FormCell> cells, string user, string reason, CancellationToken ct = default)
    {
        var tables = cells.Select(c => c.Key.Table).Distinct().ToList();
        var rows = await db.OzpsValues.Where(v => v.UnitCode == unitCode && tables.Contains(v.TableCode))
            .ToDictionaryAsync(v => new OzpsKey(v.TableCode, v.RowCode, v.Year, v.Forecast), ct);
        var now = clock.GetUtcNow();
        var changed = 0;
        foreach (var given in cells)
        {
            var row = rows.GetValueOrDefault(given.Key);
            if (row is null && given.Raw is null) continue;
            var cell = given.KeepComment ? given with { Comment = row?.Comment } : given;
            if (row is not null && row.Raw == cell.Raw && row.Comment == cell.Comment) continue;
            db.Audit.Add(new Audit.AuditRow
            {
                At = now, User = user, Action = "zmiana wartości OZPS", Entity = AuditEntity, EntityKey = $"{unitCode}/{cell.Key}",
                OldValue = row is null ? null : Describe(row.Raw, row.Comment), NewValue = cell.Raw is null ? null : Describe(cell.Raw, cell.Comment), Reason = reason,
            });
            changed++;
            if (cell.Raw is null) { db.OzpsValues.Remove(row!); continue; }
            var value = FormCells.ValueOf(cell)!;
            if (row is null)
            {
                row = new OzpsValueRow { UnitCode = unitCode, TableCode = cell.Key.Table, RowCode = cell.Key.Row, Year = cell.Key.Year, Forecast = cell.Key.Forecast, Raw = "", Kind = "" };
                db.OzpsValues.Add(row);
            }
            (row.Raw, row.Kind, row.Number, row.Comment, row.Synthetic, row.SourceFile, row.SourceLine) =
                (value.Value.Raw, value.Value.Kind.ToString(), value.Value.Reading.Number, value.Comment, false, cell.Source?.File, cell.Source?.Line);
        }
        if (changed > 0) await RestampAsync(db, [unitCode], ct);
        return changed;
    }

    /// <summary>The voivodeship's data stamp now ("" before anything was stored): what the region's computed views are cached by.</summary>
    public async Task<string> StampAsync(string regionCode, CancellationToken ct = default) =>
        await db.OzpsRegionStamps.AsNoTracking().Where(s => s.RegionCode == regionCode).Select(s => s.Stamp).FirstOrDefaultAsync(ct) ?? "";

    /// <summary>A new stamp for each voivodeship whose values a save changes, added to the context for that save.</summary>
    internal static async Task RestampAsync(KierunekDb db, IEnumerable<string> unitCodes, CancellationToken ct)
    {
        foreach (var region in unitCodes.Select(c => c[..Math.Min(2, c.Length)]).Distinct())
        {
            var stamp = Guid.NewGuid().ToString("N");
            if (await db.OzpsRegionStamps.FirstOrDefaultAsync(s => s.RegionCode == region, ct) is { } row) row.Stamp = stamp;
            else db.OzpsRegionStamps.Add(new OzpsRegionStampRow { RegionCode = region, Stamp = stamp });
        }
    }

    private static string Describe(string raw, string? comment) => comment is null ? raw : $"{raw} — {comment}";

    /// <summary>A unit's data, or null when nothing is stored for it.</summary>
    public async Task<OzpsUnitData?> LoadAsync(string unitCode, CancellationToken ct = default) =>
        (await LoadManyAsync(unitCode, exact: true, ct)).SingleOrDefault();

    /// <summary>Every unit whose TERYT code starts with <paramref name="prefix"/> ("06" — a voivodeship, "0608" — a powiat, "" — all).</summary>
    public Task<IReadOnlyList<OzpsUnitData>> LoadRegionAsync(string prefix, CancellationToken ct = default) => LoadManyAsync(prefix, exact: false, ct);

    /// <summary>Every unit of the region with only one year's values of the named tables: what a computation over the
    /// whole region needs (the barometer, the staffing rule), a tenth of everything stored.</summary>
    public Task<IReadOnlyList<OzpsUnitData>> LoadRegionAsync(string prefix, int year, IReadOnlyCollection<string> tables, CancellationToken ct = default) =>
        LoadManyAsync(prefix, exact: false, ct, year, tables);

    private async Task<IReadOnlyList<OzpsUnitData>> LoadManyAsync(string code, bool exact, CancellationToken ct, int? year = null, IReadOnlyCollection<string>? tables = null)
    {
        var query = db.OzpsValues.AsNoTracking().Where(v => exact ? v.UnitCode == code : v.UnitCode.StartsWith(code));
        if (year is { } y) query = query.Where(v => v.Year == y && !v.Forecast);
        if (tables is not null) query = query.Where(v => tables.Contains(v.TableCode));
        var rows = await query.ToListAsync(ct);
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
