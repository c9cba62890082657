using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Kierunek.Reports.Model;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Row = DocumentFormat.OpenXml.Spreadsheet.Row;
using Table = Kierunek.Reports.Model.Table;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace Kierunek.Reports.Rendering;

/// <summary>A workbook with one sheet per table: numbers are numeric cells with Polish-looking number
/// formats (money in zł, percentages, thousands grouped), anything that is not a number keeps its text,
/// header rows are frozen and spans are merged; the charts, if any, on a last sheet "Wykresy".</summary>
public static class XlsxReport
{
    private enum Look : uint { Default = 0, Caption = 1, Header = 2, Text = 3, Integer = 4, Decimal = 5, Money = 6, Percent = 7 }

    public static byte[] Render(Report report)
    {
        using var stream = new MemoryStream();
        using (var book = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = book.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            AddStyles(workbook);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            uint id = 1;
            foreach (var (heading, table) in Tables(report))
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = SheetOf(table);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = SheetName(heading, names) });
            }
            if (Charts(report).ToList() is { Count: > 0 } charts)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var name = SheetName("Wykresy", names);
                ChartSheet(part, charts, name);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
            }
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static IEnumerable<(string Heading, Table Table)> Tables(Report report)
    {
        IEnumerable<(string, Table)> In(Section section) => section.Blocks.SelectMany(b => b switch
        {
            Table t => [(section.Heading, t)],
            Section s => In(s),
            _ => Array.Empty<(string, Table)>(),
        });
        return report.Sections.SelectMany(In);
    }

    private static IEnumerable<Chart> Charts(Report report)
    {
        IEnumerable<Chart> In(Section section) => section.Blocks.SelectMany(b => b switch
        {
            Chart c => [c],
            Section s => In(s),
            _ => Array.Empty<Chart>(),
        });
        return report.Sections.SelectMany(In);
    }

    /// <summary>The report's charts on a sheet of their own: each one's title and description in cells (read by
    /// everyone, and by screen readers), its numbers in a small table below them, and beside the table an Excel chart
    /// drawn from those cells (<see cref="OfficeCharts"/>) with the description as its alternative text — change a number
    /// and the chart follows.</summary>
    private static void ChartSheet(WorksheetPart part, IReadOnlyList<Chart> charts, string sheetName)
    {
        const long Emu = 9525; // per pixel at 96 dpi
        var data = new SheetData();
        part.Worksheet = new Worksheet(new SheetViews(new SheetView { WorkbookViewId = 0 }), new Columns(new Column { Min = 1, Max = 1, Width = 28, CustomWidth = true }), data);
        var drawings = part.AddNewPart<DrawingsPart>();
        drawings.WorksheetDrawing = new Xdr.WorksheetDrawing();
        uint top = 1;
        for (var i = 0; i < charts.Count; i++)
        {
            var chart = charts[i];
            var numbers = OfficeCharts.DataOf(chart);
            var style = LookOf(chart switch { TrendChart t => t.Style, StackedBarChart b => b.Style, _ => NumberStyle.None });
            data.Append(new Row(TextCell(1, top, chart.Title, Look.Caption)) { RowIndex = top });
            data.Append(new Row(TextCell(1, top + 1, chart.Description, Look.Default)) { RowIndex = top + 1 });
            var header = top + 2;
            data.Append(new Row([TextCell(1, header, chart is TrendChart ? "Rok" : "", Look.Header), .. numbers.Series.Select((s, k) => TextCell(k + 2, header, s.Name, Look.Header))]) { RowIndex = header });
            for (var r = 0; r < numbers.Categories.Count; r++)
            {
                var row = header + 1 + (uint)r;
                data.Append(new Row([TextCell(1, row, numbers.Categories[r], Look.Text),
                    .. numbers.Series.Select((s, k) => new Cell { CellReference = Reference(k + 2, row), DataType = CellValues.Number, CellValue = new CellValue(s.Values[r]), StyleIndex = (uint)style })])
                    { RowIndex = row });
            }

            var chartPart = drawings.AddNewPart<ChartPart>();
            chartPart.ChartSpace = OfficeCharts.Of(chart, new OfficeCharts.Cells(sheetName, 0, (int)header));
            var column = numbers.Series.Count + 2; // beside the table, one column apart
            var (cx, cy) = (ChartImages.Width * Emu, ChartImages.Height * Emu);
            drawings.WorksheetDrawing.Append(new Xdr.OneCellAnchor(
                new Xdr.FromMarker(new Xdr.ColumnId(column.ToString(CultureInfo.InvariantCulture)), new Xdr.ColumnOffset("0"), new Xdr.RowId((header - 1).ToString(CultureInfo.InvariantCulture)), new Xdr.RowOffset("0")),
                new Xdr.Extent { Cx = cx, Cy = cy },
                new Xdr.GraphicFrame(
                    new Xdr.NonVisualGraphicFrameProperties(
                        new Xdr.NonVisualDrawingProperties { Id = (uint)(i + 2), Name = XmlText.Safe(chart.Title), Description = XmlText.Safe(chart.Description) },
                        new Xdr.NonVisualGraphicFrameDrawingProperties()),
                    new Xdr.Transform(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 }),
                    new A.Graphic(new A.GraphicData(new C.ChartReference { Id = drawings.GetIdOfPart(chartPart) }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" })),
                new Xdr.ClientData()));
            // The chart is 20 rows tall at the default row height; a long table pushes the next chart further down.
            top = header + (uint)Math.Max(numbers.Categories.Count + 2, 22);
        }
        part.Worksheet.Append(new Drawing { Id = part.GetIdOfPart(drawings) });
    }

    private static Worksheet SheetOf(Table table)
    {
        var data = new SheetData();
        var merges = new List<string>();
        uint rowIndex = 1;
        data.Append(new Row(TextCell(1, rowIndex, table.Caption, Look.Caption)) { RowIndex = rowIndex });
        rowIndex++;

        // A number whose printed total differs stays a number; what was printed goes to a column of its own.
        var checks = table.Rows.Any(r => r.Cells.Any(c => c.Warning is not null && IsNumber(c)));
        var width = table.ColumnCount + (checks ? 1 : 0);
        var names = new string[table.ColumnCount + 1]; // the lowest header over each column
        var taken = new HashSet<(uint Row, int Column)>();
        var headerTop = rowIndex;
        foreach (var header in table.HeaderRows)
        {
            var row = new Row { RowIndex = rowIndex };
            var column = 1;
            foreach (var h in header)
            {
                while (taken.Contains((rowIndex, column))) column++;
                row.Append(TextCell(column, rowIndex, h.Text, Look.Header));
                if (h.ColumnSpan > 1 || h.RowSpan > 1)
                    merges.Add($"{Reference(column, rowIndex)}:{Reference(column + h.ColumnSpan - 1, rowIndex + (uint)h.RowSpan - 1)}");
                for (var r = 1; r < h.RowSpan; r++)
                for (var c = 0; c < h.ColumnSpan; c++)
                    taken.Add((rowIndex + (uint)r, column + c));
                for (var c = 0; c < h.ColumnSpan; c++) names[column + c] = h.Text;
                column += h.ColumnSpan;
            }
            if (checks && rowIndex == headerTop)
            {
                row.Append(TextCell(width, rowIndex, "Różnice z sumami w dokumencie", Look.Header));
                if (table.HeaderRows.Count > 1) merges.Add($"{Reference(width, rowIndex)}:{Reference(width, rowIndex + (uint)table.HeaderRows.Count - 1)}");
            }
            data.Append(row);
            rowIndex++;
        }
        var frozenRows = rowIndex - 1;

        var firstBodyRow = rowIndex;
        foreach (var body in table.Rows)
        {
            var row = new Row { RowIndex = rowIndex };
            var column = 1;
            var differences = new List<string>();
            foreach (var cell in body.Cells)
            {
                row.Append(ValueCell(column, rowIndex, cell, SumFormula(cell, column, table, firstBodyRow)));
                if (cell.ColumnSpan > 1) merges.Add($"{Reference(column, rowIndex)}:{Reference(column + cell.ColumnSpan - 1, rowIndex)}");
                if (cell.Warning is { } warning && IsNumber(cell)) differences.Add($"{names[column]}: ⚠ {warning}");
                column += cell.ColumnSpan;
            }
            if (differences.Count > 0) row.Append(TextCell(width, rowIndex, string.Join("\n", differences), Look.Text));
            data.Append(row);
            rowIndex++;
        }

        var sheet = new Worksheet(
            new SheetViews(new SheetView(new Pane
            {
                VerticalSplit = frozenRows, TopLeftCell = Reference(1, frozenRows + 1), ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
            }) { WorkbookViewId = 0 }),
            new Columns(Enumerable.Range(1, width).Select(i => new Column { Min = (uint)i, Max = (uint)i, Width = 24, CustomWidth = true })),
            data);
        if (merges.Count > 0) sheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
        return sheet;
    }

    /// <summary>A number goes in as a number with its format (a total as the formula that adds up its
    /// parts); everything else as the text the report shows (with its list items and note), so "b.d."
    /// stays "b.d." and never becomes 0.</summary>
    private static Cell ValueCell(int column, uint row, ReportCell cell, string? formula)
    {
        if (IsNumber(cell))
            return new Cell
            {
                CellReference = Reference(column, row), DataType = CellValues.Number,
                CellFormula = formula is null ? null : new CellFormula(formula),
                CellValue = new CellValue(cell.Number!.Value), StyleIndex = (uint)LookOf(cell.Style),
            };
        var text = string.Join("\n", new[] { cell.Text }.Concat(cell.Items.Select(i => "• " + i)).Where(t => t.Length > 0));
        if (cell.Warning is { } warning) text += $" (⚠ {warning})";
        if (cell.Footnote is { } note) text += $" [{note}]";
        return TextCell(column, row, text, Look.Text);
    }

    private static bool IsNumber(ReportCell cell) => cell.Number is not null && cell.Items.Count == 0;

    /// <summary>"SUM(F5:F9,F12)" over the rows the total adds up — only where the sheet's own numbers give
    /// the total, so recalculating the workbook never changes a figure.</summary>
    private static string? SumFormula(ReportCell cell, int column, Table table, uint firstBodyRow)
    {
        if (cell.SumOfRows is not { Count: > 0 } rows || cell.Number is not { } total) return null;
        var parts = rows.Select(r => CellAt(table.Rows[r], column)).Where(c => c is not null && IsNumber(c)).Sum(c => c!.Number!.Value);
        if (parts != total) return null;
        var ranges = new List<string>();
        foreach (var run in Runs(rows.Order().Select(r => firstBodyRow + (uint)r)))
            ranges.Add(run.First == run.Last ? Reference(column, run.First) : $"{Reference(column, run.First)}:{Reference(column, run.Last)}");
        return $"SUM({string.Join(",", ranges)})";
    }

    private static IEnumerable<(uint First, uint Last)> Runs(IEnumerable<uint> rows)
    {
        uint? first = null, last = null;
        foreach (var row in rows)
        {
            if (last is { } l && row == l + 1) { last = row; continue; }
            if (first is { } f) yield return (f, last!.Value);
            first = last = row;
        }
        if (first is { } start) yield return (start, last!.Value);
    }

    /// <summary>The cell of a body row that starts at <paramref name="column"/> (1-based), spans counted.</summary>
    private static ReportCell? CellAt(Model.Row row, int column)
    {
        var at = 1;
        foreach (var cell in row.Cells)
        {
            if (at == column) return cell;
            at += cell.ColumnSpan;
        }
        return null;
    }

    private static Look LookOf(NumberStyle style) => style switch
    {
        NumberStyle.Money => Look.Money,
        NumberStyle.Percent => Look.Percent,
        NumberStyle.Decimal => Look.Decimal,
        _ => Look.Integer,
    };

    private static Cell TextCell(int column, uint row, string text, Look look) => new()
    {
        CellReference = Reference(column, row), DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(XmlText.Safe(text)) { Space = SpaceProcessingModeValues.Preserve }), StyleIndex = (uint)look,
    };

    public static string Reference(int column, uint row)
    {
        var letters = "";
        for (var c = column; c > 0; c = (c - 1) / 26) letters = (char)('A' + (c - 1) % 26) + letters;
        return letters + row;
    }

    /// <summary>Excel allows 31 characters, no []:*?/\ and one name per sheet.</summary>
    private static string SheetName(string heading, HashSet<string> taken)
    {
        var clean = new string(XmlText.Safe(heading).Select(c => "[]:*?/\\".Contains(c) ? ' ' : c).ToArray()).Trim();
        var name = clean.Length > 31 ? clean[..31].TrimEnd() : clean;
        for (var n = 2; !taken.Add(name); n++)
        {
            var suffix = $" ({n})";
            name = (clean.Length + suffix.Length > 31 ? clean[..(31 - suffix.Length)].TrimEnd() : clean) + suffix;
        }
        return name;
    }

    private static void AddStyles(WorkbookPart workbook)
    {
        var part = workbook.AddNewPart<WorkbookStylesPart>();
        part.Stylesheet = new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0" },
                new NumberingFormat { NumberFormatId = 165, FormatCode = "#,##0.0##" },
                new NumberingFormat { NumberFormatId = 166, FormatCode = "#,##0.00\\ \"zł\"" },
                new NumberingFormat { NumberFormatId = 167, FormatCode = "0.0%" }) { Count = 4 },
            new Fonts(new Font(new FontSize { Val = 10 }, new FontName { Val = "Liberation Sans" }),
                new Font(new Bold(), new FontSize { Val = 10 }, new FontName { Val = "Liberation Sans" })) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE8EEF5" }) { PatternType = PatternValues.Solid })) { Count = 3 },
            new Borders(new Border(), new Border(
                new LeftBorder(new Color { Rgb = "FF767676" }) { Style = BorderStyleValues.Thin },
                new RightBorder(new Color { Rgb = "FF767676" }) { Style = BorderStyleValues.Thin },
                new TopBorder(new Color { Rgb = "FF767676" }) { Style = BorderStyleValues.Thin },
                new BottomBorder(new Color { Rgb = "FF767676" }) { Style = BorderStyleValues.Thin },
                new DiagonalBorder())) { Count = 2 },
            new CellStyleFormats(new CellFormat()) { Count = 1 },
            new CellFormats(
                new CellFormat(),
                new CellFormat { FontId = 1, ApplyFont = true },
                Format(0, fontId: 1, fillId: 2),
                Format(0),
                Format(164),
                Format(165),
                Format(166),
                Format(167)) { Count = 8 });
    }

    private static CellFormat Format(uint numberFormat, uint fontId = 0, uint fillId = 0) => new(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
    {
        NumberFormatId = numberFormat, FontId = fontId, FillId = fillId, BorderId = 1,
        ApplyNumberFormat = numberFormat != 0, ApplyFont = fontId != 0, ApplyFill = fillId != 0, ApplyBorder = true, ApplyAlignment = true,
    };
}
