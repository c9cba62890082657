using Kierunek.Data;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Values;
using Microsoft.EntityFrameworkCore;

namespace Kierunek.Application.Monitoring;

/// <summary>One approved value of a period: which item, which of its indicators, who reported it, and the value read.</summary>
public sealed record ApprovedValue(int NodePosition, int IndicatorIndex, string InstitutionKey, RecordedValue Value);

public static class ApprovedValues
{
    /// <summary>The approved values of a strategy's period for <paramref name="year"/>; none when it was not monitored here.</summary>
    /// <param name="positions">Only the items at these positions; null for every item.</param>
    public static async Task<List<ApprovedValue>> OfAsync(KierunekDb db, string key, int year, IReadOnlyCollection<int>? positions, CancellationToken ct)
    {
        var assignments = db.Assignments.AsNoTracking()
            .Where(a => db.Periods.Any(p => p.Id == a.PeriodId && p.DocumentKey == key && p.Year == year))
            // A value whose item or indicator a re-import removed belongs to no place of the document any more.
            .Where(a => a.NodePosition != null);
        if (positions is not null) assignments = assignments.Where(a => positions.Contains(a.NodePosition!.Value));
        var rows = await assignments
            .SelectMany(a => a.Entries.Where(e => e.State == EntryState.Approved && e.Raw != null && e.IndicatorIndex != null),
                (a, e) => new { a.NodePosition, a.InstitutionKey, e.IndicatorIndex, e.Raw })
            .ToListAsync(ct);
        return rows.Select(r => new ApprovedValue(r.NodePosition!.Value, r.IndicatorIndex!.Value, r.InstitutionKey,
            new RecordedValue(r.Raw!, ValueReader.Read(r.Raw!).Reading ?? ValueReading.Empty))).ToList();
    }
}
