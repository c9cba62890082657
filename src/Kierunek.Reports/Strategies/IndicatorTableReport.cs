using Kierunek.Domain.Strategies;
using Kierunek.Reports.Model;

namespace Kierunek.Reports.Strategies;

/// <summary>The indicator table of seed 001, per strategic goal: each task with its implementers and
/// funding sources, its indicators with the value for the year, the monitoring method and notes;
/// priorities as group rows.</summary>
public static class IndicatorTableReport
{
    public static Report Build(StrategyDocument document, int year)
    {
        var sections = document.Roots.Where(r => r.SelfAndDescendants().Any(n => n.Indicators.Count > 0))
            .Select(root => new Section(ReportHeadings.Of(root), 2, [GoalTable(root, year)]) { Landscape = true })
            .ToList();
        return new Report($"Realizacja zadań i wskaźniki za {year} r.", document.Title, sections) { Source = ReportHeadings.Source(document, year) };
    }

    private static Table GoalTable(StrategyNode root, int year)
    {
        IReadOnlyList<HeaderCell> header =
        [
            new("Zadanie"), new("Realizatorzy"), new("Źródła finansowania"), new("Wskaźnik"), new($"Wartość w {year} r."),
            new("Sposób monitorowania"), new("Uwagi"),
        ];
        var rows = new List<Row>();
        foreach (var node in root.SelfAndDescendants().Skip(1))
        {
            if (node.Indicators.Count == 0)
            {
                if (node.Children.Count > 0) rows.Add(new Row([new ReportCell(ReportHeadings.Of(node)) { ColumnSpan = 7 }], RowKind.Group));
                continue;
            }
            var lines = node.Indicators.Count;
            for (var i = 0; i < lines; i++)
            {
                var indicator = node.Indicators[i];
                var first = i == 0;
                var value = indicator.In(year)?.Value;
                rows.Add(new Row(
                [
                    new ReportCell(first ? $"{node.Code}. {node.Title}" : ""),
                    new ReportCell(first ? node.ImplementersText ?? "" : ""),
                    new ReportCell(first ? string.Join(", ", node.FundingSources.Select(f => f.Name)) : ""),
                    new ReportCell(indicator.Name ?? ""),
                    ValueCells.Of(value),
                    new ReportCell(indicator.MonitoringMethod ?? (first ? node.MonitoringMethod ?? "" : "")),
                    new ReportCell(string.Join(" ", indicator.Notes.Concat(first ? node.Notes : []))),
                ]));
            }
        }
        return new Table($"{ReportHeadings.Of(root)} — zadania i wskaźniki w {year} r.", [header], rows);
    }
}
