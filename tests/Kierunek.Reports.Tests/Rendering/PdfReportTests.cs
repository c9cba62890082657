using Kierunek.Domain.Strategies;
using Kierunek.Domain.Strategies.Checks;
using Kierunek.Domain.Values;
using Kierunek.Import.Tests;
using Kierunek.Reports.Rendering;
using Kierunek.Reports.Strategies;
using Kierunek.TestSupport;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Kierunek.Reports.Tests.Rendering;

/// <summary>The seed-000 report printed by headless Chromium, read back with poppler: its text holds the
/// first goal's actions and totals, pages are A4 and numbered, header rows repeat on continued pages.
/// Every page is rendered to PNG under artifacts/renderings/ for people to look at.</summary>
public class PdfReportTests : IClassFixture<PdfReportTests.SeedPdf>
{
    private readonly SeedPdf pdf;

    public PdfReportTests(SeedPdf pdf) => this.pdf = pdf;

    [Fact]
    public void The_first_goals_actions_and_totals_are_in_the_pdf_text()
    {
        var document = SeedFiles.LublinReport;
        var goal = document.AllNodes().First(n => n.Kind == NodeKind.SpecificGoal);
        var text = pdf.Text(firstPage: 1, lastPage: 5);
        var measures = goal.SelfAndDescendants().Where(n => n.Kind == NodeKind.Measure).ToList();
        Assert.True(measures.Count >= 5);
        foreach (var measure in measures) Assert.Contains(Spaced(measure.Title!), text);
        var totals = CostTotaller.ForNode(goal, document.CostRule);
        Assert.Contains($"Razem cel {goal.Code} {Spaced(PolishFormat.Money(totals.Total!.Value))}", text);
        Assert.Contains(Spaced(PolishFormat.Money(totals.Gmina!.Value)), text);
        Assert.Contains("Razem cel 1.1 163 600,00 zł – 163 600,00 zł –", text); // as printed in the seed: no state or other funds
    }

    [Fact]
    public void Pages_are_a4_and_numbered()
    {
        var info = Poppler("pdfinfo", pdf.Path);
        var pages = int.Parse(Regex.Match(info, @"Pages:\s+(\d+)").Groups[1].Value);
        Assert.True(pages > 10, info);
        Assert.Matches(@"Page\s+1 size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)", Poppler("pdfinfo", "-f", "1", "-l", "1", pdf.Path));
        Assert.Contains($"Strona 1 z {pages}", pdf.Text(1, 1));
        Assert.Contains($"Strona {pages} z {pages}", pdf.Text(pages, pages));
    }

    [Fact]
    public void Wide_tables_are_printed_on_landscape_pages()
    {
        var sizes = Poppler("pdfinfo", "-f", "2", "-l", "2", pdf.Path);
        Assert.Matches(@"Page\s+2 size:\s+84[12](\.\d+)? x 59[45](\.\d+)? pts \(A4\)", sizes);
    }

    [Fact]
    public void Header_rows_repeat_on_every_page_a_table_continues_on()
    {
        var tablePages = Enumerable.Range(2, 6).Select(p => pdf.Text(p, p)).Where(t => !t.Contains("Podsumowanie kosztów")).ToList();
        Assert.All(tablePages, page => Assert.Contains("Źródła finansowania", page));
        // Goal 1.1's table runs over more than one page, so the repetition is not just a new table's header.
        Assert.DoesNotContain("Cel szczegółowy 1.2", pdf.Text(2, 2));
        Assert.DoesNotContain("Razem cel 1.1", pdf.Text(2, 2));
    }

    [Fact]
    public void Every_page_is_rendered_to_png_for_review()
    {
        var pngs = Directory.GetFiles(pdf.RenderingDirectory, "*.png");
        Assert.Equal(int.Parse(Regex.Match(Poppler("pdfinfo", pdf.Path), @"Pages:\s+(\d+)").Groups[1].Value), pngs.Length);
    }

    /// <summary>Prints the seed-000 report once for all the tests; in CI a missing Chromium or poppler fails.</summary>
    public sealed class SeedPdf : IAsyncLifetime
    {
        private readonly TemporaryFile file = new(".pdf");

        public string Path => file.Path;
        public string RenderingDirectory { get; } = System.IO.Path.Combine(RepositoryRoot(), "artifacts", "renderings", "000-realizacja-pdf");

        public async ValueTask InitializeAsync()
        {
            if (!File.Exists(PdfReport.ChromiumPath) || !File.Exists("/usr/bin/pdftotext"))
            {
                if (Environment.GetEnvironmentVariable("CI") == "true")
                    throw new InvalidOperationException("Chromium or poppler-utils is missing: .ci/run must install chromium and poppler-utils.");
                return;
            }
            var report = ImplementationReport.Build(SeedFiles.LublinReport, 2020);
            await File.WriteAllBytesAsync(Path, await PdfReport.RenderAsync(report));
            if (Directory.Exists(RenderingDirectory)) Directory.Delete(RenderingDirectory, recursive: true);
            Directory.CreateDirectory(RenderingDirectory);
            Poppler("pdftoppm", "-png", "-r", "60", Path, System.IO.Path.Combine(RenderingDirectory, "strona"));
        }

        /// <summary>The text of the pages in the order it was printed (cell after cell), spaces (non-breaking ones too) and line breaks made single spaces.</summary>
        public string Text(int? firstPage = null, int? lastPage = null)
        {
            if (!File.Exists(Path)) Assert.Skip("Chromium or poppler-utils is not installed (apt-get install chromium poppler-utils).");
            List<string> arguments = firstPage is { } f ? ["-raw", "-f", f.ToString(), "-l", (lastPage ?? f).ToString()] : ["-raw"];
            return Regex.Replace(Poppler("pdftotext", [.. arguments, Path, "-"]), @"[\s\u00A0]+", " ");
        }

        public ValueTask DisposeAsync() => file.DisposeAsync();

        private static string RepositoryRoot()
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Kierunek.slnx"))) directory = directory.Parent;
            // Outside a clone, next to the test binaries: the renderings are kept for people, so not in the temp folder.
            return directory?.FullName ?? AppContext.BaseDirectory;
        }
    }

    private static string Spaced(string text) => Regex.Replace(text, @"[\s\u00A0]+", " ").Trim();

    internal static string Poppler(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {error}");
        return output;
    }
}
