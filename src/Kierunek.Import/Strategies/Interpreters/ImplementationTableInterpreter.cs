using Kierunek.Domain.Results;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Values;
using Kierunek.Import.Grids;
using System.Text.RegularExpressions;
using C = Kierunek.Import.Strategies.Interpreters.ImplementationColumns;

namespace Kierunek.Import.Strategies.Interpreters;

/// <summary>Interprets the implementation table of seed 000 (Lublin SRPS 2014–2020, report 2020):
/// main goals → specific goals → tasks → measures, each measure with its printed rows of
/// deadline, cost split, indicator and notes; "razem" and "PODSUMOWANIE" rows become printed totals.</summary>
public sealed partial class ImplementationTableInterpreter
{
    private readonly Grid grid;
    private readonly CellValues values;
    private readonly StrategyDocument document;
    private readonly ReportingPeriod period;
    private StrategyNode? mainGoal, goal, task, measure;
    private Deadline? lastDeadline;
    private PrintedTotal? lastGoalTotal;

    private ImplementationTableInterpreter(Grid grid)
    {
        this.grid = grid;
        values = new CellValues(grid.FileName);
        var title = grid.Rows.FirstOrDefault(r => r.IsTextLine && r[0].Flat.Length > 10)?.Cells[0].Flat ?? grid.FileName;
        var year = ReportYear(grid);
        period = new ReportingPeriod(year);
        var range = DocumentKeys.YearRange(title);
        document = new StrategyDocument
        {
            Key = DocumentKeys.Slug(title) + "-raport-" + year,
            Title = title,
            Layout = DocumentLayout.ImplementationTable,
            PeriodFrom = range?.From,
            PeriodTo = range?.To,
            ReportedYears = [year],
            TerritorialUnitName = CityIn(title),
            SourceFile = grid.FileName,
        };
    }

    public static Result<StrategyDocument> Interpret(Grid grid)
    {
        var interpreter = new ImplementationTableInterpreter(grid);
        interpreter.Run();
        return interpreter.values.ResultFor(interpreter.document);
    }

    private void Run()
    {
        var summary = false;
        for (var i = 0; i < grid.Rows.Count; i++)
        {
            var row = grid.Rows[i];
            if (ImplementationRows.MainGoalCode(row) is { } mainCode)
            {
                StartMainGoal(mainCode, row);
                summary = false;
                continue;
            }
            if (ImplementationRows.SpecificGoalCode(row) is { } goalCode)
            {
                StartGoal(goalCode, TitleBesideLabel(row), row.Line);
                continue;
            }
            if (ImplementationRows.IsColumnHeading(row)) continue;
            if (ImplementationRows.IsSummaryHeading(row))
            {
                summary = true;
                continue;
            }
            if (summary && ImplementationRows.SummaryRow(row) is { } s)
            {
                AddSummaryTotal(row, s.Code, s.IsMainGoal);
                continue;
            }
            if (ImplementationRows.GoalTotal(row) is { } total)
            {
                i = AddGoalTotal(i, total.Code, total.Title);
                continue;
            }
            if (ImplementationRows.IsMultiYearFootnote(ImplementationRows.First(row)) && lastGoalTotal is not null)
            {
                AttachFootnote(ImplementationRows.First(row).Trim('(', ')'), row.Line);
                continue;
            }
            if (row.IsTextLine || mainGoal is null) continue;
            foreach (var part in SplitParagraphRows(row))
                Process(PrintedPlaces.Restore(C.Aligner.Align(part, C.PrintedPosition), taskIsOpen: task is not null));
        }
        MarkSubtotalParts();
        if (document.PrintedTotals.Any(t => t.Footnote is { } f && ImplementationRows.IsMultiYearFootnote(f)))
            document.CostRule = CostRollupRule.ExcludeMultiYearMeasures;
    }

    private void StartMainGoal(string code, GridRow row)
    {
        mainGoal = new StrategyNode { Kind = NodeKind.MainGoal, LevelName = "Cel główny", Code = code, Title = TitleBesideLabel(row), SourceLine = row.Line };
        document.Roots.Add(mainGoal);
        goal = task = measure = null;
    }

