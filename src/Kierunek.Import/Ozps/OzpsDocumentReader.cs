using Kierunek.Domain.Language;
using Kierunek.Domain.Ozps;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Domain.Results;
using Kierunek.Domain.Territory;
using Kierunek.Domain.Values;
using Kierunek.Import.Grids;
using Kierunek.Import.Reading;
using Kierunek.Import.Territory;
using System.Text.RegularExpressions;

namespace Kierunek.Import.Ozps;

/// <summary>Reads an OZPS document as exported from Word (seed 003): the unit and year from its title, every
/// numbered template table (previous year, assessment year, forecast), the multi-year tables of the analysis
/// part the template describes, and the figures its narrative prints. Nothing is guessed: a row the template
/// does not know, a label that differs from the template's, or a word in a numeric row stops the import.</summary>
public static partial class OzpsDocumentReader
{
    public static Result<OzpsUnitData> Read(SourceText source, TerritorialRegister? register = null)
    {
        var file = source.FileName;
        var lines = source.Lines;
        if (Title(lines) is not var (unitName, year, titleLine))
            return Fail(file, Math.Min(lines.Count, 40), OzpsErrors.NotAnAssessment,
                "W pierwszych 40 wierszach nie ma tytułu oceny zasobów pomocy społecznej — wiersza „Gminy <nazwa> - <rok> rok” (lub „Powiatu …”), jak na formularzu OZPS: " +
                "to nie wygląda na ocenę. Raport z realizacji strategii wczytuje polecenie „kierunek import”; ocenę zapisaną z Worda — „kierunek ozps import” (z tytułem jednostki w nagłówku).");
        var unit = (register ?? TercFile.Register).FindPlace(unitName);
        if (unit is null) return Fail(file, titleLine, OzpsErrors.UnknownUnit, $"Nie rozpoznano jednostki „{unitName}” w rejestrze TERYT.");
        var template = OzpsTemplate.ForYear(year);

        var errors = new List<Error>();
        var values = new List<OzpsValue>();
        var tableLines = new HashSet<int>();
        ReadTables(file, lines, template, year, values, errors, tableLines);
        ReadSeries(file, lines, template, year, values, errors, tableLines);
        ReadTextFigures(file, lines, template, year, values, errors);
        if (values.Count == 0) return Fail(file, LastTextLine(lines), OzpsErrors.NoTables, $"Do końca pliku (wiersz {LastTextLine(lines)}) nie ma żadnej tabeli wzoru OZPS (nagłówek „WYSZCZEGÓLNIENIE | Rok … | Rok oceny … | Prognoza …”): plik jest ucięty albo to nie jest ocena zasobów.");
        if (TextGridReader.FindTruncatedLastRow(source) is { } cut) return Fail(file, cut.At.Line, OzpsErrors.Truncated, cut.Message);
        if (errors.Count == 0 && MissingParts(lines, template, values) is { } missing) errors.Add(missing with { At = new SourceLocation(file, missing.At.Line) });
        return errors.Count > 0 ? Result<OzpsUnitData>.Fail(errors) : Result<OzpsUnitData>.Ok(new OzpsUnitData(unit, values, false, year, file));
    }

    /// <summary>The narrative's paragraphs with their line numbers: lines of running text (no table cells), without
    /// markdown emphasis — what <see cref="Domain.Ozps.Checks.NarrativeShares"/> reads.</summary>
    public static IEnumerable<(int Line, string Text)> Paragraphs(SourceText source) =>
        source.Lines.Select((text, i) => (Line: i + 1, Text: text))
            .Where(p => !p.Text.Contains('\t') && p.Text.Trim().Length >= 40)
            .Select(p => (p.Line, p.Text.Replace("**", "")));

