using Kierunek.Domain.Strategies;
using Kierunek.Reports.Model;

namespace Kierunek.Reports.Strategies;

/// <summary>The multi-year table of seed 004: per strategic goal, its indicators as rows and the years as
/// columns, operational goals as group rows. Breakdowns and lists stay lists, approximations stay
/// approximate, "not measured yet" is said, a year without a value is an empty cell.</summary>
public static class MultiYearReport
{
    public static Report Build(StrategyDocument document, IReadOnlyList<int> years)
    {
        // A strategic goal: its operational goals (children) hold the directions that carry indicators.
        var sections = document.AllNodes()
            .Where(n => n.Children.Any(c => c.Children.Any(g => g.Indicators.Count > 0)))
            .Select(goal => new Section(ReportHeadings.Of(goal), 2, [GoalTable(goal, years), .. Trends(goal, document, years)]) { Landscape = years.Count > 2 })
            .ToList();
        var span = years.Count == 1 ? $"{years[0]} r." : $"{years[0]}–{years[^1]}";
        return new Report($"Wskaźniki monitorujące w latach {span}", document.Title, sections)
        {
            Source = ReportHeadings.Source(document, years[^1]),
        };
    }

    private static Table GoalTable(StrategyNode goal, IReadOnlyList<int> years)
    {
        IReadOnlyList<HeaderCell> header = [new("Kierunek działań"), new("Wskaźnik"), .. years.Select(y => new HeaderCell($"{y} r."))];
        var rows = new List<Row>();
        foreach (var operational in goal.Children)
        {
            rows.Add(new Row([new ReportCell(ReportHeadings.Of(operational)) { ColumnSpan = 2 + years.Count }], RowKind.Group));
            foreach (var direction in operational.SelfAndDescendants().Where(n => n.Indicators.Count > 0))
            foreach (var indicator in direction.Indicators)
                rows.Add(new Row(
                [
                    new ReportCell(direction.Code is { } c ? $"{c}. {direction.Title}" : direction.Title ?? ""),
                    new ReportCell(indicator.Name ?? ""),
                    .. years.Select(y => YearCell(indicator, y)),
                ]));
        }
        return new Table($"{ReportHeadings.Of(goal)} — wskaźniki w latach {years[0]}–{years[^1]}", [header], rows);
    }

    private static IEnumerable<Block> Trends(StrategyNode goal, StrategyDocument document, IReadOnlyList<int> years)
    {
        foreach (var indicator in goal.SelfAndDescendants().SelectMany(n => n.Indicators))
        {
            var values = years.Select(y => (Year: y, Value: indicator.In(y))).Where(v => v.Value?.Period.FromYear == v.Year)
                .Select(v => (v.Year, v.Value!.Value)).ToList();
            var target = AttainmentRule.Of(indicator, years[^1], document.PeriodTo).Target;
            if (ReportCharts.Trend(indicator, values, target) is { } chart) yield return chart;
        }
    }

    private static ReportCell YearCell(Indicator indicator, int year)
    {
        var value = indicator.In(year);
        if (value is null) return ReportCell.Empty;
        var cell = ValueCells.Of(value.Value);
        return value.Comment is { } comment ? cell with { Footnote = cell.Footnote is null ? comment : $"{cell.Footnote} {comment}" } : cell;
    }
}