    private StrategyNode StartGoal(string code, string? title, int line)
    {
        var parentCode = code.Split('.')[0];
        if (mainGoal?.Code != parentCode)
        {
            mainGoal = document.Roots.FirstOrDefault(r => r.Code == parentCode)
                       ?? new StrategyNode { Kind = NodeKind.MainGoal, LevelName = "Cel główny", Code = parentCode, SourceLine = line };
            if (!document.Roots.Contains(mainGoal)) document.Roots.Add(mainGoal);
        }
        goal = new StrategyNode { Kind = NodeKind.SpecificGoal, LevelName = "Cel szczegółowy", Code = code, Title = title, SourceLine = line };
        mainGoal.Children.Add(goal);
        task = measure = null;
        return goal;
    }

    private void Process(AlignedRow a)
    {
        var continuesMeasure = a.BreakBefore && measure is not null && CellShapes.StartsLowercase(a[C.Measure].Flat);
        var started = TaskCodeAndTitle(a[C.Task].Flat);
        if (started is { })
            StartTask(started.Value.Code, started.Value.Title, a, continuesMeasure);
        else
            ContinueTask(a);

        var measureText = a[C.Measure].Flat;
        if (continuesMeasure)
            measure!.Title = JoinCut(measure.Title, measureText);
        else if (measureText.Length > 0)
        {
            StartMeasure(measureText, a.Line);
            if (started is null && NamesOwnParties(a))
                (measure!.CoordinatorText, measure.ImplementersText) = (NullIfEmpty(a[C.Coordinator].Flat), NullIfEmpty(a[C.Implementers].Flat));
        }

        AddLine(a);
    }

    /// <summary>A row without a page break before it cannot continue a cut cell: coordinator and
    /// implementers printed beside a new measure are that measure's own (seed 000, 5.2.5: MUP beside
    /// the second measure of a task the education department coordinates).</summary>
    private bool NamesOwnParties(AlignedRow a) =>
        !a.BreakBefore && !a[C.Measure].IsEmpty && (!a[C.Coordinator].IsEmpty || !a[C.Implementers].IsEmpty);

    private void StartTask(string code, string title, AlignedRow a, bool carriesCutMeasure)
    {
        var goalCode = string.Join('.', code.Split('.').Take(2));
        if (goal?.Code != goalCode)
            goal = FindGoal(goalCode) ?? StartGoal(goalCode, null, a.Line);
        var newTask = new StrategyNode
        {
            Kind = NodeKind.Task, LevelName = "Zadanie", Code = code, Title = title, SourceLine = a.Line,
            CoordinatorText = NullIfEmpty(a[C.Coordinator].Flat), ImplementersText = NullIfEmpty(a[C.Implementers].Flat),
        };
        goal!.Children.Add(newTask);
        // A measure cut by a page break just before this task's first row belongs to this task
        // (seed 000, 1.2.2: "Wspieranie rodzin zastępczych w formie w" | "wypłaty świadczeń").
        if (carriesCutMeasure && measure is not null)
        {
            (task ?? goal).Children.Remove(measure);
            newTask.Children.Add(measure);
        }
        else
            measure = null;
        task = newTask;
    }

    private void ContinueTask(AlignedRow a)
    {
        var owner = task;
        if (owner is null) return;
        if (!a[C.Task].IsEmpty) owner.Title = JoinCut(owner.Title, a[C.Task].Flat);
        if (NamesOwnParties(a)) return;
        if (!a[C.Coordinator].IsEmpty) owner.CoordinatorText = JoinCut(owner.CoordinatorText, a[C.Coordinator].Flat);
        if (!a[C.Implementers].IsEmpty) owner.ImplementersText = JoinCut(owner.ImplementersText, a[C.Implementers].Flat);
    }

    private void StartMeasure(string title, int line)
    {
        measure = new StrategyNode { Kind = NodeKind.Measure, LevelName = "Działanie", Title = title, SourceLine = line };
        (task ?? goal ?? mainGoal)!.Children.Add(measure);
    }

