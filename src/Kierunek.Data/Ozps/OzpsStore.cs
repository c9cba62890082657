using Kierunek.Data.Audit;
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

    public async Task<Saved> SaveAsync(IReadOnlyList<OzpsUnitData> units, string user, CancellationToken ct = default)
    {
        var (added, changed, unchanged) = (0, 0, 0);
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var unit in units)
        {
            if (!unit.Synthetic && await db.OzpsValues.Where(v => v.UnitCode == unit.Unit.Code && v.Synthetic).ExecuteDeleteAsync(ct) is var removed and > 0)
                // Real data replaces generated data whole: a unit is never part real, part synthetic.
                db.Audit.Add(new AuditRow { At = now, User = user, Action = "usunięcie danych syntetycznych OZPS", Entity = AuditEntity, EntityKey = unit.Unit.Code, OldValue = $"{removed} wartości syntetycznych", Reason = unit.Source });
            if (unit.Synthetic && await db.OzpsValues.AnyAsync(v => v.UnitCode == unit.Unit.Code && !v.Synthetic, ct))
                continue; // generated data never overwrites real data
            var stored = await db.OzpsValues.Where(v => v.UnitCode == unit.Unit.Code).ToDictionaryAsync(v => (v.TableCode, v.RowCode, v.Year, v.Forecast), ct);
            var unitAdded = 0;
            foreach (var value in unit.Values)
            {
                var key = value.Key;
                if (!stored.TryGetValue((key.Table, key.Row, key.Year, key.Forecast), out var row))
                {
                    db.OzpsValues.Add(RowOf(unit, value));
                    unitAdded++;
                    continue;
                }
                if (row.Raw == value.Value.Raw && row.Comment == value.Comment) { unchanged++; continue; }
                db.Audit.Add(new AuditRow
                {
                    At = now, User = user, Action = "zmiana wartości OZPS", Entity = AuditEntity, EntityKey = $"{unit.Unit.Code}/{key}",
                    OldValue = Describe(row.Raw, row.Comment), NewValue = Describe(value.Value.Raw, value.Comment), Reason = unit.Source,
                });
                var replacement = RowOf(unit, value);
                (row.Raw, row.Kind, row.Number, row.Comment, row.Synthetic, row.SourceFile, row.SourceLine) =
                    (replacement.Raw, replacement.Kind, replacement.Number, replacement.Comment, replacement.Synthetic, replacement.SourceFile, replacement.SourceLine);
                changed++;
            }
            if (unitAdded > 0)
                db.Audit.Add(new AuditRow
                {
                    At = now, User = user, Action = "import OZPS", Entity = AuditEntity, EntityKey = unit.Unit.Code,
                    NewValue = $"{unitAdded} nowych wartości{(unit.Synthetic ? " (dane syntetyczne)" : "")}", Reason = unit.Source,
                });
            added += unitAdded;
            await db.SaveChangesAsync(ct);
        }
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return new Saved(added, changed, unchanged);
    }

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

    private static OzpsValueRow RowOf(OzpsUnitData unit, OzpsValue value) => new()
    {
        UnitCode = unit.Unit.Code, TableCode = value.Key.Table, RowCode = value.Key.Row, Year = value.Key.Year, Forecast = value.Key.Forecast,
        Raw = value.Value.Raw, Kind = value.Value.Kind.ToString(), Number = value.Value.Reading.Number, Comment = value.Comment,
        Synthetic = unit.Synthetic, SourceFile = value.Source?.File ?? unit.Source, SourceLine = value.Source?.Line,
    };

    /// <summary>The reading is made again from the stored text — the same reader as on import, so it cannot drift.</summary>
    private static OzpsValue ValueOf(OzpsValueRow row) => new(
        new OzpsKey(row.TableCode, row.RowCode, row.Year, row.Forecast),
        OzpsCells.Read(row.Raw, OzpsTemplate.ForYear(row.Forecast ? row.Year - 1 : row.Year).UnitOf(row.TableCode, row.RowCode)).Value
            ?? new RecordedValue(row.Raw, ValueReader.Read(row.Raw).Reading ?? ValueReading.Empty),
        row.Comment, row.SourceFile is null ? null : new SourceLocation(row.SourceFile, row.SourceLine));

    private static string Describe(string raw, string? comment) => comment is null ? raw : $"{raw} — {comment}";
}
