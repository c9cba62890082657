using Kierunek.Application.Strategies;
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

/// <summary>Last year's value beside each field of a period: what was approved for the same item and indicator in last
/// year's period, or — where last year was not monitored here — what the document printed for that year. The one rule
/// behind the reporter's table (<see cref="PeriodView"/>, which the single value's save and "Sprawdź" take it from) and
/// the table save (<see cref="MonitoringService.SaveManyAsync"/>, which finds it itself).</summary>
public sealed class LastYear
{
    private readonly StrategyTree tree;
    private readonly int year;
    private readonly Dictionary<(int Position, int Indicator), RecordedValue> approved;

    private LastYear(StrategyTree tree, int year, Dictionary<(int, int), RecordedValue> approved) => (this.tree, this.year, this.approved) = (tree, year, approved);

    /// <param name="year">This year (the period's); last year's values are those of <c>year - 1</c>.</param>
    /// <param name="positions">Only the items at these positions (a reporter's twenty); null for every item.</param>
    public static async Task<LastYear> OfAsync(KierunekDb db, StrategyTree tree, int year, IReadOnlyCollection<int>? positions, CancellationToken ct) =>
        new(tree, year, (await ApprovedValues.OfAsync(db, tree.Document.Key, year - 1, positions, ct)).ToDictionary(v => (v.NodePosition, v.IndicatorIndex), v => v.Value));

    public RecordedValue? At(int position, int indicator) =>
        approved.GetValueOrDefault((position, indicator))
        ?? (tree.At(position) is { } node && indicator < node.Indicators.Count ? node.Indicators[indicator].In(year - 1)?.Value : null);
}