    /// <summary>The template's tables with every numbered row and its multi-year series are all mandatory. A
    /// document without some of them was cut (or is not the whole form): it is refused, naming the line where it
    /// ends and what is missing, rather than stored as a smaller assessment.</summary>
    private static Error? MissingParts(IReadOnlyList<string> lines, OzpsTemplate template, List<OzpsValue> values)
    {
        var present = values.Select(v => (v.Key.Table, v.Key.Row)).ToHashSet();
        var missing = new List<string>();
        foreach (var table in template.Tables)
        {
            var absent = table.Rows.Where(r => !present.Contains((table.Code, r.Key))).Select(r => r.No).ToList();
            if (absent.Count == table.Rows.Count) missing.Add($"tabela „{table.Title}”");
            else if (absent.Count > 0) missing.Add($"{PolishPlural.Of(absent.Count, "wiersz", "wiersze", "wierszy")} tabeli „{table.Title}” ({Ranges(absent)})");
        }
        foreach (var series in template.Series.Where(s => s.Layout != "none"))
        {
            var absent = series.Rows.Where(r => !present.Contains((series.Code, r.Code))).ToList();
            if (absent.Count == series.Rows.Count) missing.Add($"zestawienie „{series.Title}”");
            // A label-and-value table (the barometer's) prints every one of its rows; the others may leave a year out.
            else if (series.Layout == "labelValue" && absent.Count > 0) missing.Add($"w zestawieniu „{series.Title}” {string.Join(", ", absent.Select(r => $"„{r.Label}”"))}");
        }
        if (missing.Count == 0) return null;
        var last = LastTextLine(lines);
        var shown = missing.Count <= 5 ? string.Join("; ", missing) : string.Join("; ", missing.Take(5)) + $" i {missing.Count - 5} innych";
        return new Error(new SourceLocation("", last), OzpsErrors.Truncated,
            $"Dokument kończy się w wierszu {last}, a brakuje w nim części, które wzór OZPS {template.Version} wymaga: {shown}. Plik wygląda na ucięty albo niepełny — zapisz ocenę ponownie w całości.");
    }

    private static int LastTextLine(IReadOnlyList<string> lines) => Enumerable.Range(0, lines.Count).LastOrDefault(i => lines[i].Trim().Length > 0) + 1;

    /// <summary>[12, 13, 14, 20] → "12–14, 20".</summary>
    private static string Ranges(List<int> numbers)
    {
        var parts = new List<string>();
        for (var i = 0; i < numbers.Count;)
        {
            var j = i;
            while (j + 1 < numbers.Count && numbers[j + 1] == numbers[j] + 1) j++;
            parts.Add(j == i ? numbers[i].ToString() : $"{numbers[i]}–{numbers[j]}");
            i = j + 1;
        }
        return string.Join(", ", parts);
    }

    private static Result<OzpsUnitData> Fail(string file, int? line, string code, string message) =>
        Result<OzpsUnitData>.Fail(new Error(new SourceLocation(file, line), code, message));

