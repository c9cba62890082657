using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Kierunek.Import.Tests;
using Kierunek.Reports.Kinds;
using Kierunek.Reports.Model;
using Kierunek.Reports.Rendering;
using ReportTable = Kierunek.Reports.Model.Table;

namespace Kierunek.Reports.Tests.Rendering;

/// <summary>The workbook read back with the OpenXML SDK: a sheet per table, numbers as numeric cells
/// with number formats, everything else as its text, header rows frozen.</summary>
public class XlsxReportTests
{
    private static readonly Report Lublin = ImplementationReport.Build(SeedFiles.LublinReport, 2020);
    private static readonly Report Belchatow = MultiYearReport.Build(SeedFiles.BelchatowReport, [2021, 2022, 2023]);

    [Fact]
    public void The_workbook_is_valid_and_has_a_sheet_per_table()
    {
        using var book = Open(Lublin);
        var errors = new OpenXmlValidator().Validate(book, TestContext.Current.CancellationToken).Take(5).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Equal(22, book.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Count());
        Assert.All(book.WorkbookPart.Workbook.Sheets.Elements<Sheet>(), s => Assert.True(s.Name!.Value!.Length <= 31));
    }

    [Fact]
    public void Numbers_are_numeric_cells_and_everything_else_keeps_its_text()
    {
        using var book = Open(Lublin);
        var cells = AllCells(book).ToList();
        var numeric = cells.Where(c => c.DataType?.Value == CellValues.Number).Select(c => decimal.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        var texts = cells.Where(c => c.DataType?.Value == CellValues.InlineString).Select(c => c.InlineString!.InnerText).ToHashSet();
        var reportCells = Lublin.Sections.SelectMany(s => s.Blocks).OfType<ReportTable>().SelectMany(t => t.Rows).SelectMany(r => r.Cells).ToList();
        foreach (var cell in reportCells.Where(c => c.Number is not null && c.Items.Count == 0 && c.Warning is null))
            Assert.Contains(cell.Number!.Value, numeric);
        Assert.Contains(72_344_401.00m, numeric);
        Assert.Contains("b.d.", texts);
        Assert.Contains("x", texts);
        Assert.Contains("W ramach działalności statutowej", texts);
        Assert.DoesNotContain(texts, t => t == "0");
    }

    [Fact]
    public void Money_and_percent_have_number_formats()
    {
        using var book = Open(Lublin);
        var formats = book.WorkbookPart!.WorkbookStylesPart!.Stylesheet!.NumberingFormats!.Elements<NumberingFormat>().Select(f => f.FormatCode!.Value).ToList();
        Assert.Contains("#,##0.00\\ \"zł\"", formats);
        Assert.Contains("0.0%", formats);
    }

    [Fact]
    public void Header_rows_are_frozen()
    {
        using var book = Open(Lublin);
        var pane = book.WorkbookPart!.WorksheetParts.First().Worksheet!.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(3d, pane.VerticalSplit!.Value); // caption and two header rows
    }

    [Fact]
    public void Lists_and_approximations_stay_text()
    {
        using var book = Open(Belchatow);
        var texts = AllCells(book).Where(c => c.DataType?.Value == CellValues.InlineString).Select(c => c.InlineString!.InnerText).ToList();
        Assert.Contains("ok. 3\u00A0700", texts);
        Assert.Contains(texts, t => t.Contains("• przemoc – 124"));
    }

    private static IEnumerable<Cell> AllCells(SpreadsheetDocument book) =>
        book.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet!.Descendants<Cell>());

    private static SpreadsheetDocument Open(Report report) => SpreadsheetDocument.Open(new MemoryStream(XlsxReport.Render(report)), false);
}
