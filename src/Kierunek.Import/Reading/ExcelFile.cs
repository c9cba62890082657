using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Kierunek.Domain.Results;
using System.Globalization;
using System.Text;
using ExcelFormat = ExcelNumberFormat.NumberFormat;

namespace Kierunek.Import.Reading;

/// <summary>An Excel workbook (.xlsx) as lines, one per sheet row, cells separated by tabs — the same lines a Word table
/// gives (<see cref="WordFile"/>), so every layout reads it. Each cell is the text Excel shows: a number in its
/// number format with Polish separators (<c>#,##0.00</c> → "47 128,55", <c>0.00%</c> → "3,75%", a date as
/// "15.03.2022"), a formula by its last computed value. A range merged across columns is its first cell and empty
/// ones, as a Word <c>gridSpan</c>; below the first row of a range merged down the cells are empty, as Word's
/// <c>vMerge</c>.
/// Line n of the first sheet is its row n; hidden sheets are left out. Rows are read with the SDK's forward-only
/// reader, one at a time: a 50 000-row sheet is not held as a document tree.</summary>
public static class ExcelFile
{
    /// <summary>Numbers as an office types them: comma decimals, a space between thousands (not the no-break space .NET
    /// uses for pl-PL, which nobody types).</summary>
    private static readonly CultureInfo Polish = PolishNumbers();