    /// <summary>"**Gminy Miasto Lubartów - 2019 rok**" → ("Lubartów", 2019).</summary>
    private static (string Unit, int Year, int Line)? Title(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < Math.Min(lines.Count, 40); i++)
            if (TitlePattern().Match(lines[i].Replace("*", "")) is { Success: true } m)
                return (m.Groups["unit"].Value.Trim(), int.Parse(m.Groups["year"].Value), i + 1);
        return null;
    }

    // ---- numbered tables ----------------------------------------------------------------------------

    private static void ReadTables(string file, IReadOnlyList<string> lines, OzpsTemplate template, int year, List<OzpsValue> values, List<Error> errors, HashSet<int> used)
    {
        TemplateTable? table = null;
        string? group = null;
        var inside = false;
        int[] years = [];
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var cells = line.Split('\t');
            var text = line.Trim();
            if (text.StartsWith("WYSZCZEGÓLNIENIE", StringComparison.Ordinal))
            {
                inside = true;
                used.Add(i);
                years = HeaderYears(cells);
                if (years.Length != 3 || years[1] != year)
                    errors.Add(new Error(new SourceLocation(file, i + 1), OzpsErrors.BadHeader, $"Nagłówek tabeli powinien mieć kolumny: rok {year - 1}, rok oceny {year}, prognoza {year + 1}."));
                continue;
            }
            if (!inside) continue;
            if (text.Length == 0) continue;
            if (cells.Length > 1 && cells.Skip(1).All(c => c.Trim().Length == 0))
            {
                used.Add(i);
                if (BoldPattern().Match(text) is { Success: true } bold) group = Clean(bold.Groups[1].Value);
                continue; // a heading ("<b>ZASIŁEK STAŁY</b>") or a note ("W tym: (z wierszy 25 - 26)")
            }
            if (cells.Length >= 5 && int.TryParse(cells[1].Trim(), out var number))
            {
                used.Add(i);
                if (number == 1)
                {
                    table = template.Tables.FirstOrDefault(t => Same(t.Recognise, group));
                    if (table is null)
                    {
                        errors.Add(new Error(new SourceLocation(file, i + 1), OzpsErrors.UnknownTable, $"Tabela zaczynająca się od „{group}” nie występuje we wzorze OZPS {template.Version}."));
                        inside = false;
                        continue;
                    }
                }
                if (table is null) continue;
                ReadRow(file, i + 1, cells, table, number, years, values, errors);
                continue;
            }
            inside = false; // the table ended: a footnote or the next section
        }
    }

    private static void ReadRow(string file, int line, string[] cells, TemplateTable table, int number, int[] years, List<OzpsValue> values, List<Error> errors)
    {
        if (table.Row(number) is not { } row)
        {
            errors.Add(new Error(new SourceLocation(file, line), OzpsErrors.UnknownRow, $"Tabela „{table.Title}” nie ma we wzorze wiersza {number}."));
            return;
        }
        if (!Same(row.Label, cells[0]))
        {
            errors.Add(new Error(new SourceLocation(file, line, "WYSZCZEGÓLNIENIE"), OzpsErrors.LabelMismatch,
                $"Wiersz {number} tabeli „{table.Title}” ma w pliku opis „{cells[0].Trim()}”, a we wzorze „{row.Label}”."));
            return;
        }
        if (years.Length != 3) return; // the table's header was refused already: its years are unknown
        string[] columns = ["rok poprzedni", "rok oceny", "prognoza"];
        RecordedValue? assessment = null;
        for (var c = 0; c < 3; c++)
        {
            var raw = cells[2 + c].Trim();
            var forecast = c == 2;
            if (forecast && raw.Length == 0 && assessment is not null)
            {
                // The template's instruction: no estimate → the assessment year's figure.
                values.Add(new OzpsValue(new OzpsKey(table.Code, row.Key, years[c], true), assessment, "Prognozy nie podano — przyjęto wartość z roku oceny (instrukcja wzoru).", new SourceLocation(file, line, columns[c])));
                continue;
            }
            var (value, error) = OzpsCells.Read(raw, row.Unit);
            if (error is not null)
            {
                errors.Add(new Error(new SourceLocation(file, line, columns[c]), OzpsErrors.BadCell, $"Tabela „{table.Title}”, wiersz {number}: {error}"));
                continue;
            }
            if (c == 1) assessment = value;
            values.Add(new OzpsValue(new OzpsKey(table.Code, row.Key, years[c], forecast), value!, null, new SourceLocation(file, line, columns[c])));
        }
    }

    /// <summary>"Rok 2018 | Rok oceny 2019 | Prognoza* 2020" → [2018, 2019, 2020].</summary>
    private static int[] HeaderYears(string[] cells) =>
        cells.Select(c => YearPattern().Match(c)).Where(m => m.Success).Select(m => int.Parse(m.Value)).ToArray();

    // ---- multi-year tables ---------------------------------------------------------------------------

    private static void ReadSeries(string file, IReadOnlyList<string> lines, OzpsTemplate template, int year, List<OzpsValue> values, List<Error> errors, HashSet<int> used)
    {
        var caption = "";
        var found = new HashSet<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (used.Contains(i)) continue;
            if (!lines[i].Contains('\t'))
            {
                if (lines[i].Trim().Length > 0) caption = Clean(lines[i]);
                continue;
            }
            var block = new List<(int Line, string[] Cells)>();
            while (i < lines.Count && lines[i].Contains('\t') && !used.Contains(i))
            {
                block.Add((i + 1, lines[i].Split('\t').Select(Clean).ToArray()));
                i++;
            }
            i--;
            foreach (var series in template.Series.Where(s => !found.Contains(s.Code)))
            {
                if (series.Caption is { } wanted && !caption.StartsWith(Clean(wanted), StringComparison.OrdinalIgnoreCase)) continue;
                var read = series.Layout switch
                {
                    "across" => Across(file, series, block, values, errors),
                    "down" => Down(file, series, block, values, errors),
                    "labelValue" => LabelValue(file, series, block, year, values, errors),
                    _ => false,
                };
                if (read)
                {
                    found.Add(series.Code);
                    break;
                }
            }
        }
    }

    /// <summary>Years as columns ("| 2014 | 2015 | …"), a labelled row per series row.</summary>
    private static bool Across(string file, TemplateSeries series, List<(int Line, string[] Cells)> block, List<OzpsValue> values, List<Error> errors)
    {
        var header = block.FindIndex(r => r.Cells.Skip(1).Where(c => c.Length > 0).ToList() is { Count: > 0 } rest && rest.All(IsYear));
        if (header < 0) return false;
        var years = block[header].Cells.Select(c => IsYear(c) ? int.Parse(c) : 0).ToArray();
        var any = false;
        foreach (var (line, cells) in block.Skip(header + 1))
        {
            if (series.Rows.FirstOrDefault(r => Same(r.Label, cells[0])) is not { } row) continue;
            any = true;
            for (var c = 1; c < cells.Length && c < years.Length; c++)
                if (years[c] > 0) Add(file, line, series, row, years[c], cells[c], values, errors);
        }
        return any;
    }

    /// <summary>Years as rows ("Rok | Wskaźnik …"), a labelled column per series row.</summary>
    private static bool Down(string file, TemplateSeries series, List<(int Line, string[] Cells)> block, List<OzpsValue> values, List<Error> errors)
    {
        var header = block.FindIndex(r => series.Header is { } h && r.Cells.Where(c => c.Length > 0).SequenceEqual(h.Select(Clean), Folded));
        if (header < 0) return false;
        var columns = block[header].Cells.Where(c => c.Length > 0).ToList();
        var any = false;
        foreach (var (line, cells) in block.Skip(header + 1))
        {
            if (!IsYear(cells[0])) continue;
            any = true;
            var rowYear = int.Parse(cells[0]);
            foreach (var row in series.Rows)
            {
                var column = columns.FindIndex(c => Same(c, row.Label));
                if (column > 0 && column < cells.Length) Add(file, line, series, row, rowYear, cells[column], values, errors);
            }
        }
        return any;
    }

    /// <summary>One value per label (and column, where the row names one), for the assessment year (the barometer's
    /// tables, the unemployed by sex).</summary>
    private static bool LabelValue(string file, TemplateSeries series, List<(int Line, string[] Cells)> block, int year, List<OzpsValue> values, List<Error> errors)
    {
        var header = block.FindIndex(r => series.Header is { } h && r.Cells.Where(c => c.Length > 0).SequenceEqual(h.Select(Clean), Folded));
        if (header < 0) return false;
        var columns = block[header].Cells;
        var own = series.Rows.FirstOrDefault(r => r.Label == "*");
        var any = false;
        foreach (var (line, cells) in block.Skip(header + 1))
        {
            var filled = cells.Where(c => c.Length > 0).ToList();
            if (filled.Count < 2) continue;
            var rows = series.Rows.Where(r => Same(r.Label, filled[0])).ToList();
            if (rows.Count == 0 && own is not null)
            {
                rows = [own];
                own = null; // "*" is the first row no other label claims
            }
            foreach (var row in rows)
            {
                var column = row.Column is { } name ? Array.FindIndex(columns, c => Same(c, name)) : -1;
                var raw = column > 0 && column < cells.Length ? cells[column] : row.Column is null ? filled[^1] : "";
                any = true;
                Add(file, line, series, row, year, raw, values, errors);
            }
        }
        return any;
    }

    private static void Add(string file, int line, TemplateSeries series, SeriesRow row, int year, string raw, List<OzpsValue> values, List<Error> errors)
    {
        if (raw.Length == 0) return;
        var (value, error) = OzpsCells.Read(raw, row.Unit);
        if (error is not null)
            errors.Add(new Error(new SourceLocation(file, line, year.ToString()), OzpsErrors.BadCell, $"„{series.Title}”, {row.Label}: {error}"));
        else
            values.Add(new OzpsValue(new OzpsKey(series.Code, row.Code, year), value!, null, new SourceLocation(file, line, year.ToString())));
    }

    // ---- the narrative --------------------------------------------------------------------------------

    private static void ReadTextFigures(string file, IReadOnlyList<string> lines, OzpsTemplate template, int year, List<OzpsValue> values, List<Error> errors)
    {
        foreach (var figure in template.TextFigures)
        {
            var pattern = new Regex(figure.Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            for (var i = 0; i < lines.Count; i++)
            {
                if (pattern.Match(lines[i]) is not { Success: true } m) continue;
                var (value, error) = OzpsCells.Read(m.Groups["value"].Value, figure.Unit);
                if (error is not null) errors.Add(new Error(new SourceLocation(file, i + 1), OzpsErrors.BadCell, $"{figure.Label}: {error}"));
                else values.Add(new OzpsValue(new OzpsKey(OzpsKey.Narrative, figure.Code, year), value!, null, new SourceLocation(file, i + 1)));
                break;
            }
        }
    }

    // ---- text helpers -----------------------------------------------------------------------------------

    private static readonly StringComparer Folded = StringComparer.OrdinalIgnoreCase;

    private static bool Same(string? a, string? b) => a is not null && b is not null && Folded.Equals(Clean(a), Clean(b));

    /// <summary>Without markup, markdown emphasis, trailing dots and runs of spaces.</summary>
    private static string Clean(string text) => ValueReader.Fold(TagPattern().Replace(text, "").Replace("**", "").Replace("\\*", "*").TrimStart('#', ' ')).TrimEnd('.', ' ');

    private static bool IsYear(string text) => text.Length == 4 && int.TryParse(text, out var y) && y is > 1990 and < 2100;

    [GeneratedRegex(@"^\s*(?:Gminy|Gmina|Miasta|Miasto|Powiatu|Powiat|Województwa)\s+(?:Miasto\s+|Miejskiej\s+)?(?<unit>.+?)\s*[-–]\s*(?<year>\d{4})\s*(?:rok|r\.)", RegexOptions.IgnoreCase)]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"^<b>(.*)</b>$")]
    private static partial Regex BoldPattern();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\b(19|20)\d{2}\b")]
    private static partial Regex YearPattern();
}
