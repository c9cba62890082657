using Kierunek.Domain.Strategies;
using Kierunek.Domain.Strategies.Checks;
using Kierunek.Domain.Values;
using Kierunek.Reports.Model;

namespace Kierunek.Reports.Strategies;

/// <summary>The implementation table of seed 000, per specific goal: tasks, actions with coordinator,
/// implementers, deadline, cost and its split by source, indicator and value, notes; a "razem" row
/// computed by the document's own rule, marked where the printed total differs; and the summary
/// across main goals.</summary>
public static class ImplementationReport
{
    private static readonly IReadOnlyList<IReadOnlyList<HeaderCell>> Header =
    [
        [
            new("Zadanie", RowSpan: 2), new("Działanie", RowSpan: 2), new("Koordynator", RowSpan: 2), new("Realizatorzy", RowSpan: 2),
            new("Termin realizacji", RowSpan: 2), new("Koszt działania", RowSpan: 2), new("Źródła finansowania", ColumnSpan: 3),
            new("Wskaźnik", RowSpan: 2), new("Wartość", RowSpan: 2), new("Uwagi", RowSpan: 2),
        ],
        [new("państwo"), new("gmina"), new("inne")],
    ];

    public static Report Build(StrategyDocument document, int year)
    {
        var goals = document.AllNodes().Where(n => n.Kind == NodeKind.SpecificGoal).ToList();
        var sections = goals.Select(goal => new Section(ReportHeadings.Of(goal), 2, [GoalTable(goal, document, year)]) { Landscape = true }).ToList();
        sections.Add(new Section("Podsumowanie kosztów", 2, [SummaryTable(document), .. RuleNote(document), .. CostChart(document, goals)]));
        return new Report($"Sprawozdanie z realizacji zadań za {year} r.", document.Title, sections) { Source = ReportHeadings.Source(document, year) };
    }

    private static Table GoalTable(StrategyNode goal, StrategyDocument document, int year)
    {
        var rows = new List<Row>();
        var counted = new List<int>(); // the rows whose cost the "razem" row adds up, by the document's rule
        void Add(StrategyNode measure, StrategyNode? task, bool printsTask)
        {
            foreach (var (row, cost) in MeasureRows(measure, task, printsTask, year))
            {
                if (cost is not null && CostTotaller.Counts(cost, document.CostRule)) counted.Add(rows.Count);
                rows.Add(row);
            }
        }
        foreach (var node in goal.Children)
        {
            if (node.Kind != NodeKind.Task) Add(node, null, printsTask: false);
            else if (node.Children.Count == 0) rows.Add(TaskOnlyRow(node));
            else
                for (var i = 0; i < node.Children.Count; i++)
                    Add(node.Children[i], node, printsTask: i == 0);
        }
        var printed = document.PrintedTotals.FirstOrDefault(t => t.Kind == PrintedTotalKind.GoalRow && t.GoalCode == goal.Code);
        rows.Add(TotalRow($"Razem cel {goal.Code}", CostTotaller.ForNode(goal, document.CostRule), printed, 12, counted));
        return new Table($"{ReportHeadings.Of(goal)} — zadania, działania i koszty", Header, rows);
    }

    private static Row TaskOnlyRow(StrategyNode task) => new(
    [
        new ReportCell(TaskLabel(task)), ReportCell.Empty, new ReportCell(task.CoordinatorText ?? ""), new ReportCell(task.ImplementersText ?? ""),
        .. Enumerable.Repeat(ReportCell.Empty, 8),
    ]);

    private static string TaskLabel(StrategyNode task) => task.Code is { } c ? $"{c}. {task.Title}" : task.Title ?? "";

    /// <summary>An action takes one row per printed cost row or indicator, whichever are more; the task's
    /// code and title stand in its first action's row, as in the printed table.</summary>
    private static IEnumerable<(Row Row, CostEntry? Cost)> MeasureRows(StrategyNode measure, StrategyNode? task, bool printsTask, int year)
    {
        var lines = Math.Max(1, Math.Max(measure.Costs.Count, measure.Indicators.Count));
        for (var i = 0; i < lines; i++)
        {
            var cost = i < measure.Costs.Count ? measure.Costs[i] : null;
            var indicator = i < measure.Indicators.Count ? measure.Indicators[i] : null;
            var first = i == 0;
            yield return (new Row(
            [
                new ReportCell(first && printsTask && task is not null ? TaskLabel(task) : ""),
                new ReportCell(first ? measure.Title ?? "" : ""),
                new ReportCell(first ? measure.CoordinatorText ?? (printsTask ? task?.CoordinatorText : null) ?? "" : ""),
                new ReportCell(first ? measure.ImplementersText ?? (printsTask ? task?.ImplementersText : null) ?? "" : ""),
                new ReportCell(cost?.Deadline?.Printed ?? (first ? measure.Deadline?.Printed ?? "" : "")),
                ValueCells.Of(cost?.Total),
                ValueCells.Of(cost?.State),
                ValueCells.Of(cost?.Gmina),
                ValueCells.Of(cost?.Other),
                new ReportCell(indicator?.Name ?? ""),
                ValueCells.Of(indicator?.In(year)?.Value),
                new ReportCell(i < measure.Notes.Count ? measure.Notes[i] : ""),
            ]), cost);
        }
    }