    public static Result<SourceText> Read(string fileName, byte[] bytes)
    {
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var part = workbook.WorkbookPart ?? throw new InvalidDataException("brak skoroszytu (xl/workbook.xml)");
        var strings = SharedStrings(part);
        var styles = new CellStyles(part.WorkbookStylesPart?.Stylesheet);
        var date1904 = part.Workbook?.WorkbookProperties?.Date1904?.Value == true;
        var lines = new List<string>();
        var places = new List<string?>();
        foreach (var sheet in part.Workbook?.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.State?.Value is { } state && state != SheetStateValues.Visible) continue;
            if (sheet.Id?.Value is not { } id || !part.TryGetPartById(id, out var found) || found is not WorksheetPart worksheet) continue;
            var name = sheet.Name?.Value ?? "";
            if (lines.Count > 0)
            {
                lines.Add("");
                places.Add($"arkusz „{name}”");
            }
            var rows = ReadSheet(worksheet, strings, styles, date1904);
            var last = rows.Keys.DefaultIfEmpty(0).Max();
            for (var r = 1; r <= last; r++)
            {
                lines.Add(rows.TryGetValue(r, out var line) ? line : "");
                places.Add($"arkusz „{name}”, wiersz {r}");
            }
        }
        lines.Add("");
        places.Add(null);
        return Result<SourceText>.Ok(new SourceText(fileName, lines) { Places = places });
    }

    /// <summary>The sheet's rows with their text, merges applied; rows with nothing in them are left out.</summary>
    private static Dictionary<int, string> ReadSheet(WorksheetPart worksheet, IReadOnlyList<string> strings, CellStyles styles, bool date1904)
    {
        var cells = new SortedDictionary<int, SortedDictionary<int, string>>();
        var merges = new List<(int Row1, int Col1, int Row2, int Col2)>();
        using (var reader = OpenXmlReader.Create(worksheet))
        {
            var rowNumber = 0;
            while (reader.Read())
            {
                if (reader.ElementType == typeof(Row) && reader.IsStartElement)
                {
                    var row = (Row)reader.LoadCurrentElement()!;
                    rowNumber = (int?)row.RowIndex?.Value ?? rowNumber + 1;
                    var column = 0;
                    var values = new SortedDictionary<int, string>();
                    foreach (var cell in row.Elements<Cell>())
                    {
                        column = cell.CellReference?.Value is { } reference ? ColumnOf(reference) : column + 1;
                        values[column] = Clean(Text(cell, strings, styles, date1904));
                    }
                    cells[rowNumber] = values;
                }
                else if (reader.ElementType == typeof(MergeCell) && reader.IsStartElement)
                {
                    var merge = (MergeCell)reader.LoadCurrentElement()!;
                    if (merge.Reference?.Value?.Split(':') is [var from, var to])
                        merges.Add((RowOf(from), ColumnOf(from), RowOf(to), ColumnOf(to)));
                }
            }
        }

        // Cells hidden under a merge are empty whatever an old copy left in them (Excel keeps the first cell's text only).
        foreach (var (row1, col1, row2, col2) in merges)
            for (var r = row1; r <= Math.Min(row2, row1 + 100_000); r++)
            for (var c = col1; c <= Math.Min(col2, col1 + 1_000); c++)
            {
                if (r == row1 && c == col1) continue;
                if (!cells.TryGetValue(r, out var values)) cells[r] = values = [];
                values[c] = "";
            }

        // Styled empty cells reach far to the right; a row is as wide as the widest column that holds anything
        // (or a merged range reaches: a table's last column may be empty in every row but still be the table's).
        var width = cells.Values.SelectMany(r => r.Where(c => c.Value.Length > 0).Select(c => c.Key)).Concat(merges.Select(m => m.Col2)).DefaultIfEmpty(0).Max();
        var lines = new Dictionary<int, string>();
        foreach (var (r, values) in cells)
        {
            var end = Math.Min(width, values.Keys.DefaultIfEmpty(0).Max());
            var line = new StringBuilder();
            for (var c = 1; c <= end; c++)
            {
                if (c > 1) line.Append('\t');
                line.Append(values.GetValueOrDefault(c, ""));
            }
            lines[r] = line.ToString();
        }
        // Rows of nothing but blanks after the last row that holds text are not part of the table.
        var lastWithText = lines.Where(l => l.Value.Replace("\t", "").Length > 0).Select(l => l.Key).DefaultIfEmpty(0).Max();
        return lines.Where(l => l.Key <= lastWithText).ToDictionary();
    }

    /// <summary>A cell's text as Excel shows it.</summary>
    private static string Text(Cell cell, IReadOnlyList<string> strings, CellStyles styles, bool date1904)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString) return InlineText(cell.InlineString);
        if (raw is null) return "";
        if (type == CellValues.SharedString) return int.TryParse(raw, out var index) && index >= 0 && index < strings.Count ? strings[index] : "";
        if (type == CellValues.Boolean) return raw == "1" ? "PRAWDA" : "FAŁSZ";
        if (type == CellValues.String || type == CellValues.Error) return raw;
        if (type == CellValues.Date)
            return DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date) ? date.ToString("dd.MM.yyyy", Polish) : raw;
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return raw;
        return styles.Format(cell.StyleIndex?.Value ?? 0, number, date1904);
    }

    /// <summary>Tabs and line breaks inside a cell would cut the line into cells and rows: a tab is a space, a line
    /// break (Alt+Enter) a paragraph of the cell.</summary>
    private static string Clean(string text) =>
        text.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\t', ' ').Trim().Replace('\n', WordFile.ParagraphBreak);

    private static List<string> SharedStrings(WorkbookPart part)
    {
        var list = new List<string>();
        var table = part.SharedStringTablePart;
        if (table is null) return list;
        using var reader = OpenXmlReader.Create(table);
        while (reader.Read())
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
                list.Add(ItemText((SharedStringItem)reader.LoadCurrentElement()!));
        return list;
    }

    /// <summary>The text of a shared or inline string: its own text or its runs', without phonetic hints.</summary>
    private static string ItemText(OpenXmlCompositeElement item)
    {
        if (item.GetFirstChild<Text>() is { } plain) return plain.Text;
        return string.Concat(item.Elements<Run>().Select(r => r.Text?.Text ?? ""));
    }

    private static string InlineText(InlineString? inline) => inline is null ? "" : ItemText(inline);

    private static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var ch in reference)
        {
            if (ch is >= 'A' and <= 'Z') column = column * 26 + (ch - 'A' + 1);
            else if (ch is >= 'a' and <= 'z') column = column * 26 + (ch - 'a' + 1);
            else break;
        }
        return column;
    }

    private static int RowOf(string reference) => int.TryParse(new string(reference.SkipWhile(char.IsLetter).ToArray()), out var row) ? row : 0;

    private static CultureInfo PolishNumbers()
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("pl-PL").Clone();
        culture.NumberFormat.NumberGroupSeparator = " ";
        culture.NumberFormat.PercentGroupSeparator = " ";
        culture.NumberFormat.CurrencyGroupSeparator = " ";
        return culture;
    }

    /// <summary>The number format of each cell style, parsed once per style.</summary>
    private sealed class CellStyles(Stylesheet? stylesheet)
    {
        /// <summary>Excel's built-in formats by id, as Polish Excel shows them (14 is the locale's short date).</summary>
        private static readonly Dictionary<uint, string> BuiltIn = new()
        {
            [0] = "General", [1] = "0", [2] = "0.00", [3] = "#,##0", [4] = "#,##0.00", [9] = "0%", [10] = "0.00%",
            [11] = "0.00E+00", [12] = "# ?/?", [13] = "# ??/??", [14] = "dd.mm.yyyy", [15] = "d-mmm-yy", [16] = "d-mmm",
            [17] = "mmm-yy", [18] = "h:mm AM/PM", [19] = "h:mm:ss AM/PM", [20] = "h:mm", [21] = "h:mm:ss", [22] = "dd.mm.yyyy h:mm",
            [37] = "#,##0 ;(#,##0)", [38] = "#,##0 ;[Red](#,##0)", [39] = "#,##0.00;(#,##0.00)", [40] = "#,##0.00;[Red](#,##0.00)",
            [45] = "mm:ss", [46] = "[h]:mm:ss", [47] = "mmss.0", [48] = "##0.0E+0", [49] = "@",
        };

        private readonly Dictionary<uint, ExcelFormat?> formats = [];
        private readonly List<uint> styleFormats = stylesheet?.CellFormats?.Elements<CellFormat>().Select(f => f.NumberFormatId?.Value ?? 0).ToList() ?? [];
        private readonly Dictionary<uint, string> custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null && f.FormatCode?.Value is not null)
            .GroupBy(f => f.NumberFormatId!.Value).ToDictionary(g => g.Key, g => g.First().FormatCode!.Value!) ?? [];

        public string Format(uint styleIndex, double value, bool date1904)
        {
            var id = styleIndex < styleFormats.Count ? styleFormats[(int)styleIndex] : 0;
            if (!formats.TryGetValue(id, out var format))
            {
                var code = custom.TryGetValue(id, out var own) ? own : BuiltIn.GetValueOrDefault(id, "General");
                format = code.Equals("General", StringComparison.OrdinalIgnoreCase) ? null : new ExcelFormat(code);
                if (format is { IsValid: false }) format = null;
                formats[id] = format;
            }
            return format is null ? General(value) : format.Format(value, Polish, date1904);
        }

        /// <summary>Excel's "General": the number with as many decimals as it has, up to ten.</summary>
        private static string General(double value) => Math.Round(value, 10).ToString("0.##########", Polish);
    }
}
