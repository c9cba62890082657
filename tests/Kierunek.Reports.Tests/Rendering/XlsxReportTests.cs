using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Kierunek.Import.Tests;
using Kierunek.Reports.Model;
using Kierunek.Reports.Rendering;
using Kierunek.Reports.Strategies;
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
        Assert.Equal(22 + 1, book.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Count()); // a sheet per table, and the charts
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
        foreach (var cell in reportCells.Where(c => c.Number is not null && c.Items.Count == 0))
            Assert.Contains(cell.Number!.Value, numeric);
        Assert.Contains(72_344_401.00m, numeric);
        Assert.Contains("b.d.", texts);
        Assert.Contains("x", texts);
        Assert.Contains("W ramach działalności statutowej", texts);
        Assert.DoesNotContain(texts, t => t == "0");
    }

    [Theory]
    [InlineData("realizacja")]
    [InlineData("wskazniki")]
    [InlineData("osiagniecie")]
    [InlineData("wieloletni")]
    public void For_every_seed_numbers_read_back_as_numbers_and_the_rest_as_its_text(string kind)
    {
        var report = ReportKinds.Build(ReportKinds.ByName[kind], kind switch
        {
            "realizacja" => SeedFiles.LublinReport,
            "wskazniki" => SeedFiles.BialystokReport,
            "wieloletni" => SeedFiles.BelchatowReport,
            _ => SeedFiles.RopsReport,
        }, kind is "realizacja" or "wskazniki" ? 2020 : 2016, [2021, 2022, 2023]);
        using var book = Open(report);
        // The tables' sheets: the charts' sheet labels its numbers with years, which are text there.
        var cells = TableSheets(book).SelectMany(p => p.Worksheet!.Descendants<Cell>()).ToList();
        var numbers = cells.Where(c => c.DataType?.Value == CellValues.Number).Select(Number).ToHashSet();
        var texts = cells.Where(c => c.DataType?.Value == CellValues.InlineString).Select(Text).ToHashSet();
        var reportCells = report.Sections.SelectMany(s => s.Blocks).OfType<ReportTable>().SelectMany(t => t.Rows).SelectMany(r => r.Cells).ToList();
        Assert.All(reportCells.Where(c => c.Number is not null && c.Items.Count == 0), c => Assert.Contains(c.Number!.Value, numbers));
        Assert.All(reportCells.Where(c => c.Number is null && c.Items.Count == 0 && c.Text.Length > 0),
            c => Assert.Contains(texts, t => t.StartsWith(c.Text, StringComparison.Ordinal)));
        // A number never hides as text ("163 600,00 zł" typed into a cell would not add up).
        Assert.All(reportCells.Where(c => c.Number is not null && c.Items.Count == 0), c => Assert.DoesNotContain(c.Text, texts));
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

    [Fact]
    public void Every_goal_total_is_a_formula_over_the_cost_rows_it_adds_up()
    {
        using var book = Open(Lublin);
        var goalSheets = book.WorkbookPart!.WorksheetParts.Where(p => Cells(p).Any(c => Text(c).StartsWith("Razem cel ", StringComparison.Ordinal))).ToList();
        Assert.Equal(SeedFiles.LublinReport.AllNodes().Count(n => n.Kind == Domain.Strategies.NodeKind.SpecificGoal), goalSheets.Count);
        var formulas = 0;
        foreach (var sheet in goalSheets)
        {
            var cells = Cells(sheet).ToDictionary(c => c.CellReference!.Value!);
            var razem = Cells(sheet).Single(c => Text(c).StartsWith("Razem cel ", StringComparison.Ordinal));
            var row = RowOf(razem.CellReference!);
            foreach (var total in cells.Values.Where(c => RowOf(c.CellReference!) == row && c.DataType?.Value == CellValues.Number))
            {
                Assert.NotNull(total.CellFormula);
                Assert.Equal(Number(total), Evaluate(total.CellFormula.Text, cells));
                formulas++;
            }
        }
        Assert.True(formulas >= goalSheets.Count, $"{formulas} formulas");
    }

    [Fact]
    public void Multi_year_actions_are_left_out_of_the_total_formula_as_the_document_says()
    {
        using var book = Open(Lublin);
        var formulas = AllCells(book).Where(c => c.CellFormula is not null).Select(c => c.CellFormula!.Text).ToList();
        // Seed 000 leaves multi-year actions out of its totals: some goal's sum skips rows between its parts.
        Assert.Contains(formulas, f => f.Contains(','));
    }

    [Fact]
    public void Main_goal_totals_add_up_their_goals_in_the_summary_sheet()
    {
        using var book = Open(Lublin);
        var summary = book.WorkbookPart!.WorksheetParts.Single(p => Cells(p).Any(c => Text(c) == "Koszty według celów i źródeł finansowania (wyliczone z działań)"));
        var cells = Cells(summary).ToDictionary(c => c.CellReference!.Value!);
        var totals = cells.Values.Where(c => c.CellFormula is not null).ToList();
        Assert.True(totals.Count >= 6, $"{totals.Count} formulas");
        Assert.All(totals, t => Assert.Equal(Number(t), Evaluate(t.CellFormula!.Text, cells)));
    }

    [Fact]
    public void A_total_that_differs_from_the_printed_one_stays_a_number_and_says_what_was_printed()
    {
        using var book = Open(Lublin);
        var texts = AllCells(book).Select(Text).ToList();
        Assert.Contains("Różnice z sumami w dokumencie", texts);
        Assert.Contains(texts, t => t.StartsWith("Koszt działania: ⚠ wydrukowano ", StringComparison.Ordinal));
    }

    /// <summary>Adds up "SUM(F5:F9,F12)" the way a spreadsheet would: numbers count, text does not.</summary>
    private static decimal Evaluate(string formula, IReadOnlyDictionary<string, Cell> cells)
    {
        var match = System.Text.RegularExpressions.Regex.Match(formula, @"^SUM\((.+)\)$");
        Assert.True(match.Success, formula);
        var sum = 0m;
        foreach (var range in match.Groups[1].Value.Split(','))
        {
            var ends = range.Split(':');
            var column = new string(ends[0].TakeWhile(char.IsLetter).ToArray());
            for (var row = RowOf(ends[0]); row <= RowOf(ends[^1]); row++)
                if (cells.TryGetValue(column + row, out var cell) && cell.DataType?.Value == CellValues.Number) sum += Number(cell);
        }
        return sum;
    }

    private static int RowOf(string reference) => int.Parse(new string(reference.SkipWhile(char.IsLetter).ToArray()));

    private static decimal Number(Cell cell) => decimal.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture);

    private static string Text(Cell cell) => cell.InlineString?.InnerText ?? "";

    private static IEnumerable<Cell> Cells(WorksheetPart sheet) => sheet.Worksheet!.Descendants<Cell>();

    private static IEnumerable<WorksheetPart> TableSheets(SpreadsheetDocument book) =>
        book.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Where(s => s.Name!.Value != "Wykresy").Select(s => (WorksheetPart)book.WorkbookPart.GetPartById(s.Id!.Value!));

    private static IEnumerable<Cell> AllCells(SpreadsheetDocument book) =>
        book.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet!.Descendants<Cell>());

    private static SpreadsheetDocument Open(Report report) => SpreadsheetDocument.Open(new MemoryStream(XlsxReport.Render(report)), false);
}
