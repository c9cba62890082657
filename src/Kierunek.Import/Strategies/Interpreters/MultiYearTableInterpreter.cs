using Kierunek.Domain.Results;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Values;
using Kierunek.Import.Grids;
using System.Text.RegularExpressions;

namespace Kierunek.Import.Strategies.Interpreters;

/// <summary>Interprets the multi-year table of seed 004 (Bełchatów, 2021–2023): priority areas
/// (I–V) → strategic goals (1–5) → operational goals (1.1) → directions (1.1.2, printed beside
/// each of their indicators) → indicators with one value per year column. Rows with an empty
/// first cell describe the indicator above (kept as its notes or as a year's comment) or continue
/// a cell cut by a page break.</summary>
public sealed partial class MultiYearTableInterpreter
{
    private const string NameColumn = "Wskaźniki monitorujące";

    private readonly Grid grid;
    private readonly CellValues values;
    private readonly StrategyDocument document;
    private readonly List<(Indicator Indicator, int Year, ValueDraft Draft)> valueDrafts = [];
    private readonly List<(Indicator Indicator, int Year, string Text)> comments = [];
    private readonly List<(Indicator Indicator, ValueDraft Draft)> descriptions = [];
    private List<int> years = [];
    private StrategyNode? area, goal, operational;
    private Indicator? indicator;
    /// <summary>Where a continuation in each year column goes: the value or the description it continues.</summary>
    private ValueDraft?[] openCells = [];
    private GridRow? pendingValues;
    private bool goalTitleExpected;

    private MultiYearTableInterpreter(Grid grid)
    {
        this.grid = grid;
        values = new CellValues(grid.FileName);
        document = new StrategyDocument { Key = "", Title = "", Layout = DocumentLayout.MultiYearTable, SourceFile = grid.FileName };
    }

    public static Result<StrategyDocument> Interpret(Grid grid)
    {
        var interpreter = new MultiYearTableInterpreter(grid);
        interpreter.Run();
        return interpreter.values.ResultFor(interpreter.document);
    }

    private void Run()
    {
        for (var i = 0; i < grid.Rows.Count; i++)
        {
            var row = grid.Rows[i];
            var first = row[0].Flat.Replace("**", "").Trim();
            if (Signature.StartsAt(first) && row.IsTextLine)
            {
                ReadSignature(grid.Rows.Skip(i).Where(r => r.IsTextLine).Select(r => r[0].Flat).ToList());
                break;
            }
            if (Area().Match(first) is { Success: true } a) StartArea(a.Groups[1].Value, a.Groups[2].Value, row.Line);
            else if (StrategicGoal().Match(first) is { Success: true } g) StartGoal(g.Groups[1].Value, g.Groups[2].Value, row.Line);
            else if (goalTitleExpected && goal is not null && IsUpperCaseTitle(first)) { goal.Title = first; goalTitleExpected = false; }
            else if (first == NameColumn) ReadYears(row);
            else if (IndicatorCode().Match(first) is { Success: true } ind) AddIndicator(ind.Groups[1].Value, ind.Groups[2].Value, row);
            else if (OperationalGoal().Match(first) is { Success: true } op && YearCells(row).All(c => c.IsEmpty)) StartOperational(op.Groups[1].Value, op.Groups[2].Value, row.Line);
            else if (indicator is not null || (first.Length == 0 && years.Count > 0)) Continue(row);
        }
        Finish();
    }

    private void StartArea(string code, string title, int line)
    {
        area = new StrategyNode { Kind = NodeKind.PriorityArea, LevelName = "Obszar priorytetowy", Code = code, Title = title.Trim(), SourceLine = line };
        document.Roots.Add(area);
        goal = operational = null;
        indicator = null;
        goalTitleExpected = false; // a goal's title line belongs to a goal: a new area ends the wait for it
    }

    private void StartGoal(string code, string title, int line)
    {
        goal = new StrategyNode { Kind = NodeKind.MainGoal, LevelName = "Cel strategiczny", Code = code, Title = title.Trim() is { Length: > 0 } t ? t : null, SourceLine = line };
        // Areas and goals are numbered alike (I → 1); a goal whose area heading is missing from the
        // extract (seed 004, goal 5 after area IV) stands on its own rather than in the wrong area.
        var inArea = area is not null && RomanNumber(area.Code!) == int.Parse(code);
        (inArea ? area!.Children : document.Roots).Add(goal);
        goalTitleExpected = goal.Title is null;
        operational = null;
        indicator = null;
    }

