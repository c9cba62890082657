using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Kierunek.Import.Tests;
using Kierunek.Reports.Model;
using Kierunek.Reports.Rendering;
using Kierunek.Reports.Strategies;
using System.Globalization;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace Kierunek.Reports.Tests.Rendering;

/// <summary>Word and Excel get their charts as Office charts with the numbers in them, not pictures: valid, each with
/// the chart's title and description as alternative text, and series that read back as the report's numbers — in
/// Word also from the workbook embedded for "Edit data", in Excel from the sheet's cells the chart is drawn from.</summary>
public class OfficeChartsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly Report Attainment = AttainmentReport.Build(SeedFiles.RopsReport, 2016);
    private static readonly List<Chart> Charts = ChartImages.ChartsIn(Attainment).ToList();

    [Fact]
    public void Word_holds_each_chart_as_a_chart_with_its_numbers_its_workbook_and_its_description()
    {
        // The numbers are the report's: an indicator's values by year, and its target as a series of its own.
        var trend = Charts.OfType<TrendChart>().First(c => c.Target is not null);
        var data = OfficeCharts.DataOf(trend);
        Assert.Equal(trend.Points.Select(p => p.Year.ToString(CultureInfo.InvariantCulture)), data.Categories);
        var scale = trend.Style == NumberStyle.Percent ? 100m : 1m;
        Assert.Equal(trend.Points.Select(p => p.Value / scale), data.Series[0].Values);
        Assert.Equal(Enumerable.Repeat(trend.Target!.Value / scale, trend.Points.Count), data.Series[1].Values);
        Assert.StartsWith("Wartość docelowa: ", data.Series[1].Name);
        // A percentage travels as Office keeps one, a fraction shown by "0.0%": 78% is 0,78, not 78 shown as 7 800%.
        var percent = Charts.OfType<TrendChart>().First(c => c.Style == NumberStyle.Percent);
        Assert.Equal(percent.Points[0].Value / 100m, OfficeCharts.DataOf(percent).Series[0].Values[0]);
        Assert.Equal("0.0%", OfficeCharts.Of(percent, OfficeCharts.Embedded).Descendants<C.FormatCode>().First().Text);
        using var word = WordprocessingDocument.Open(new MemoryStream(DocxReport.Render(Attainment)), false);
        Assert.Empty(new OpenXmlValidator().Validate(word, Ct).Take(5).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var main = word.MainDocumentPart!;
        Assert.Empty(main.ImageParts);
        var frames = main.Document!.Body!.Descendants<DW.Inline>().ToList();
        Assert.Equal(Charts.Select(c => (c.Title, c.Description)), frames.Select(f => (f.DocProperties!.Title!.Value!, f.DocProperties.Description!.Value!)));

        for (var i = 0; i < Charts.Count; i++)
        {
            var part = (ChartPart)main.GetPartById(frames[i].Descendants<C.ChartReference>().Single().Id!.Value!);
            var expected = OfficeCharts.DataOf(Charts[i]);
            Assert.Equal(Series(expected), SeriesIn(part.ChartSpace!));
            Assert.Equal(Charts[i].Title, part.ChartSpace!.Descendants<C.Title>().Single().InnerText);

            using var workbook = SpreadsheetDocument.Open(part.EmbeddedPackagePart!.GetStream(), false);
            var cells = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!, Read);
            Assert.Equal(Series(expected), SeriesIn(part.ChartSpace!, formula => Range(formula).Select(a => cells[a]).ToList()));
        }
    }

    [Fact]
    public void Excel_draws_each_chart_from_the_cells_of_its_numbers()
    {
        using var book = SpreadsheetDocument.Open(new MemoryStream(XlsxReport.Render(Attainment)), false);
        Assert.Empty(new OpenXmlValidator().Validate(book, Ct).Take(5).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var sheet = book.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name!.Value == "Wykresy");
        var part = (WorksheetPart)book.WorkbookPart.GetPartById(sheet.Id!.Value!);
        var cells = part.Worksheet!.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!, Read);
        var drawing = part.DrawingsPart!;
        Assert.Empty(drawing.ImageParts);
        var frames = drawing.WorksheetDrawing!.Descendants<Xdr.GraphicFrame>().ToList();
        Assert.Equal(Charts.Select(c => c.Description), frames.Select(f => f.NonVisualGraphicFrameProperties!.NonVisualDrawingProperties!.Description!.Value));

        for (var i = 0; i < Charts.Count; i++)
        {
            var chart = (ChartPart)drawing.GetPartById(frames[i].Descendants<C.ChartReference>().Single().Id!.Value!);
            Assert.Equal(Series(OfficeCharts.DataOf(Charts[i])), SeriesIn(chart.ChartSpace!, formula =>
            {
                Assert.StartsWith("'Wykresy'!", formula);
                return Range(formula).Select(a => cells[a]).ToList();
            }));
        }
    }

    /// <summary>LibreOffice draws the Word charts from their numbers (no picture to fall back on): the first page with a
    /// chart, printed to PNG for a person to look at (artifacts/screenshots/docx-wykres-libreoffice.png). CI installs
    /// LibreOffice (.ci/run) and fails without it; elsewhere the test runs where it is installed.</summary>
    [Fact]
    public async Task A_word_page_with_a_chart_renders_in_LibreOffice_to_png_for_review()
    {
        if (!File.Exists("/usr/bin/soffice") || !File.Exists("/usr/bin/pdftoppm"))
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
                throw new InvalidOperationException("LibreOffice or poppler-utils is missing: .ci/run must install libreoffice-writer-nogui and poppler-utils.");
            Assert.Skip("LibreOffice (libreoffice-writer-nogui) or poppler-utils is not installed.");
        }
        var folder = Directory.CreateTempSubdirectory("kierunek-docx-chart-");
        try
        {
            var docx = Path.Combine(folder.FullName, "wykresy.docx");
            await File.WriteAllBytesAsync(docx, DocxReport.Render(Attainment), Ct);
            await RunAsync("soffice", "--headless", $"-env:UserInstallation=file://{folder.FullName}/profil", "--convert-to", "pdf", "--outdir", folder.FullName, docx);
            var pdf = Path.Combine(folder.FullName, "wykresy.pdf");
            var pages = (await RunAsync("pdftotext", "-layout", pdf, "-")).Split('\f');
            // The chart's own title is text LibreOffice drew inside the chart; the caption below it repeats it, so the
            // legend's target series, which only the chart has, tells that the chart was drawn.
            var page = Array.FindIndex(pages, p => p.Contains("Wartość docelowa:", StringComparison.Ordinal)) + 1;
            Assert.True(page > 0, "LibreOffice nie narysował wykresu (brak legendy z wartością docelową w PDF).");
            var screenshots = Path.Combine(Root(), "artifacts", "screenshots");
            Directory.CreateDirectory(screenshots);
            await RunAsync("pdftoppm", "-png", "-r", "80", "-f", $"{page}", "-l", $"{page}", "-singlefile", pdf, Path.Combine(screenshots, "docx-wykres-libreoffice"));
            Assert.True(new FileInfo(Path.Combine(screenshots, "docx-wykres-libreoffice.png")).Length > 10_000);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<string> RunAsync(string program, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(Ct);
        var errors = process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        Assert.True(process.ExitCode == 0, $"{program}: {await errors}");
        return await output;
    }

    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Kierunek.slnx"))) directory = directory.Parent;
        return directory?.FullName ?? AppContext.BaseDirectory;
    }

    /// <summary>Each series as its name, categories and numbers (in the invariant culture).</summary>
    private static List<string> Series(OfficeCharts.Data data) =>
        data.Series.Select(s => $"{s.Name} | {string.Join(";", data.Categories)} | {string.Join(";", s.Values.Select(v => v.ToString(CultureInfo.InvariantCulture)))}").ToList();

    /// <summary>The chart's series read back from its caches, or — given a reader of formulas — from the cells they name.</summary>
    private static List<string> SeriesIn(C.ChartSpace space, Func<string, List<string>>? cells = null) =>
        space.Descendants().Where(e => e is C.BarChartSeries or C.LineChartSeries).Select(s =>
        {
            List<string> Of(DocumentFormat.OpenXml.OpenXmlElement? reference) => cells is null
                ? reference!.Descendants<C.NumericValue>().Select(v => v.Text).ToList()
                : cells(reference!.Descendants<C.Formula>().Single().Text);
            var name = Of(s.GetFirstChild<C.SeriesText>());
            var categories = Of(s.GetFirstChild<C.CategoryAxisData>());
            var values = Of(s.GetFirstChild<C.Values>()).Select(v => decimal.Parse(v, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
            return $"{name.Single()} | {string.Join(";", categories)} | {string.Join(";", values)}";
        }).ToList();

    /// <summary>'Wykresy'!$B$4:$B$9 → B4, B5, … B9 (one column).</summary>
    private static IEnumerable<string> Range(string formula)
    {
        var range = formula[(formula.LastIndexOf('!') + 1)..].Replace("$", "").Split(':');
        var column = new string(range[0].TakeWhile(char.IsLetter).ToArray());
        var (from, to) = (int.Parse(range[0][column.Length..]), int.Parse(range[^1][column.Length..]));
        return Enumerable.Range(from, to - from + 1).Select(r => column + r);
    }

    private static string Read(Cell cell) => cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? "";
}
