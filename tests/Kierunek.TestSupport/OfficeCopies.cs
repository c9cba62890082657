using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using System.Globalization;
using System.Text.RegularExpressions;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Kierunek.TestSupport;

/// <summary>A text document (a seed, tab-separated as Word saves a table as text) written as the Word or Excel file it
/// was saved from: every text line a paragraph (or a sheet row), every run of tab lines a table, a row's last filled cell
/// spanning the empty ones after it to the table's width (Word's <c>gridSpan</c>, an Excel range merged across), and an
/// empty cell under a filled one in the given columns merged with it (Word's <c>vMerge</c>, an Excel range merged
/// down) — as the Word originals print one cost or coordinator for several actions. In Excel, cells that are plain
/// Polish numbers are stored as numbers with the number format that shows them so ("47 128,55" → 47128.55 in
/// <c>#,##0.00</c>), and the numbers of rows that print a total ("razem") as formulas with their computed value.
/// Line n of the text is paragraph/row n of the copy, so a copy read back gives the text's own line numbers.</summary>
public static partial class OfficeCopies
{
    /// <param name="paragraphs">A cell's paragraphs as the importer reads them (the seeds hold some cells as HTML).</param>
    /// <param name="mergeDown">Columns whose empty cells are merged with the filled cell above.</param>
    public static byte[] Word(string text, Func<string, IReadOnlyList<string>> paragraphs, IReadOnlyCollection<int>? mergeDown = null)
    {
        var body = new W.Body();
        foreach (var block in Blocks(Lines(text)))
        {
            if (block.Table is null)
            {
                body.Append(Paragraph(block.Line!));
                continue;
            }
            var rows = Spanned(block.Table);
            var width = block.Table.Max(r => r.Length);
            var table = new W.Table(new W.TableProperties(new W.TableBorders(new W.InsideHorizontalBorder { Val = W.BorderValues.Single })),
                new W.TableGrid(Enumerable.Range(0, width).Select(_ => new W.GridColumn { Width = "1000" })));
            var merged = MergedDown(block.Table, rows, mergeDown ?? []);
            for (var r = 0; r < rows.Count; r++)
            {
                var row = new W.TableRow();
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var properties = new W.TableCellProperties();
                    if (c == rows[r].Length - 1 && rows[r].Length < width) properties.Append(new W.GridSpan { Val = width - rows[r].Length + 1 });
                    if (merged.Contains((r, c))) properties.Append(new W.VerticalMerge { Val = W.MergedCellValues.Continue });
                    else if (merged.Contains((r + 1, c))) properties.Append(new W.VerticalMerge { Val = W.MergedCellValues.Restart });
                    var cell = new W.TableCell(properties);
                    var lines = rows[r][c].Length == 0 ? [] : paragraphs(rows[r][c]);
                    if (lines.Count == 0) cell.Append(new W.Paragraph());
                    foreach (var line in lines) cell.Append(Paragraph(line));
                    row.Append(cell);
                }
                table.Append(row);
            }
            body.Append(table);
        }
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new W.Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    /// <param name="paragraphs">A cell's paragraphs as the importer reads them; several are one cell with line breaks.</param>
    /// <param name="mergeDown">Columns whose empty cells are merged with the filled cell above.</param>
    public static byte[] Excel(string text, Func<string, IReadOnlyList<string>> paragraphs, IReadOnlyCollection<int>? mergeDown = null, string sheetName = "Arkusz1")
    {
        var data = new S.SheetData();
        var merges = new S.MergeCells();
        var lineNumber = 0;
        foreach (var block in Blocks(Lines(text)))
        {
            if (block.Table is null)
            {
                lineNumber++;
                if (block.Line!.Length > 0) data.Append(new S.Row(TextCell(lineNumber, 1, block.Line)) { RowIndex = (uint)lineNumber });
                continue;
            }
            var width = block.Table.Max(r => r.Length);
            var rows = Spanned(block.Table);
            var merged = MergedDown(block.Table, rows, mergeDown ?? []);
            var first = lineNumber + 1;
            for (var r = 0; r < rows.Count; r++)
            {
                lineNumber++;
                var row = new S.Row { RowIndex = (uint)lineNumber };
                var total = rows[r].Any(c => c.Contains("razem", StringComparison.OrdinalIgnoreCase));
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var value = rows[r][c].Length == 0 ? "" : string.Join("\n", paragraphs(rows[r][c]));
                    row.Append(Number(value) is { } number ? NumberCell(lineNumber, c + 1, number, total) : TextCell(lineNumber, c + 1, value));
                }
                if (rows[r].Length < width) merges.Append(new S.MergeCell { Reference = $"{Reference(lineNumber, rows[r].Length)}:{Reference(lineNumber, width)}" });
                data.Append(row);
            }
            foreach (var (r, c) in merged.Where(m => !merged.Contains((m.Row - 1, m.Column))))
            {
                var end = r;
                while (merged.Contains((end + 1, c))) end++;
                merges.Append(new S.MergeCell { Reference = $"{Reference(first + r - 1, c + 1)}:{Reference(first + end, c + 1)}" });
            }
        }
        var worksheet = new S.Worksheet(data);
        if (merges.HasChildren) worksheet.Append(merges);

        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new S.Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = worksheet;
            workbook.Workbook.AppendChild(new S.Sheets(new S.Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = sheetName }));
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private sealed record Block(string? Line, List<string[]>? Table);

    private static string[] Lines(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');

    /// <summary>Text lines one by one; each run of lines with tabs one table.</summary>
    private static IEnumerable<Block> Blocks(string[] lines)
    {
        List<string[]>? table = null;
        foreach (var line in lines)
        {
            if (line.Contains('\t'))
            {
                (table ??= []).Add(line.Split('\t'));
                continue;
            }
            if (table is not null) yield return new Block(null, table);
            table = null;
            yield return new Block(line, null);
        }
        if (table is not null) yield return new Block(null, table);
    }

    /// <summary>Each row's empty cells after its last filled one folded into it: the filled cell spans to the table's edge,
    /// as in the Word originals (a goal's name across the whole table), and Word saves it as one cell.</summary>
    private static List<string[]> Spanned(List<string[]> rows) =>
        rows.Select(r =>
        {
            var last = Array.FindLastIndex(r, c => c.Trim().Length > 0);
            return last < 0 || last == r.Length - 1 ? r : r[..(last + 1)];
        }).ToList();

    /// <summary>Cells (row, column) merged with the cell above: empty, under a filled or merged cell, in a row as wide as
    /// the one above, neither of them spanning.</summary>
    private static HashSet<(int Row, int Column)> MergedDown(List<string[]> rows, List<string[]> spanned, IReadOnlyCollection<int> columns)
    {
        var merged = new HashSet<(int, int)>();
        for (var r = 1; r < rows.Count; r++)
            foreach (var c in columns)
                if (c < spanned[r].Length - 1 && c < spanned[r - 1].Length - 1 && rows[r].Length == rows[r - 1].Length && rows[r][c].Trim().Length == 0
                    && (rows[r - 1][c].Trim().Length > 0 || merged.Contains((r - 1, c))))
                    merged.Add((r, c));
        return merged;
    }

    private static W.Paragraph Paragraph(string text)
    {
        var run = new W.Run();
        var parts = text.Split('\t');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0) run.Append(new W.TabChar());
            run.Append(new W.Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        return new W.Paragraph(run);
    }

    private static string Reference(int row, int column)
    {
        var letters = "";
        for (var c = column; c > 0; c = (c - 1) / 26) letters = (char)('A' + (c - 1) % 26) + letters;
        return letters + row.ToString(CultureInfo.InvariantCulture);
    }

    private static S.Cell TextCell(int row, int column, string text) => new()
    {
        CellReference = Reference(row, column),
        DataType = S.CellValues.InlineString,
        InlineString = new S.InlineString(new S.Text(text) { Space = SpaceProcessingModeValues.Preserve }),
    };

    private static S.Cell NumberCell(int row, int column, (double Value, uint Style) number, bool formula)
    {
        var cell = new S.Cell { CellReference = Reference(row, column), StyleIndex = number.Style };
        if (formula) cell.CellFormula = new S.CellFormula($"ROUND({number.Value.ToString(CultureInfo.InvariantCulture)},2)");
        cell.CellValue = new S.CellValue(number.Value.ToString("R", CultureInfo.InvariantCulture));
        return cell;
    }

    /// <summary>Number formats by style index: 0 General, then the formats a Polish sheet uses for amounts and rates.</summary>
    private static readonly string[] Formats = ["General", "#,##0.00", "#,##0", "0.00", "0.0", "0%", "0.0%", "0.00%"];

    /// <summary>A plain Polish number and the style that shows it exactly as typed; null for anything else (codes such as
    /// "1.1", "b.d.", "ok. 3 700", numbers with words, leading zeros stay text).</summary>
    private static (double Value, uint Style)? Number(string text)
    {
        if (PlainNumber().Match(text) is not { Success: true } m) return null;
        var digits = m.Groups["int"].Value.Replace(" ", "");
        if (digits.Length > 1 && digits[0] == '0' || digits.Length > 12) return null;
        var decimals = m.Groups["dec"].Success ? m.Groups["dec"].Value : "";
        var grouped = m.Groups["int"].Value.Contains(' ');
        var percent = m.Groups["pct"].Success;
        var format = (grouped, decimals.Length, percent) switch
        {
            (false, 0, false) => "General",
            (true, 2, false) => "#,##0.00",
            (true, 0, false) => "#,##0",
            (false, 2, false) => "0.00",
            (false, 1, false) => "0.0",
            (false, 0, true) => "0%",
            (false, 1, true) => "0.0%",
            (false, 2, true) => "0.00%",
            _ => null,
        };
        if (format is null) return null;
        // A grouped number must group as Excel does (every three digits).
        if (grouped && m.Groups["int"].Value != Group(digits)) return null;
        var value = double.Parse((m.Groups["sign"].Value + digits + (decimals.Length > 0 ? "." + decimals : "")), CultureInfo.InvariantCulture);
        if (percent) value /= 100;
        return (value, (uint)Array.IndexOf(Formats, format));
    }

    private static string Group(string digits)
    {
        var groups = new List<string>();
        for (var end = digits.Length; end > 0; end -= 3) groups.Insert(0, digits[Math.Max(0, end - 3)..end]);
        return string.Join(" ", groups);
    }

    private static S.Stylesheet Stylesheet()
    {
        var numberFormats = new S.NumberingFormats();
        var cellFormats = new S.CellFormats();
        for (var i = 0; i < Formats.Length; i++)
        {
            uint id = Formats[i] == "General" ? 0u : 164u + (uint)i;
            if (id != 0) numberFormats.Append(new S.NumberingFormat { NumberFormatId = id, FormatCode = Formats[i] });
            cellFormats.Append(new S.CellFormat { NumberFormatId = id, ApplyNumberFormat = id != 0 });
        }
        return new S.Stylesheet(
            numberFormats,
            new S.Fonts(new S.Font()),
            new S.Fills(new S.Fill(new S.PatternFill { PatternType = S.PatternValues.None }), new S.Fill(new S.PatternFill { PatternType = S.PatternValues.Gray125 })),
            new S.Borders(new S.Border()),
            cellFormats);
    }

    [GeneratedRegex(@"^(?<sign>-?)(?<int>\d{1,3}(?: \d{3})+|\d+)(?:,(?<dec>\d+))?(?<pct>%)?$")] private static partial Regex PlainNumber();
}
