using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Kierunek.Domain.Results;
using System.Globalization;
using System.Text;
using System.Xml;
using ExcelFormat = ExcelNumberFormat.NumberFormat;

namespace Kierunek.Import.Reading;

/// <summary>An Excel workbook (.xlsx) as lines, one per sheet row, cells separated by tabs — the same lines a Word table
/// gives (<see cref="WordFile"/>), so every layout reads it. Each cell is the text Excel shows: a number in its
/// number format with Polish separators (<c>#,##0.00</c> → "47 128,55", <c>0.00%</c> → "3,75%", a date as
/// "15.03.2022"), a formula by its last computed value. A range merged across columns is its first cell and empty
/// ones, as a Word <c>gridSpan</c>; below the first row of a range merged down the cells are empty, as Word's
/// <c>vMerge</c>.
/// Line n of the first sheet is its row n; hidden sheets are left out. The SDK opens the package and finds the parts;
/// the sheet's rows are read with a forward-only XmlReader, so a 50 000-row sheet is never held as a document tree.</summary>
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
        var cells = new SortedDictionary<int, Dictionary<int, string>>();
        var merges = new List<(int Row1, int Col1, int Row2, int Col2)>();
        // The sheet's XML read forward with a plain XmlReader, one node at a time: the SDK's element objects per row
        // cost several times the reading itself on a 50 000-row sheet. Only the nodes that carry text are looked at.
        using (var xml = XmlReader.Create(worksheet.GetStream(FileMode.Open, FileAccess.Read), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
        {
            int rowNumber = 0, column = 0;
            Dictionary<int, string>? values = null;
            string? type = null, raw = null;
            uint style = 0;
            StringBuilder inline = new();
            bool inCell = false, inInline = false, inPhonetic = false;
            while (!xml.EOF)
            {
                if (xml.NodeType == XmlNodeType.Element && xml.NamespaceURI == Main)
                {
                    switch (xml.LocalName)
                    {
                        case "row":
                            rowNumber = int.TryParse(xml.GetAttribute("r"), out var r) && r > 0 ? r : rowNumber + 1;
                            column = 0;
                            cells[rowNumber] = values = [];
                            break;
                        case "c" when values is not null:
                            column = xml.GetAttribute("r") is { } reference ? ColumnOf(reference) : column + 1;
                            type = xml.GetAttribute("t");
                            style = uint.TryParse(xml.GetAttribute("s"), out var st) ? st : 0;
                            raw = null;
                            inline.Clear();
                            inCell = !xml.IsEmptyElement;
                            if (!inCell) values[column] = "";
                            break;
                        case "v" when inCell:
                            raw = xml.ReadElementContentAsString();
                            continue;
                        case "is" when inCell:
                            inInline = !xml.IsEmptyElement;
                            break;
                        case "rPh":
                            inPhonetic = !xml.IsEmptyElement;
                            break;
                        case "t" when inInline && !inPhonetic:
                            inline.Append(xml.ReadElementContentAsString());
                            continue;
                        case "mergeCell":
                            if (xml.GetAttribute("ref")?.Split(':') is [var from, var to])
                                merges.Add((RowOf(from), ColumnOf(from), RowOf(to), ColumnOf(to)));
                            break;
                    }
                }
                else if (xml.NodeType == XmlNodeType.EndElement && xml.NamespaceURI == Main)
                {
                    switch (xml.LocalName)
                    {
                        case "c" when inCell && values is not null:
                            values[column] = styles.Indented(style, Clean(Text(type, raw, inline.ToString(), style, strings, styles, date1904)));
                            inCell = false;
                            break;
                        case "is": inInline = false; break;
                        case "rPh": inPhonetic = false; break;
                    }
                }
                xml.Read();
            }
        }

        // Cells hidden under a merge are empty whatever an old copy left in them (Excel keeps the first cell's text only).
        // A range is bounded by the rows the sheet uses and a little past its last used column (a table's last column may
        // be empty in every row): a forged "A1:XFD1048576" costs nothing.
        var lastRow = cells.Count == 0 ? 0 : cells.Keys.Max();
        var lastColumn = cells.Values.SelectMany(v => v.Keys).DefaultIfEmpty(0).Max();
        foreach (var (row1, col1, row2, col2) in merges)
            for (var r = row1; r <= Math.Min(row2, lastRow); r++)
            for (var c = col1; c <= Math.Min(col2, lastColumn + MergeReach); c++)
            {
                if (r == row1 && c == col1) continue;
                if (!cells.TryGetValue(r, out var values)) cells[r] = values = [];
                values[c] = "";
            }

        // Styled empty cells reach far to the right; a row is as wide as the widest column that holds anything
        // (or a merged range reaches: a table's last column may be empty in every row but still be the table's).
        var width = cells.Values.SelectMany(r => r.Where(c => c.Value.Length > 0).Select(c => c.Key)).Concat(merges.Select(m => Math.Min(m.Col2, lastColumn + MergeReach))).DefaultIfEmpty(0).Max();
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

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>How many columns past the last one with a cell a merged range may widen a table.</summary>
    private const int MergeReach = 64;

    /// <summary>The text of a shared or inline string (<c>&lt;si&gt;</c>, <c>&lt;is&gt;</c>) the reader is on: its own
    /// <c>&lt;t&gt;</c> or its runs' (<c>&lt;r&gt;&lt;t&gt;</c>), without phonetic hints (<c>&lt;rPh&gt;</c>). Leaves the
    /// reader after the element.</summary>
    private static string ItemText(XmlReader xml)
    {
        var text = new StringBuilder();
        using (var item = xml.ReadSubtree())
        {
            item.Read();
            while (!item.EOF)
            {
                if (item.NodeType == XmlNodeType.Element && item.NamespaceURI == Main)
                {
                    if (item.LocalName == "rPh") { item.Skip(); continue; }
                    if (item.LocalName == "t") { text.Append(item.ReadElementContentAsString()); continue; }
                }
                item.Read();
            }
        }
        xml.Read();
        return text.ToString();
    }

    /// <summary>A cell's text as Excel shows it.</summary>
    private static string Text(string? type, string? raw, string? inline, uint style, IReadOnlyList<string> strings, CellStyles styles, bool date1904)
    {
        if (type == "inlineStr") return inline ?? "";
        if (raw is null) return "";
        switch (type)
        {
            case "s": return int.TryParse(raw, out var index) && index >= 0 && index < strings.Count ? strings[index] : "";
            case "b": return raw == "1" ? "PRAWDA" : "FAŁSZ";
            case "str" or "e": return raw;
            case "d": return DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date) ? date.ToString("dd.MM.yyyy", Polish) : raw;
        }
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return raw;
        return styles.Format(style, number, date1904);
    }

    /// <summary>Tabs and line breaks inside a cell would cut the line into cells and rows: a tab is a space, a line
    /// break (Alt+Enter) a paragraph of the cell.</summary>
    private static string Clean(string text)
    {
        if (text.Length == 0) return text;
        if (text.AsSpan().IndexOfAny('\r', '\n', '\t') < 0 && !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1])) return text;
        return text.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\t', ' ').Trim().Replace('\n', WordFile.ParagraphBreak);
    }

    private static List<string> SharedStrings(WorkbookPart part)
    {
        var list = new List<string>();
        if (part.SharedStringTablePart is not { } table) return list;
        using var xml = XmlReader.Create(table.GetStream(FileMode.Open, FileAccess.Read), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        while (xml.Read())
            while (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si" && xml.NamespaceURI == Main) list.Add(ItemText(xml));
        return list;
    }

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
        private readonly List<uint> indents = stylesheet?.CellFormats?.Elements<CellFormat>().Select(f => f.Alignment?.Indent?.Value ?? 0).ToList() ?? [];

        /// <summary>A cell's text with two spaces per level of Excel's indent ("Zwiększ wcięcie"): the mapping wizard reads
        /// levels from indentation; every other reader folds the spaces away.</summary>
        public string Indented(uint styleIndex, string text)
        {
            var indent = styleIndex < indents.Count ? (int)Math.Min(indents[(int)styleIndex], 15) : 0;
            return indent == 0 || text.Length == 0 ? text : new string(' ', 2 * indent) + text;
        }
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
