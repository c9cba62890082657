using Kierunek.Domain.Results;
using Kierunek.Domain.Strategies;
using Kierunek.Import.Grids;
using System.Text.RegularExpressions;

namespace Kierunek.Import.Strategies.Interpreters;

/// <summary>Interprets the indicator table of seed 001 (Białystok SRPS 2011–2020, report 2020):
/// strategic goals (A…G) → priorities (A.1) → tasks (A.1.1), each task with implementers,
/// funding sources and indicators with one year's value, monitoring method and notes.
/// Word's export of vertically merged cells is undone: rows printed before their task row,
/// values continued over page breaks, and a value printed one row above its indicator.</summary>
public sealed partial class IndicatorTableInterpreter
{
    private const int Code = 0, TaskTitle = 1, Implementers = 2, Funding = 3, Name = 4, Value = 5, Monitoring = 6, Notes = 7;
    private static readonly string[] ColumnNames =
        ["L.p.", "Zadania realizacyjne (działania)", "Realizatorzy", "Źródła finansowania", "Wskaźniki", "Wartość wskaźnika", "Monitorowanie", "Uwagi"];

    private readonly Grid grid;
    private readonly CellValues values;
    private readonly StrategyDocument document;
    private readonly Dictionary<Indicator, ValueDraft> drafts = [];
    private readonly List<Indicator> orphans = [];
    private StrategyNode? goal, priority, task;
    private Indicator? lastIndicator;
    private ValueDraft? strayValue;
    private ReportingPeriod? period;

    private readonly int yearWhenUndated;

    private IndicatorTableInterpreter(Grid grid, int yearWhenUndated)
    {
        this.yearWhenUndated = yearWhenUndated;
        this.grid = grid;
        values = new CellValues(grid.FileName);
        var front = DocumentFront.Read(grid);
        var range = DocumentKeys.YearRange(front.Title);
        document = new StrategyDocument
        {
            Key = DocumentKeys.Slug(front.Title),
            Title = front.Title,
            Layout = DocumentLayout.IndicatorTable,
            PeriodFrom = range?.From,
            PeriodTo = range?.To,
            AuthorInstitution = front.Author,
            Signatory = front.Signatory,
            TerritorialUnitName = front.City,
            SourceFile = grid.FileName,
        };
    }

    /// <param name="yearWhenUndated">The year given to values when the document names neither its reporting year nor the
    /// strategy's last year (the caller's clock: the current year).</param>
    public static Result<StrategyDocument> Interpret(Grid grid, int yearWhenUndated)
    {
        var interpreter = new IndicatorTableInterpreter(grid, yearWhenUndated);
        interpreter.Run();
        return interpreter.values.ResultFor(interpreter.document);
    }

    private void Run()
    {
        foreach (var row in grid.Rows)
        {
            var first = row[0].Flat;
            if (StrategicGoal().Match(first) is { Success: true } g) StartGoal(g.Groups[1].Value, g.Groups[2].Value, row.Line);
            else if (Priority().Match(first) is { Success: true } p) StartPriority(p.Groups[1].Value, p.Groups[2].Value, row.Line);
            else if (first == "L.p.") ReadPeriod(row);
            else if (row.IsTextLine || goal is null) continue;
            else if (TaskCode().IsMatch(first)) StartTask(row);
            else Continue(row);
        }
        Finish();
    }

    private void StartGoal(string code, string title, int line)
    {
        goal = new StrategyNode { Kind = NodeKind.MainGoal, LevelName = "Cel strategiczny", Code = code, Title = title.Trim(), SourceLine = line };
        document.Roots.Add(goal);
        priority = task = null;
    }

    private void StartPriority(string code, string title, int line)
    {
        if (goal is null)
        {
            values.Add(new Error(new SourceLocation(grid.FileName, line), ImportErrorCodes.MisplacedRow,
                $"Priorytet {code.TrimEnd('.')} stoi przed pierwszym celem strategicznym („Cel strategiczny A …”), a w tym układzie każdy priorytet należy do celu. Sprawdź kolejność wierszy albo zapisz tabelę z Worda ponownie."));
            return;
        }
        priority = new StrategyNode { Kind = NodeKind.Priority, LevelName = "Priorytet", Code = code.TrimEnd('.'), Title = title.Trim(), SourceLine = line };
        goal.Children.Add(priority);
        task = null;
        lastIndicator = null;
    }