    private void AddLine(AlignedRow a)
    {
        var hasContent = Enumerable.Range(C.Deadline, C.Notes - C.Deadline + 1).Any(c => !a[c].IsEmpty) || a.Unplaced.Count > 0;
        if (!hasContent) return;
        if (measure is null) StartMeasure("", a.Line);
        var m = measure!;
        m.Title = m.Title?.Length == 0 ? null : m.Title;

        var deadline = a[C.Deadline].IsEmpty ? null : Deadline.Parse(a[C.Deadline].Flat, lastDeadline);
        lastDeadline = deadline ?? lastDeadline;
        m.Deadline ??= deadline;
        var entry = new CostEntry
        {
            SourceLine = a.Line, Deadline = deadline,
            Total = Money(a, C.Total), State = Money(a, C.State), Gmina = Money(a, C.Gmina), Other = Money(a, C.Other), Extra = Money(a, C.Extra),
        };
        if (entry.HasAnyCell) m.Costs.Add(entry);

        if (!a[C.IndicatorName].IsEmpty || !a[C.IndicatorValue].IsEmpty)
        {
            var indicator = new Indicator { Name = NullIfEmpty(a[C.IndicatorName].Flat), SourceLine = a.Line };
            if (values.Read(a[C.IndicatorValue], a.Line, C.Names[C.IndicatorValue]) is { } v)
                indicator.Values.Add(new IndicatorValue(period, v) { SourceLine = a.Line });
            m.Indicators.Add(indicator);
        }
        if (!a[C.Notes].IsEmpty)
        {
            m.Notes.Add(a[C.Notes].Flat);
            if (m.Status == MeasureStatus.Unknown)
                (m.Status, m.StatusReason) = MeasureStatusReader.Read(a[C.Notes].Flat);
        }
        foreach (var stray in a.Unplaced) m.Notes.Add("(komórka poza kolumnami) " + stray.Flat);
    }

    private Domain.Values.RecordedValue? Money(AlignedRow a, int column) =>
        values.Read(a[column], a.Line, C.Names[column], ValueContext.Money);

    private int AddGoalTotal(int index, string code, string title)
    {
        var row = grid.Rows[index];
        var label = row.NonEmpty.First();
        var cells = row.NonEmpty.Skip(1).ToList();
        // Some totals are printed as one number per line (seed 000, goals 1.3, 3.2, 5.4).
        while (cells.Count < 4 && index + 1 < grid.Rows.Count && grid.Rows[index + 1].IsTextLine && CellShapes.IsMoneyLike(grid.Rows[index + 1][0].Flat))
            cells.Add(grid.Rows[++index][0]);
        var target = FindGoal(code) ?? StartGoal(code, title, row.Line);
        target.Title ??= title;
        lastGoalTotal = Total(code, PrintedTotalKind.GoalRow, label.Flat, row.Line, cells, ImplementationRows.FootnoteIn(label.Flat));
        document.PrintedTotals.Add(lastGoalTotal);
        task = measure = null;
        return index;
    }

    private void AddSummaryTotal(GridRow row, string code, bool isMainGoal)
    {
        var cells = row.NonEmpty.Skip(1).ToList();
        document.PrintedTotals.Add(Total(code, isMainGoal ? PrintedTotalKind.SummaryMainGoal : PrintedTotalKind.SummaryGoal,
            row.NonEmpty.First().Flat, row.Line, cells, ImplementationRows.FootnoteIn(row.NonEmpty.First().Flat)));
    }

    private PrintedTotal Total(string code, PrintedTotalKind kind, string label, int line, IReadOnlyList<Cell> cells, string? footnote)
    {
        Domain.Values.RecordedValue? At(int i, string column) => i < cells.Count ? values.ReadAlone(cells[i], line, column, ValueContext.Money) : null;
        return new PrintedTotal
        {
            GoalCode = code, Kind = kind, Label = label, SourceLine = line, Footnote = footnote,
            Total = At(0, "Koszt działania"), State = At(1, "państwo"), Gmina = At(2, "gmina"), Other = At(3, "inne"),
        };
    }

    private void AttachFootnote(string text, int line)
    {
        // The total is a record replaced by a copy: keep the copy as the last total, so a second footnote line
        // (a repeated row) finds it again instead of the replaced one.
        var index = document.PrintedTotals.IndexOf(lastGoalTotal!);
        if (index >= 0) document.PrintedTotals[index] = lastGoalTotal = lastGoalTotal! with { Footnote = lastGoalTotal.Footnote ?? text };
        document.Footnotes.Add(new Footnote("*", text.TrimStart('*'), line));
    }