    private void ReadYears(GridRow row)
    {
        var cells = YearCells(row).ToList();
        years = cells.Select(c => int.TryParse(c.Flat, out var y) && y is >= 1990 and <= 2100 ? y : 0).ToList();
        // A header cell that is not a year (a digit lost in a copy: "221") would give its column's values no year.
        if (cells.FirstOrDefault(c => !c.IsEmpty && !(int.TryParse(c.Flat, out var y) && y is >= 1990 and <= 2100)) is { } notAYear)
            values.Add(new Error(new SourceLocation(grid.FileName, row.Line), ImportErrorCodes.MalformedNumber,
                $"Nagłówek kolumny „{Domain.Input.InputText.Quote(notAYear.Flat)}” w wierszu lat nie jest rokiem (1990–2100). Popraw nagłówek tabeli i wczytaj plik ponownie."));
        foreach (var y in years.Where(y => y > 0 && !document.ReportedYears.Contains(y))) document.ReportedYears.Add(y);
        goalTitleExpected = false;
    }

    private void StartOperational(string code, string title, int line)
    {
        if (goal is null)
        {
            Misplaced(line, $"Cel operacyjny {code.TrimEnd('.')} stoi przed pierwszym celem strategicznym („CEL STRATEGICZNY 1 …”)");
            return;
        }
        operational = new StrategyNode { Kind = NodeKind.SpecificGoal, LevelName = "Cel operacyjny", Code = code.TrimEnd('.'), Title = title.Trim(), SourceLine = line };
        goal.Children.Add(operational);
        indicator = null;
    }

    /// <summary>A row the layout cannot have where it stands: the rows are out of order (or the file was edited).</summary>
    private void Misplaced(int line, string what) =>
        values.Add(new Error(new SourceLocation(grid.FileName, line), ImportErrorCodes.MisplacedRow,
            $"{what}, a w tym układzie każdy należy do poziomu nad nim. Sprawdź kolejność wierszy albo zapisz tabelę z Worda ponownie."));

    private void AddIndicator(string code, string name, GridRow row)
    {
        code = code.TrimEnd('.');
        if (operational is null)
        {
            Misplaced(row.Line, $"Wskaźnik {code} stoi przed pierwszym celem operacyjnym („1.1 …”)");
            return;
        }
        var direction = operational.Children.FirstOrDefault(d => d.Code == code);
        if (direction is null)
        {
            direction = new StrategyNode { Kind = NodeKind.Direction, LevelName = "Kierunek działań", Code = code, SourceLine = row.Line };
            operational.Children.Add(direction);
        }
        indicator = new Indicator { Code = code, Name = name.Trim(), SourceLine = row.Line };
        direction.Indicators.Add(indicator);

        var cells = YearCells(row);
        openCells = new ValueDraft?[years.Count];
        var pending = pendingValues is null ? null : YearCells(pendingValues);
        for (var y = 0; y < years.Count; y++)
        {
            var cell = y < cells.Count ? cells[y] : Cell.Empty;
            // The row above may be shorter than the header (a cut or edited table): its missing cells are empty.
            if (pending is not null && y < pending.Count && !pending[y].IsEmpty)
            {
                // Word printed the counts one row above their indicator (seed 004, 3.1.1); the text
                // in the indicator's own row then describes all the years.
                openCells[y] = Value(y, pending[y], pendingValues!.Line);
                if (!cell.IsEmpty) openCells[y] = Description(cell, row.Line);
            }
            else if (!cell.IsEmpty) openCells[y] = Value(y, cell, row.Line);
        }
        pendingValues = null;
    }

    private ValueDraft Value(int column, Cell cell, int line)
    {
        var draft = new ValueDraft(line);
        draft.Add(cell);
        valueDrafts.Add((indicator!, years[column], draft));
        return draft;
    }

    private ValueDraft Description(Cell cell, int line)
    {
        var draft = new ValueDraft(line);
        draft.Add(cell);
        descriptions.Add((indicator!, draft));
        return draft;
    }

    private void Continue(GridRow row)
    {
        var first = row[0].Flat;
        var cells = YearCells(row);
        if (indicator is null || (first.Length == 0 && cells.Count > 0 && cells.All(c => c.IsEmpty || IsNumber(c)) && cells.Any(c => !c.IsEmpty) && !cells.Any(c => !c.IsEmpty && Continues(c, cells.IndexOf(c)))))
        {
            pendingValues = row;
            return;
        }
        if (first.Length > 0)
        {
            if (CellShapes.StartsLowercase(first)) indicator.Name = ImplementationTableInterpreter.JoinCut(indicator.Name, first);
            else indicator.Notes.Add(first);
        }
        var filled = cells.Select((c, i) => (Cell: c, Column: i)).Where(x => !x.Cell.IsEmpty).ToList();
        foreach (var (cell, column) in filled)
        {
            if (column >= years.Count) { indicator.Notes.Add(cell.Flat); continue; }
            if (Continues(cell, column)) openCells[column]!.Add(cell);
            else if (column == 0 && filled.Count == 1) indicator.Notes.Add(cell.Flat);
            else comments.Add((indicator, years[column], cell.Flat));
        }
    }

