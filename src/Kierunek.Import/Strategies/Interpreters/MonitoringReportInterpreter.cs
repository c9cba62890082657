using Kierunek.Domain.Results;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Values;
using Kierunek.Import.Grids;
using System.Text.RegularExpressions;

namespace Kierunek.Import.Strategies.Interpreters;

/// <summary>Interprets the regional monitoring report of seed 002 (ROPS Lublin, data for 2016):
/// specific goals with their indicator tables (baseline, value this year, target), the statistical
/// tables printed beside them (NEET participants per labour office, PAI participants), the
/// conclusions-and-recommendations table, and the adopting resolutions.</summary>
public sealed partial class MonitoringReportInterpreter
{
    private readonly Grid grid;
    private readonly CellValues values;
    private readonly StrategyDocument document;
    private StrategyNode? goal;

    private MonitoringReportInterpreter(Grid grid)
    {
        this.grid = grid;
        values = new CellValues(grid.FileName);
        document = new StrategyDocument { Key = "", Title = "", Layout = DocumentLayout.MonitoringReport, SourceFile = grid.FileName };
    }

    public static Result<StrategyDocument> Interpret(Grid grid)
    {
        var interpreter = new MonitoringReportInterpreter(grid);
        interpreter.ReadFront();
        interpreter.Run();
        return interpreter.values.ResultFor(interpreter.document);
    }

    /// <summary>"Załącznik / do uchwały Nr … / z dnia … / **Raport z monitoringu … na lata 2016 – 2020** / Lublin, grudzień 2017".</summary>
    private void ReadFront()
    {
        var front = grid.Rows.TakeWhile(r => r.IsTextLine && !r[0].Flat.StartsWith("Spis treści", StringComparison.Ordinal)).Select(r => r[0].Flat).ToList();
        var joined = string.Join(" ", front);
        document.Resolution = ResolutionText.Find(joined);
        var title = front.SkipWhile(l => !l.StartsWith("**", StringComparison.Ordinal)).TakeWhile(l => !PlaceAndDate().IsMatch(l)).ToList();
        document.Title = string.Join(" ", title).Replace("**", "").Trim() is { Length: > 0 } t ? t : grid.FileName;
        var range = DocumentKeys.YearRange(document.Title);
        (document.PeriodFrom, document.PeriodTo) = (range?.From, range?.To);

        var text = string.Join(" ", grid.Rows.Where(r => r.IsTextLine).Select(r => r[0].Flat));
        if (Adopted().Match(text) is { Success: true } adopted) document.StrategyResolution = ResolutionText.Find(adopted.Value);
        if (Author().Match(text) is { Success: true } author) document.AuthorInstitution = author.Groups[1].Value;
        if (DataYear().Match(text) is { Success: true } year) document.ReportedYears.Add(int.Parse(year.Groups[1].Value));
        if (document.Resolution?.Body is { } body && Voivodeship().Match(body) is { Success: true } v)
            document.TerritorialUnitName = VoivodeshipName(v.Groups[1].Value);
        document.Key = DocumentKeys.Slug(document.Title) + "-raport-" + document.ReportedYears.FirstOrDefault();
    }

    private void Run()
    {
        for (var i = 0; i < grid.Rows.Count; i++)
        {
            var row = grid.Rows[i];
            var first = row[0].Flat;
            if (row.IsTextLine && Goal().Match(first) is { Success: true } g) StartGoal(g.Groups[1].Value, g.Groups[2].Value, row.Line);
            else if (first == "Wskaźnik" && row[3].Flat.StartsWith("Wskaźnik docelowy", StringComparison.Ordinal)) i = ReadIndicatorTable(i);
            else if (row.IsTextLine && first.StartsWith("Tabela nr", StringComparison.Ordinal) && NextIsDataTable(i)) i = ReadDataTable(i);
            else if (first == "Wnioski" && row[1].Flat == "Rekomendacje") i = ReadRecommendations(i);
        }
    }

    private void StartGoal(string code, string title, int line)
    {
        goal = document.Roots.FirstOrDefault(r => r.Code == code);
        if (goal is not null) return;
        goal = new StrategyNode { Kind = NodeKind.SpecificGoal, LevelName = "Cel szczegółowy", Code = code, Title = title.Trim().TrimEnd('.'), SourceLine = line };
        document.Roots.Add(goal);
    }

    /// <summary>Wskaźnik | Wskaźnik bazowy (stan na 2014 r. …) | Stan w 2016 r. | Wskaźnik docelowy, then rows until "Źródło:".</summary>
    private int ReadIndicatorTable(int headerIndex)
    {
        var header = grid.Rows[headerIndex];
        var baselineYear = Year().Match(header[1].Flat) is { Success: true } b ? int.Parse(b.Value) : (int?)null;
        var current = Year().Match(header[2].Flat) is { Success: true } c ? new ReportingPeriod(int.Parse(c.Value)) : new ReportingPeriod(document.ReportedYears.FirstOrDefault(2000));
        var added = new List<Indicator>();
        var i = headerIndex + 1;
        for (; i < grid.Rows.Count; i++)
        {
            var row = grid.Rows[i];
            if (row.IsTextLine)
            {
                if (row[0].Flat.StartsWith("Źródło:", StringComparison.Ordinal))
                {
                    foreach (var indicator in added) indicator.DataSource = row[0].Flat["Źródło:".Length..].Trim();
                    return i;
                }
                continue;
            }
            if (row.Cells.All(c => c.IsEmpty || c.Flat.Trim('-').Length == 0)) continue;
            var name = row[0].Flat;
            if (CellShapes.StartsLowercase(name) && row.Cells.Skip(1).All(c => c.IsEmpty) && added.Count > 0)
            {
                // "Liczba instytucji opieki nad dziećmi do" | page break | "lat 3".
                added[^1].Name = ImplementationTableInterpreter.JoinCut(added[^1].Name, name);
                continue;
            }
            if (goal is null)
            {
                values.Add(new Error(new SourceLocation(grid.FileName, row.Line), ImportErrorCodes.MisplacedRow,
                    "Tabela wskaźników stoi przed pierwszym celem szczegółowym („CEL SZCZEGÓŁOWY 1. …”), a w tym układzie każdy wskaźnik należy do celu. Sprawdź kolejność wierszy albo zapisz dokument z Worda ponownie."));
                return i;
            }
            added.Add(AddIndicator(row, goal, baselineYear, current));
        }
        return i;
    }

