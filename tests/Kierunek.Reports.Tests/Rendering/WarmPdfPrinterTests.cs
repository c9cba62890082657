using Kierunek.Reports.Model;
using Kierunek.Reports.Rendering;
using Kierunek.TestSupport;

namespace Kierunek.Reports.Tests.Rendering;

/// <summary>The application's PDF printer keeps one browser for every PDF, prints several at once, and starts a new
/// browser when the one it had is gone.</summary>
public class WarmPdfPrinterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Report Report(int n) => new($"Sprawozdanie {n}", "Próba drukarki",
        [new Section("Rozdział", 1, [new Paragraph($"Akapit numer {n}: zażółć gęślą jaźń.")])]);

    [Fact]
    public async Task Several_pdfs_at_once_are_printed_by_one_browser()
    {
        if (!File.Exists(PdfReport.ChromiumPath)) Assert.Skip("Chromium is not installed (apt-get install chromium).");
        await using var printer = new WarmPdfPrinter(pages: 2);

        var pdfs = await Task.WhenAll(Enumerable.Range(1, 5).Select(n => printer.PrintAsync(Report(n), Ct)));

        Assert.All(pdfs, pdf => Assert.Equal("%PDF"u8.ToArray(), pdf[..4]));
        Assert.Equal(1, printer.Starts);
    }

    [Fact]
    public async Task A_page_kept_warm_prints_the_next_report_with_nothing_of_the_last()
    {
        if (!File.Exists(PdfReport.ChromiumPath) || !File.Exists("/usr/bin/pdftotext")) Assert.Skip("Chromium or poppler-utils is not installed.");
        await using var printer = new WarmPdfPrinter(pages: 1);
        var first = await printer.PrintAsync(Report(1), Ct);
        Assert.Equal(1, printer.IdlePages);

        var second = await printer.PrintAsync(Report(2), Ct);

        Assert.Equal(1, printer.IdlePages); // the same page, not a second one
        Assert.Contains("Akapit numer 1", TextOf(first));
        var text = TextOf(second);
        Assert.Contains("Akapit numer 2: zażółć gęślą jaźń.", text);
        Assert.DoesNotContain("numer 1", text);
        Assert.Contains("Strona 1 z 1", text);
    }

    private static string TextOf(byte[] pdf)
    {
        using var file = new TemporaryFile(".pdf");
        File.WriteAllBytes(file.Path, pdf);
        return PdfReportTests.Poppler("pdftotext", "-raw", file.Path, "-");
    }

    [Fact]
    public async Task A_browser_that_went_away_is_started_again_on_the_next_print()
    {
        if (!File.Exists(PdfReport.ChromiumPath)) Assert.Skip("Chromium is not installed (apt-get install chromium).");
        await using var printer = new WarmPdfPrinter(pages: 1);
        await printer.PrintAsync(Report(1), Ct);

        await printer.CloseBrowserAsync();
        var pdf = await printer.PrintAsync(Report(2), Ct);

        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        Assert.Equal(2, printer.Starts);
    }
}