    /// <summary>A lowercase start or a list after an open cell continues it across a page break.</summary>
    private bool Continues(Cell cell, int column) =>
        column < openCells.Length && openCells[column] is { IsOpen: true }
        && (CellShapes.StartsLowercase(cell.Flat) || cell.Flat.StartsWith('•') || ListStart().IsMatch(cell.Raw));

    private static bool IsNumber(Cell cell)
    {
        var r = ValueReader.Read(cell.Text);
        return r.IsSuccess && r.Reading!.Kind is ValueKind.Number && cell.Flat.Length <= 12;
    }

    private void ReadSignature(IReadOnlyList<string> lines)
    {
        var signature = Signature.Read(lines);
        var printedInstitution = string.Join(" ", lines.Skip(1).Select(l => l.Trim()).Where(l => l.Length > 0 && l != signature.Person));
        document.Signatory = signature.Describe(printedInstitution);
        document.AuthorInstitution = signature.Institution;
        document.TerritorialUnitName = Locative().Match(printedInstitution) is { Success: true } m ? m.Groups[1].Value : null;
    }

    private void Finish()
    {
        foreach (var (ind, year, draft) in valueDrafts)
        {
            if (year == 0) continue; // its header was refused (ReadYears)
            if (draft.Read(values, year.ToString()) is not { } v) continue;
            var comment = string.Join("\n", comments.Where(c => c.Indicator == ind && c.Year == year).Select(c => c.Text));
            ind.Values.Add(new IndicatorValue(new ReportingPeriod(year), v) { SourceLine = draft.Line, Comment = comment.Length == 0 ? null : comment });
            if (v.Kind == ValueKind.NotMeasuredYet && v.Reading.Year is { } from) ind.FirstMeasuredYear = from;
        }
        foreach (var (ind, year, text) in comments.Where(c => !c.Indicator.Values.Any(v => v.Period.FromYear == c.Year)))
            ind.Notes.Add($"{year}: {text}");
        foreach (var (ind, draft) in descriptions) ind.Notes.Insert(0, draft.Joined.Flat);

        var institution = document.AuthorInstitution ?? grid.FileName;
        var span = years.Count > 0 ? $"{years.Min()}–{years.Max()}" : "";
        // The extract has no title page; the title says what the table is and whose it is.
        document.Title = $"Wskaźniki monitorujące strategii rozwiązywania problemów społecznych — {institution}, {span}".TrimEnd(',', ' ');
        document.Key = DocumentKeys.Slug($"wskazniki-monitorujace {document.TerritorialUnitName ?? institution} {span}");
    }

    private static int RomanNumber(string roman) =>
        roman.Select(c => c switch { 'I' => 1, 'V' => 5, 'X' => 10, _ => 0 })
            .Reverse().Aggregate((Total: 0, Max: 0), (acc, v) => v < acc.Max ? (acc.Total - v, acc.Max) : (acc.Total + v, v)).Total;

    private static List<Cell> YearCells(GridRow row) => row.Cells.Skip(1).ToList();

    private static bool IsUpperCaseTitle(string text) => text.Length > 3 && text.Any(char.IsLetter) && text.Where(char.IsLetter).All(char.IsUpper);

    [GeneratedRegex(@"^OBSZAR PRIORYTETOWY\s+([IVX]+)\s*:\s*(.*)$")] private static partial Regex Area();
    [GeneratedRegex(@"^CEL STRATEGICZNY\s+(\d+)\s*(.*)$")] private static partial Regex StrategicGoal();
    [GeneratedRegex(@"^(\d+\.\d+\.\d+\.?)\s+(.+)$")] private static partial Regex IndicatorCode();
    [GeneratedRegex(@"^(\d+\.\d+\.?)\s+(.+)$")] private static partial Regex OperationalGoal();
    [GeneratedRegex(@"^\s*<(ul|ol|li)\b", RegexOptions.IgnoreCase)] private static partial Regex ListStart();
    [GeneratedRegex(@"\bw\s+(\p{Lu}[\p{L}-]+)\s*$")] private static partial Regex Locative();
}