    private Indicator AddIndicator(GridRow row, StrategyNode owner, int? baselineYear, ReportingPeriod current)
    {
        var baseline = values.Read(row[1], row.Line, "Wskaźnik bazowy");
        var target = values.Read(row[3], row.Line, "Wskaźnik docelowy");
        var indicator = new Indicator
        {
            Name = row[0].Flat, SourceLine = row.Line,
            Baseline = baseline is null ? null : new BaselineValue(baseline, baselineYear),
            Target = target is null ? null : new Target(target),
        };
        indicator.Direction = DesiredDirections.From(indicator.Baseline, indicator.Target);
        if (values.Read(row[2], row.Line, "Stan w " + current) is { } now)
            indicator.Values.Add(new IndicatorValue(current, now) { SourceLine = row.Line });
        owner.Indicators.Add(indicator);
        return indicator;
    }

    private bool NextIsDataTable(int titleIndex) =>
        grid.Rows.Skip(titleIndex + 1).FirstOrDefault() is { IsTextLine: false } next && next[0].Flat != "Wskaźnik";

    /// <summary>A statistical table: header rows, then rows of a label and numbers, until "Źródło:".</summary>
    private int ReadDataTable(int titleIndex)
    {
        var title = grid.Rows[titleIndex][0].Flat;
        var headerRows = new List<GridRow>();
        var rows = new List<DataTableRow>();
        var i = titleIndex + 1;
        string? source = null;
        for (; i < grid.Rows.Count; i++)
        {
            var row = grid.Rows[i];
            if (row.IsTextLine)
            {
                if (row[0].Flat.StartsWith("Źródło:", StringComparison.Ordinal)) { source = row[0].Flat; break; }
                continue;
            }
            var numbers = row.Cells.Skip(1).Where(c => !c.IsEmpty).ToList();
            var isData = row[0].Flat.Length > 0 && numbers.Count > 0 && numbers.All(c => CellShapes.IsMoneyLike(c.Flat) || c.Flat == "0");
            if (!isData && rows.Count == 0) { headerRows.Add(row); continue; }
            if (!isData) continue;
            var cells = row.Cells.Skip(1).Select((c, column) => values.Read(c, row.Line, $"kolumna {column + 2}") ?? new RecordedValue("", ValueReading.Empty)).ToList();
            rows.Add(new DataTableRow(row[0].Flat, cells, row.Line));
        }
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Cells.Count) + 1;
        var headers = Enumerable.Range(0, width)
            .Select(column => string.Join(" — ", headerRows.Select(h => h[column].Flat).Where(t => t.Length > 0)))
            .ToList();
        document.DataTables.Add(new DataTable(title, headers, rows, grid.Rows[titleIndex].Line) { Source = source });
        return i;
    }

    /// <summary>Wnioski | Rekomendacje | Realizatorzy rekomendacji, grouped under "CEL SZCZEGÓŁOWY n." rows.</summary>
    private int ReadRecommendations(int headerIndex)
    {
        string? goalCode = null;
        var i = headerIndex + 1;
        for (; i < grid.Rows.Count; i++)
        {
            var row = grid.Rows[i];
            var first = row[0].Flat;
            if (row.IsTextLine)
            {
                if (first.StartsWith("Spis", StringComparison.Ordinal)) break;
                continue;
            }
            if (Goal().Match(first) is { Success: true } g) { goalCode = g.Groups[1].Value; continue; }
            if (row.Cells.All(c => c.IsEmpty)) continue;
            document.Recommendations.Add(new Recommendation(goalCode, row[0].Text, row[1].Text, row[2].Text, row.Line));
        }
        return i;
    }

    /// <summary>"Lubelskiego" → "lubelskie", the name TERYT gives the województwo.</summary>
    private static string VoivodeshipName(string genitive) =>
        (genitive.EndsWith("iego", StringComparison.Ordinal) ? genitive[..^4] + "ie" : genitive).ToLowerInvariant();

    [GeneratedRegex(@"^CEL SZCZEGÓŁOWY\s+(\d+)\s*[.:]\s*(.*)$")] private static partial Regex Goal();
    [GeneratedRegex(@"(?:19|20)\d{2}")] private static partial Regex Year();
    [GeneratedRegex(@"^\p{Lu}\p{L}+,\s+\p{L}+\s+\d{4}$")] private static partial Regex PlaceAndDate();
    [GeneratedRegex(@"przyjęty\s+Uchwałą\s+Nr\s+\S+\s+.+?\s+z\s+dnia\s+\d{1,2}\s+\p{L}+\s+\d{4}")] private static partial Regex Adopted();
    [GeneratedRegex(@"opracowany przez\s+(.+?)\s+na podstawie")] private static partial Regex Author();
    [GeneratedRegex(@"na podstawie danych za\s+((?:19|20)\d{2})\s+rok")] private static partial Regex DataYear();
    [GeneratedRegex(@"Województwa\s+(\p{Lu}\p{L}+)")] private static partial Regex Voivodeship();
}
