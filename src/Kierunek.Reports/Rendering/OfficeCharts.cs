using Kierunek.Reports.Model;
using System.Globalization;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Kierunek.Reports.Rendering;

/// <summary>A report's chart as an Office chart (DrawingML, <c>c:chartSpace</c>) for Word and Excel: the numbers travel
/// with it, so the chart is drawn by Word, Excel or LibreOffice — crisp at any zoom, editable, restyled with the
/// document — and no picture is drawn (500 PNG charts were most of a large report's time). The series are those of
/// <see cref="ChartImages"/>' picture: an indicator's values with its target as a dashed line; a bar per category
/// stacked from parts in their colours.</summary>
public static class OfficeCharts
{
    /// <summary>A chart's numbers as a table: categories down, one column per series.</summary>
    public sealed record Data(IReadOnlyList<string> Categories, IReadOnlyList<(string Name, IReadOnlyList<decimal> Values, string Color, bool Dashed)> Series);

    /// <summary>Where the numbers stand in a workbook: the sheet, the table's column (0 = A) and its header row (1-based):
    /// the series' names in that row, the categories below in that column. In Excel the report's own sheet; in Word the
    /// small workbook embedded in the chart (<see cref="Workbook"/>), which Word opens for "Edit data".</summary>
    public sealed record Cells(string Sheet, int Column, int Row);

    /// <summary>The sheet of the workbook embedded in a Word chart.</summary>
    public static readonly Cells Embedded = new("Arkusz1", 0, 1);

    private const string SeriesColor = "1F5FA8", TargetColor = "B35900";

    /// <summary>The chart's numbers as Office keeps them: a percentage as a fraction (78,5% is 0,785, shown by the
    /// format "0.0%"), as the report's tables keep it in a workbook; the charts' model holds percentage points.</summary>
    public static Data DataOf(Chart chart) => chart switch
    {
        TrendChart trend => new Data(trend.Points.Select(p => p.Year.ToString(CultureInfo.InvariantCulture)).ToList(),
        [
            (trend.SeriesName, trend.Points.Select(p => Stored(p.Value, trend.Style)).ToList(), SeriesColor, false),
            .. trend.Target is { } target ? new[] { ((string)$"Wartość docelowa: {Number(target, trend.Style)}", (IReadOnlyList<decimal>)trend.Points.Select(_ => Stored(target, trend.Style)).ToList(), TargetColor, true) } : [],
        ]),
        StackedBarChart bars => new Data(bars.Categories, bars.Parts.Select(p => (p.Name, (IReadOnlyList<decimal>)p.Values.Select(v => Stored(v, bars.Style)).ToList(), p.Color.TrimStart('#'), false)).ToList()),
        _ => throw new ArgumentOutOfRangeException(nameof(chart), chart, null),
    };

    private static decimal Stored(decimal value, NumberStyle style) => style == NumberStyle.Percent ? value / 100m : value;

