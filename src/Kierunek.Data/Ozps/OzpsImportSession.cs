using Kierunek.Data.Audit;
using Kierunek.Domain.Ozps;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kierunek.Data.Ozps;

/// <summary>One OZPS import as one transaction, fed a unit at a time so that no more than one unit is ever held here:
/// a unit with nothing stored goes straight to the <see cref="OzpsBulkWriter"/>; a unit with stored values is
/// compared value by value and each change audited old → new. Real data replaces a unit's synthetic data whole,
/// and synthetic data never touches a unit with real data. Nothing is kept unless <see cref="CommitAsync"/> runs:
/// disposed without it, the transaction is rolled back.
/// <para>The audit rows ("import OZPS", one per unit) are written at the commit, so the audit chain's lock is held
/// for a moment, not for the whole import.</para></summary>
public sealed class OzpsImportSession : IAsyncDisposable
{
    private readonly KierunekDb db;
    private readonly IDbContextTransaction transaction;
    private readonly OzpsBulkWriter bulk;
    private readonly Dictionary<string, (bool Real, bool Synthetic)> stored;
    private readonly List<AuditRow> audit = [];
    private readonly HashSet<string> touched = [];
    private readonly string user;
    private readonly DateTimeOffset now;
    private int added, changed, unchanged;

    private OzpsImportSession(KierunekDb db, IDbContextTransaction transaction, Dictionary<string, (bool, bool)> stored, string user, DateTimeOffset now)
    {
        (this.db, this.transaction, this.stored, this.user, this.now) = (db, transaction, stored, user, now);
        bulk = OzpsBulkWriter.For(db);
    }

    internal static async Task<OzpsImportSession> BeginAsync(KierunekDb db, string user, DateTimeOffset now, CancellationToken ct)
    {
        var transaction = await db.Database.BeginTransactionAsync(ct);
        // Which units have anything stored, and of which kind: the only question asked of the table before writing.
        var stored = new Dictionary<string, (bool Real, bool Synthetic)>();
        foreach (var kind in await db.OzpsValues.Select(v => new { v.UnitCode, v.Synthetic }).Distinct().ToListAsync(ct))
        {
            var (real, synthetic) = stored.GetValueOrDefault(kind.UnitCode);
            stored[kind.UnitCode] = (real || !kind.Synthetic, synthetic || kind.Synthetic);
        }
        return new OzpsImportSession(db, transaction, stored, user, now);
    }

    public async Task AddAsync(OzpsUnitData unit, CancellationToken ct)
    {
        var code = unit.Unit.Code;
        touched.Add(code);
        if (!stored.TryGetValue(code, out var has))
        {
            foreach (var value in unit.Values) await bulk.WriteAsync(RowOf(unit, value), ct);
            Added(unit, unit.Values.Count);
            stored[code] = (!unit.Synthetic, unit.Synthetic);
            return;
        }
        if (unit.Synthetic && has.Real) return; // generated data never overwrites real data
        await bulk.PauseAsync(ct);
        if (!unit.Synthetic && has.Synthetic && await db.OzpsValues.Where(v => v.UnitCode == code && v.Synthetic).ExecuteDeleteAsync(ct) is var removed and > 0)
            // Real data replaces generated data whole: a unit is never part real, part synthetic.
            audit.Add(new AuditRow { At = now, User = user, Action = "usunięcie danych syntetycznych OZPS", Entity = OzpsStore.AuditEntity, EntityKey = code, OldValue = $"{removed} wartości syntetycznych", Reason = unit.Source });
        var rows = await db.OzpsValues.Where(v => v.UnitCode == code).ToDictionaryAsync(v => (v.TableCode, v.RowCode, v.Year, v.Forecast), ct);
        var fresh = new List<OzpsValueRow>();
        foreach (var value in unit.Values)
        {
            var key = value.Key;
            if (!rows.TryGetValue((key.Table, key.Row, key.Year, key.Forecast), out var row))
            {
                fresh.Add(RowOf(unit, value));
                continue;
            }
            if (row.Raw == value.Value.Raw && row.Comment == value.Comment) { unchanged++; continue; }
            audit.Add(new AuditRow
            {
                At = now, User = user, Action = "zmiana wartości OZPS", Entity = OzpsStore.AuditEntity, EntityKey = $"{code}/{key}",
                OldValue = Describe(row.Raw, row.Comment), NewValue = Describe(value.Value.Raw, value.Comment), Reason = unit.Source,
            });
            var replacement = RowOf(unit, value);
            (row.Raw, row.Kind, row.Number, row.Comment, row.Synthetic, row.SourceFile, row.SourceLine) =
                (replacement.Raw, replacement.Kind, replacement.Number, replacement.Comment, replacement.Synthetic, replacement.SourceFile, replacement.SourceLine);
            changed++;
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        foreach (var row in fresh) await bulk.WriteAsync(row, ct);
        Added(unit, fresh.Count);
        stored[code] = (!unit.Synthetic || has.Real, unit.Synthetic);
    }

    public async Task<OzpsStore.Saved> CommitAsync(CancellationToken ct)
    {
        await bulk.PauseAsync(ct);
        db.Audit.AddRange(audit);
        await OzpsStore.RestampAsync(db, touched, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return new OzpsStore.Saved(added, changed, unchanged);
    }

    public async ValueTask DisposeAsync()
    {
        await bulk.DisposeAsync();
        await transaction.DisposeAsync();
        db.ChangeTracker.Clear();
    }

    private void Added(OzpsUnitData unit, int count)
    {
        if (count == 0) return;
        added += count;
        audit.Add(new AuditRow
        {
            At = now, User = user, Action = "import OZPS", Entity = OzpsStore.AuditEntity, EntityKey = unit.Unit.Code,
            NewValue = $"{count} nowych wartości{(unit.Synthetic ? " (dane syntetyczne)" : "")}", Reason = unit.Source,
        });
    }

    internal static OzpsValueRow RowOf(OzpsUnitData unit, OzpsValue value) => new()
    {
        UnitCode = unit.Unit.Code, TableCode = value.Key.Table, RowCode = value.Key.Row, Year = value.Key.Year, Forecast = value.Key.Forecast,
        Raw = value.Value.Raw, Kind = value.Value.Kind.ToString(), Number = value.Value.Reading.Number, Comment = value.Comment,
        Synthetic = unit.Synthetic, SourceFile = value.Source?.File ?? unit.Source, SourceLine = value.Source?.Line,
    };

    private static string Describe(string raw, string? comment) => comment is null ? raw : $"{raw} — {comment}";
}