    private void ReadPeriod(GridRow row)
    {
        var header = row[Value].Flat;
        if (Year().Match(header) is { Success: true } y && period is null)
        {
            period = new ReportingPeriod(int.Parse(y.Value));
            document.ReportedYears.Add(period.FromYear);
            document.Key = document.Key + "-raport-" + period.FromYear;
        }
    }

    private void StartTask(GridRow row)
    {
        var previous = task;
        task = new StrategyNode
        {
            Kind = NodeKind.Task, LevelName = "Zadanie realizacyjne", Code = row[Code].Flat.TrimEnd('.'), Title = row[TaskTitle].Flat,
            ImplementersText = NullIfEmpty(row[Implementers].Flat), SourceLine = row.Line,
        };
        (priority ?? goal)!.Children.Add(task);
        AddFunding(row[Funding]);
        task.MonitoringMethod = NullIfEmpty(row[Monitoring].Flat);

        // Word prints a merged task cell one row late: the indicator row printed just above
        // belongs to this task when the task's own row has no value of its own.
        var ownRowHasNoValue = row[Value].IsEmpty && (row[Name].IsEmpty || CellShapes.StartsLowercase(row[Name].Flat));
        if (orphans.Count > 0)
        {
            task.Indicators.AddRange(orphans);
            lastIndicator = orphans[^1];
            orphans.Clear();
        }
        else if (ownRowHasNoValue && previous is { Indicators.Count: > 1 } && previous.Indicators[^1].SourceLine != previous.SourceLine)
        {
            var moved = previous.Indicators[^1];
            previous.Indicators.Remove(moved);
            task.Indicators.Add(moved);
            lastIndicator = moved;
        }
        else lastIndicator = null;

        if (CellShapes.StartsLowercase(row[Name].Flat) && row[Value].IsEmpty && lastIndicator is not null)
            lastIndicator.Name = ImplementationTableInterpreter.JoinCut(lastIndicator.Name, row[Name].Flat);
        else if (!row[Name].IsEmpty || !row[Value].IsEmpty)
            AddIndicator(row);
        AddNote(row);
    }

    private void Continue(GridRow row)
    {
        if (task is not null)
        {
            if (!row[TaskTitle].IsEmpty) task.Title = ImplementationTableInterpreter.JoinCut(task.Title, row[TaskTitle].Flat);
            if (!row[Implementers].IsEmpty) task.ImplementersText = ImplementationTableInterpreter.JoinCut(task.ImplementersText, row[Implementers].Flat);
            AddFunding(row[Funding]);
        }

        var name = row[Name];
        if (!name.IsEmpty && CellShapes.StartsLowercase(name.Flat) && row[Value].IsEmpty && lastIndicator is not null)
        {
            // A lowercase line under an indicator continues whichever of its cells was still open.
            if (drafts[lastIndicator].IsOpen) drafts[lastIndicator].Add(name);
            else lastIndicator.Name = ImplementationTableInterpreter.JoinCut(lastIndicator.Name, name.Flat);
        }
        else if (!name.IsEmpty)
        {
            AddIndicator(row);
            AddNote(row);
            return;
        }
        else if (!row[Value].IsEmpty) ContinueValue(row);

        if (!row[Monitoring].IsEmpty && task is not null) ContinueMonitoring(row[Monitoring].Flat);
        AddNote(row);
    }

    /// <summary>A monitoring cell cut by a page break ("… pod kątem zachodzących" | "zmian").</summary>
    private void ContinueMonitoring(string tail)
    {
        var owner = lastIndicator is { MonitoringMethod: not null } ? lastIndicator : null;
        if (owner is not null && owner.MonitoringMethod == task!.MonitoringMethod)
            task.MonitoringMethod = ImplementationTableInterpreter.JoinCut(task.MonitoringMethod, tail);
        if (owner is not null) owner.MonitoringMethod = ImplementationTableInterpreter.JoinCut(owner.MonitoringMethod, tail);
        else task!.MonitoringMethod = ImplementationTableInterpreter.JoinCut(task.MonitoringMethod, tail);
    }