    /// <summary>"… razem, w tym:" (seed 000, 3.3.2): the measures after a subtotal in the same task are its parts.</summary>
    private void MarkSubtotalParts()
    {
        foreach (var parent in document.AllNodes().Where(n => n.Kind is NodeKind.Task or NodeKind.SpecificGoal).ToList())
        {
            var inSubtotal = false;
            foreach (var child in parent.Children.Where(c => c.Kind == NodeKind.Measure))
            {
                if (child.Title is { } t && SubtotalTitle().IsMatch(t))
                {
                    inSubtotal = true;
                    Replace(child.Costs, c => c with { IsSubtotalOfFollowing = true });
                }
                else if (inSubtotal)
                    Replace(child.Costs, c => c with { IsPartOfSubtotal = true });
            }
        }
    }

    private static void Replace(List<CostEntry> costs, Func<CostEntry, CostEntry> change)
    {
        for (var i = 0; i < costs.Count; i++) costs[i] = change(costs[i]);
    }

    private IEnumerable<GridRow> SplitParagraphRows(GridRow row)
    {
        var keys = row.Cells.Select((c, i) => (c, i))
            .Where(x => x.c.Text.Contains('\n') && x.c.Text.Split('\n').All(p => CellShapes.IsMoneyLike(p) || CellShapes.IsDeadline(p)))
            .Select(x => x.i).ToList();
        return keys.Count >= 2 ? ParagraphRowSplitter.Split(row, keys) : [row];
    }

    private StrategyNode? FindGoal(string code) =>
        document.AllNodes().FirstOrDefault(n => n.Kind == NodeKind.SpecificGoal && n.Code == code);

    private static (string Code, string Title)? TaskCodeAndTitle(string text)
    {
        var m = TaskCode().Match(text);
        return m.Success ? (m.Groups[1].Value, text[m.Length..].Trim()) : null;
    }

    private static string? TitleBesideLabel(GridRow row) =>
        row.NonEmpty.Skip(1).Select(c => c.Flat).OrderByDescending(t => t.Length).FirstOrDefault();

    /// <summary>Joins a cell cut by a page break; a word cut in two ("w" | "wypłaty") is not doubled.</summary>
    public static string JoinCut(string? head, string tail)
    {
        if (string.IsNullOrEmpty(head)) return tail;
        var lastSpace = head.LastIndexOf(' ');
        var lastWord = lastSpace < 0 ? head : head[(lastSpace + 1)..];
        var firstWord = tail.Split(' ')[0];
        if (lastWord.Length > 0 && lastWord.Length < firstWord.Length && firstWord.StartsWith(lastWord, StringComparison.Ordinal) && char.IsLower(lastWord[0]))
            return head[..(lastSpace + 1)] + tail;
        return head + " " + tail;
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    /// <summary>The year most deadlines name ("2020 r."): the year the report is for.</summary>
    private static int ReportYear(Grid grid) =>
        grid.Rows.SelectMany(r => r.Cells).Select(c => c.Flat).Where(t => t.Length <= 30)
            .SelectMany(t => SingleYear().Matches(t).Select(m => int.Parse(m.Groups[1].Value)))
            .GroupBy(y => y).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault(DateTime.MinValue.Year + 2000);

    private static string? CityIn(string title) => City().Match(title) is { Success: true } m ? m.Groups[1].Value.Trim() : null;

    [GeneratedRegex(@"^(\d{1,2}\.\d{1,2}\.\d{1,2})\.?(?=\s|$)")] private static partial Regex TaskCode();
    [GeneratedRegex(@"^((?:19|20)\d{2})\s*(?:r\.?|\.r)?$")] private static partial Regex SingleYear();
    [GeneratedRegex(@"razem,?\s*w tym", RegexOptions.IgnoreCase)] private static partial Regex SubtotalTitle();
    [GeneratedRegex(@"Miasta\s+([\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?)")] private static partial Regex City();
}