    public static C.ChartSpace Of(Chart chart, Cells cells)
    {
        var data = DataOf(chart);
        var style = chart switch { TrendChart t => t.Style, StackedBarChart b => b.Style, _ => NumberStyle.None };
        var series = data.Series.Select((s, i) => Series(chart, data, i, cells, style)).ToList();
        var plot = new C.PlotArea(new C.Layout());
        if (chart is StackedBarChart)
            plot.Append(new C.BarChart(
                [new C.BarDirection { Val = C.BarDirectionValues.Column }, new C.BarGrouping { Val = C.BarGroupingValues.Stacked }, new C.VaryColors { Val = false },
                 .. series, new C.GapWidth { Val = 60 }, new C.Overlap { Val = 100 }, new C.AxisId { Val = 1 }, new C.AxisId { Val = 2 }]));
        else
            plot.Append(new C.LineChart(
                [new C.Grouping { Val = C.GroupingValues.Standard }, new C.VaryColors { Val = false }, .. series,
                 new C.ShowMarker { Val = true }, new C.AxisId { Val = 1 }, new C.AxisId { Val = 2 }]));
        plot.Append(
            new C.CategoryAxis(new C.AxisId { Val = 1 }, new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }), new C.Delete { Val = false },
                new C.AxisPosition { Val = C.AxisPositionValues.Bottom }, new C.MajorTickMark { Val = C.TickMarkValues.Outside }, new C.MinorTickMark { Val = C.TickMarkValues.None },
                new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo }, new C.CrossingAxis { Val = 2 }, new C.Crosses { Val = C.CrossesValues.AutoZero },
                new C.AutoLabeled { Val = true }, new C.LabelAlignment { Val = C.LabelAlignmentValues.Center }, new C.LabelOffset { Val = 100 }, new C.NoMultiLevelLabels { Val = false }),
            new C.ValueAxis(new C.AxisId { Val = 2 }, new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }), new C.Delete { Val = false },
                new C.AxisPosition { Val = C.AxisPositionValues.Left }, new C.MajorGridlines(Line("D9D9D9", 9525, dashed: false)),
                new C.NumberingFormat { FormatCode = FormatCode(style), SourceLinked = false },
                new C.MajorTickMark { Val = C.TickMarkValues.Outside }, new C.MinorTickMark { Val = C.TickMarkValues.None },
                new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo }, new C.CrossingAxis { Val = 1 }, new C.Crosses { Val = C.CrossesValues.AutoZero },
                new C.CrossBetween { Val = chart is StackedBarChart ? C.CrossBetweenValues.Between : C.CrossBetweenValues.MidpointCategory }));
        return new C.ChartSpace(
            new C.EditingLanguage { Val = "pl-PL" },
            new C.RoundedCorners { Val = false },
            new C.Chart(
                new C.Title(new C.ChartText(new C.RichText(new A.BodyProperties(), new A.ListStyle(),
                    new A.Paragraph(new A.Run(new A.RunProperties { Language = "pl-PL", FontSize = 1200, Bold = true }, new A.Text(XmlText.Safe(chart.Title)))))),
                    new C.Overlay { Val = false }),
                new C.AutoTitleDeleted { Val = false },
                plot,
                new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }),
                new C.PlotVisibleOnly { Val = true },
                new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap }));
    }

    private static DocumentFormat.OpenXml.OpenXmlCompositeElement Series(Chart chart, Data data, int index, Cells cells, NumberStyle style)
    {
        var (name, values, color, dashed) = data.Series[index];
        var text = new C.SeriesText(new C.StringReference(new C.Formula(Address(cells, cells.Column + 1 + index, cells.Row, cells.Row)),
            new C.StringCache(new C.PointCount { Val = 1 }, new C.StringPoint(new C.NumericValue(XmlText.Safe(name))) { Index = 0 })));
        var categories = new C.CategoryAxisData(new C.StringReference(
            new C.Formula(Address(cells, cells.Column, cells.Row + 1, cells.Row + data.Categories.Count)),
            new C.StringCache([new C.PointCount { Val = (uint)data.Categories.Count },
                .. data.Categories.Select((c, i) => new C.StringPoint(new C.NumericValue(XmlText.Safe(c))) { Index = (uint)i })])));
        var numbers = new C.Values(new C.NumberReference(
            new C.Formula(Address(cells, cells.Column + 1 + index, cells.Row + 1, cells.Row + data.Categories.Count)),
            new C.NumberingCache([new C.FormatCode(FormatCode(style)), new C.PointCount { Val = (uint)values.Count },
                .. values.Select((v, i) => new C.NumericPoint(new C.NumericValue(v.ToString(CultureInfo.InvariantCulture))) { Index = (uint)i })])));
        if (chart is StackedBarChart)
            return new C.BarChartSeries(new C.Index { Val = (uint)index }, new C.Order { Val = (uint)index }, text,
                new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = color })), new C.InvertIfNegative { Val = false }, categories, numbers);
        return new C.LineChartSeries(new C.Index { Val = (uint)index }, new C.Order { Val = (uint)index }, text,
            Line(color, dashed ? 19050 : 31750, dashed),
            new C.Marker(new C.Symbol { Val = dashed ? C.MarkerStyleValues.None : C.MarkerStyleValues.Circle }, new C.Size { Val = 7 },
                new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = color }))),
            categories, numbers, new C.Smooth { Val = false });
    }

    private static C.ChartShapeProperties Line(string color, int width, bool dashed)
    {
        var outline = new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = color })) { Width = width };
        if (dashed) outline.Append(new A.PresetDash { Val = A.PresetLineDashValues.Dash });
        return new C.ChartShapeProperties(outline);
    }

    /// <summary>The number format of the value axis and the data: Excel's codes, shown in the reader's own locale.</summary>
    private static string FormatCode(NumberStyle style) => style switch
    {
        NumberStyle.Money => "#,##0\\ \"zł\"",
        NumberStyle.Percent => "0.0%",
        NumberStyle.Decimal => "#,##0.0",
        _ => "#,##0",
    };

    private static string Number(decimal value, NumberStyle style) => style switch
    {
        NumberStyle.Money => Domain.Values.PolishFormat.Money(value),
        NumberStyle.Percent => Domain.Values.PolishFormat.Number(value, 1) + "%",
        _ => Domain.Values.PolishFormat.Natural(value),
    };

    /// <summary>The chart's numbers as a workbook of one sheet (<see cref="Embedded"/>), for Word to embed in the chart.</summary>
    public static byte[] Workbook(Chart chart)
    {
        var data = DataOf(chart);
        using var stream = new MemoryStream();
        using (var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var book = workbook.AddWorkbookPart();
            book.Workbook = new S.Workbook();
            var sheet = book.AddNewPart<DocumentFormat.OpenXml.Packaging.WorksheetPart>();
            var rows = new S.SheetData();
            rows.Append(Row(1, [Text(0, 1, ""), .. data.Series.Select((s, i) => Text(i + 1, 1, s.Name))]));
            for (var r = 0; r < data.Categories.Count; r++)
                rows.Append(Row((uint)(r + 2), [Text(0, r + 2, data.Categories[r]), .. data.Series.Select((s, i) => Number(i + 1, r + 2, s.Values[r]))]));
            sheet.Worksheet = new S.Worksheet(rows);
            book.Workbook.AppendChild(new S.Sheets(new S.Sheet { Id = book.GetIdOfPart(sheet), SheetId = 1, Name = Embedded.Sheet }));
        }
        return stream.ToArray();

        static S.Row Row(uint index, S.Cell[] cells) => new(cells) { RowIndex = index };
        static S.Cell Text(int column, int row, string text) =>
            new(new S.InlineString(new S.Text(XmlText.Safe(text)))) { CellReference = $"{ColumnName(column)}{row}", DataType = S.CellValues.InlineString };
        static S.Cell Number(int column, int row, decimal value) =>
            new(new S.CellValue(value.ToString(CultureInfo.InvariantCulture))) { CellReference = $"{ColumnName(column)}{row}" };
    }

    /// <summary>'Wykresy'!$B$3:$B$8.</summary>
    private static string Address(Cells cells, int column, int fromRow, int toRow) =>
        $"'{cells.Sheet.Replace("'", "''")}'!${ColumnName(column)}${fromRow}:${ColumnName(column)}${toRow}";

    /// <summary>0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int column) => column < 26 ? ((char)('A' + column)).ToString() : ColumnName(column / 26 - 1) + (char)('A' + column % 26);
}