    private void AddIndicator(GridRow row)
    {
        var indicator = new Indicator
        {
            Name = NullIfEmpty(row[Name].Flat), SourceLine = row.Line,
            Unit = UnitInName(row[Name].Flat), MonitoringMethod = NullIfEmpty(row[Monitoring].Flat),
        };
        var draft = new ValueDraft(row.Line);
        if (!row[Value].IsEmpty) draft.Add(row[Value]);
        else if (strayValue is not null)
        {
            // A value printed alone one row above its indicator (seed 001, G.3.1 and G.6.2).
            draft = strayValue;
            strayValue = null;
        }
        drafts[indicator] = draft;
        lastIndicator = indicator;
        if (task is null) orphans.Add(indicator);
        else task.Indicators.Add(indicator);
    }

    private void ContinueValue(GridRow row)
    {
        if (lastIndicator is not null && drafts[lastIndicator].IsOpen) drafts[lastIndicator].Add(row[Value]);
        else if (lastIndicator is not null && drafts[lastIndicator].IsEmpty) drafts[lastIndicator].Add(row[Value]);
        else
        {
            strayValue ??= new ValueDraft(row.Line);
            strayValue.Add(row[Value]);
        }
    }

    private void AddFunding(Cell cell)
    {
        if (cell.IsEmpty || task is null) return;
        foreach (var name in FundingNames.Split(cell))
            if (!task.FundingSources.Any(f => f.Name == name))
                task.FundingSources.Add(FundingSource.FromName(name));
    }

    private void AddNote(GridRow row)
    {
        var note = row[Notes];
        if (note.IsEmpty || task is null) return;
        if (CellShapes.StartsLowercase(note.Flat) && task.Notes.Count > 0 && row.BreakBefore)
            task.Notes[^1] = ImplementationTableInterpreter.JoinCut(task.Notes[^1], note.Flat);
        else
            task.Notes.Add(note.Flat);
        if (FootnoteMark().Match(note.Flat) is { Success: true } m)
            document.Footnotes.Add(new Footnote(m.Groups[1].Value, m.Groups[2].Value.Trim(), row.Line));
    }

    private void Finish()
    {
        var reportPeriod = period ?? new ReportingPeriod(document.PeriodTo ?? yearWhenUndated);
        if (strayValue is not null && task is not null)
            task.Notes.Add(strayValue.Joined.Flat);
        foreach (var (indicator, draft) in drafts)
            if (draft.Read(values, ColumnNames[Value]) is { } v)
                indicator.Values.Add(new IndicatorValue(reportPeriod, v) { SourceLine = draft.Line });
    }

    /// <summary>"Liczba osób przeszkolonych (osoby)" → "osoby"; "(tys. zł)" → "tys. zł".</summary>
    private static string? UnitInName(string name) =>
        UnitSuffix().Match(name) is { Success: true } m ? m.Groups[1].Value : null;

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    [GeneratedRegex(@"^Cel strategiczny\s+([A-Z])\b\.?\s*(.*)$")] private static partial Regex StrategicGoal();
    [GeneratedRegex(@"^Priorytet\s+([A-Z]\.\d+)\.?\s*(.*)$")] private static partial Regex Priority();
    [GeneratedRegex(@"^[A-Z]\.\d+\.\d+\.?$")] private static partial Regex TaskCode();
    [GeneratedRegex(@"(?:19|20)\d{2}")] private static partial Regex Year();
    [GeneratedRegex(@"^(\*+)\s*-?\s*(.+)$")] private static partial Regex FootnoteMark();
    [GeneratedRegex(@"\((osoby|jednostka|tys\. zł|zł|szt\.|godziny|rodziny)\)\s*$")] private static partial Regex UnitSuffix();
}
