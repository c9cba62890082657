using Kierunek.Application.Strategies;
using Kierunek.Data;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Values;
using Microsoft.EntityFrameworkCore;

namespace Kierunek.Application.Monitoring;

/// <summary>One history per item: each indicator's values over all years — the document's and the approved values of
/// every monitoring period, one series (a year monitoring approved shows the monitoring's value) — and, under a goal,
/// what changed since last year: indicators better or worse against their direction, actions whose status moved.
/// Only approved monitoring reaches it, so it is the same for every role.</summary>
public sealed class ItemHistory(KierunekDb db, StrategyCatalog catalog)
{
    /// <param name="Institution">Who reported it, for a value from monitoring; null for the document's own.</param>
    public sealed record Point(int Year, RecordedValue Value, string? Institution);

    /// <param name="Series">Per indicator of the item (by its index), its values by year.</param>
    public sealed record History(IReadOnlyList<IReadOnlyList<Point>> Series, IReadOnlyList<IndicatorChange> Indicators, IReadOnlyList<StatusChange> Statuses);

    public async Task<History?> ForAsync(string key, int position, CancellationToken ct = default)
    {
        if (await catalog.GetAsync(key, ct) is not { } document) return null;
        var tree = StrategyCatalog.TreeOf(document);
        if (tree.At(position) is not { } node) return null;
        var subtree = node.SelfAndDescendants().Select(tree.PositionOf).ToHashSet();
        var approved = await db.Assignments.AsNoTracking()
            .Where(a => a.NodePosition != null && db.Periods.Any(p => p.Id == a.PeriodId && p.DocumentKey == key))
            .Select(a => new
            {
                Year = db.Periods.Where(p => p.Id == a.PeriodId).Select(p => p.Year).First(), Position = a.NodePosition!.Value, a.InstitutionName,
                Values = a.Entries.Where(e => e.State == EntryState.Approved && e.Raw != null && e.IndicatorIndex != null).Select(e => new { Index = e.IndicatorIndex!.Value, e.Raw }).ToList(),
                Step = a.Report != null && a.Report.State == EntryState.Approved ? a.Report.Step : null,
            })
            .ToListAsync(ct);
        var mine = approved.Where(a => subtree.Contains(a.Position)).ToList();

        IReadOnlyList<Point> SeriesOf(StrategyNode item, Indicator indicator)
        {
            var position = tree.PositionOf(item);
            var index = item.Indicators.IndexOf(indicator);
            var points = new Dictionary<int, Point>();
            // The document's values by the year they start (a period "2014–2020" stands at 2014, as the page always showed it).
            foreach (var v in indicator.Values) points.TryAdd(v.Period.FromYear, new Point(v.Period.FromYear, v.Value, null));
            foreach (var a in mine.Where(a => a.Position == position))
                foreach (var v in a.Values.Where(v => v.Index == index))
                    points[a.Year] = new Point(a.Year, new RecordedValue(v.Raw!, ValueReader.Read(v.Raw!).Reading ?? ValueReading.Empty), a.InstitutionName);
            return points.Values.OrderBy(p => p.Year).ToList();
        }

        IReadOnlyList<(int, MeasureStatus)> StatusesOf(StrategyNode action)
        {
            var position = tree.PositionOf(action);
            var years = new Dictionary<int, MeasureStatus>();
            if (document.ReportedYears.Count > 0 && action.Status != MeasureStatus.Unknown) years[document.ReportedYears.Max()] = action.Status;
            foreach (var a in mine.Where(a => a.Position == position && a.Step is not null))
                years[a.Year] = a.Step switch { ProgressScale.Steps => MeasureStatus.Completed, 1 => MeasureStatus.NotCompleted, _ => MeasureStatus.InProgress };
            return years.OrderBy(y => y.Key).Select(y => (y.Key, y.Value)).ToList();
        }

        return new History(
            node.Indicators.Select(i => SeriesOf(node, i)).ToList(),
            YearOnYear.Indicators(node, i => SeriesOf(Owner(node, i), i).Select(p => (p.Year, p.Value.Reading.Number)).ToList()),
            YearOnYear.Statuses(node, StatusesOf));
    }

    private static StrategyNode Owner(StrategyNode goal, Indicator indicator) => goal.SelfAndDescendants().First(n => n.Indicators.Contains(indicator));
}