    private static Table SummaryTable(StrategyDocument document)
    {
        IReadOnlyList<HeaderCell> header = [new("Cel"), new("Koszt działania"), new("państwo"), new("gmina"), new("inne")];
        var totals = CostTotaller.ByGoal(document);
        var rows = new List<Row>();
        foreach (var main in document.Roots.Where(r => r.Code is not null))
        {
            var mainRow = rows.Count;
            rows.Add(new Row([])); // a place for the main goal's total, filled in once its goals' rows are known
            var goalRows = new List<int>();
            foreach (var goal in main.Children.Where(c => c.Kind == NodeKind.SpecificGoal && c.Code is not null))
            {
                goalRows.Add(rows.Count);
                rows.Add(CostRow(ReportHeadings.Of(goal), totals.GetValueOrDefault(goal.Code!, CostTotals.None),
                    document.PrintedTotals.FirstOrDefault(t => t.Kind == PrintedTotalKind.SummaryGoal && t.GoalCode == goal.Code), RowKind.Body));
            }
            rows[mainRow] = TotalRow(ReportHeadings.Of(main), totals.GetValueOrDefault(main.Code!, CostTotals.None),
                document.PrintedTotals.FirstOrDefault(t => t.Kind == PrintedTotalKind.SummaryMainGoal && t.GoalCode == main.Code), 1, goalRows);
        }
        return new Table("Koszty według celów i źródeł finansowania (wyliczone z działań)", [header], rows);
    }

    private static IEnumerable<Block> CostChart(StrategyDocument document, IReadOnlyList<StrategyNode> goals)
    {
        var totals = CostTotaller.ByGoal(document);
        var chart = ReportCharts.CostBySource(goals.Where(g => g.Code is not null)
            .Select(g => (g.Code!, totals.GetValueOrDefault(g.Code!, CostTotals.None))).ToList());
        if (chart is not null) yield return chart;
    }

    private static IEnumerable<Block> RuleNote(StrategyDocument document)
    {
        yield return new Paragraph("Sumy wyliczono z kosztów działań. Pole oznaczone ⚠ różni się od sumy wydrukowanej w dokumencie (podano ją obok); sumy wydrukowane nie są poprawiane.");
        if (document.CostRule == CostRollupRule.ExcludeMultiYearMeasures)
            yield return new Paragraph("Zgodnie z dokumentem nie ujęto kosztów działań wieloletnich.");
    }

    private static Row TotalRow(string label, CostTotals computed, PrintedTotal? printed, int labelSpan, IReadOnlyList<int> parts)
    {
        var row = CostRow(label, computed, printed, RowKind.Total);
        row = row with { Cells = [row.Cells[0], .. row.Cells.Skip(1).Select(c => c.Number is null ? c : c with { SumOfRows = parts })] };
        if (labelSpan == 1) return row;
        // In a goal's table the label spans the columns before the costs, the rest stay empty.
        return row with
        {
            Cells = [row.Cells[0] with { ColumnSpan = 4 }, ReportCell.Empty, .. row.Cells.Skip(1), ReportCell.Empty, ReportCell.Empty, ReportCell.Empty],
        };
    }

    private static Row CostRow(string label, CostTotals computed, PrintedTotal? printed, RowKind kind) => new(
    [
        new ReportCell(label),
        .. CostTotaller.Columns.Select(column => Checked(computed[column], printed?[column])),
    ], kind);

    private static ReportCell Checked(decimal? computed, RecordedValue? printed)
    {
        // No amount printed in a column sums to nothing, shown as a dash — not as 0,00 zł.
        var cell = computed is null ? new ReportCell("–") : ValueCells.Money(computed);
        var printedAmount = printed?.Reading.InZloty;
        return printedAmount is { } p && p != (computed ?? 0m) ? cell with { Warning = $"wydrukowano {PolishFormat.Money(p)}" } : cell;
    }
}
