using DocumentFormat.OpenXml.Packaging;
using Kierunek.Domain.Ozps.Recommendations;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Domain.Values;
using Kierunek.Import;
using Kierunek.Import.Ozps;
using Kierunek.Import.Reading;
using Kierunek.Reports.Ozps;
using Kierunek.Reports.Rendering;
using Kierunek.TestSupport;
using System.Diagnostics;

namespace Kierunek.Reports.Tests.Ozps;

/// <summary>The council pack of Lubartów 2019 (seed 003): the assessment in brief with its indicators for 2018 and 2019
/// and the staffing rule, each recommendation with the strategy items it concerns, and those items' indicators in the
/// year — read back from the DOCX; its first page printed once to PNG for people to look at.</summary>
public class CouncilPackTests
{
    private static readonly StrategyItemRef Action = new("lublin", "p120", "6.1.1.", "Utrzymywanie ustawowego standardu zatrudnienia pracowników służb społecznych");

    private static Kierunek.Reports.Model.Report Pack()
    {
        var path = Directory.GetFiles(SeedFolder.Find()!, "003_*.txt").Single();
        var lubartow = OzpsDocumentReader.Read(SourceText.Load(path).Value!).Value!;
        RecordedValue V(string raw) => new(raw, ValueReader.Read(raw).Reading!);
        return CouncilPack.Build(lubartow, OzpsTemplate.ForYear(2019), 2019, "zatwierdzona",
            [new CouncilRecommendation("Zatrudnić brakujących pracowników socjalnych.", [Action]), new CouncilRecommendation("Rozwijać mieszkania wspomagane.", [])],
            [new LinkedProgress(Action, "Strategia Lublina", "zrealizowane", [new LinkedIndicator("liczba pracowników socjalnych", "osoby", V("170"), V("165"), V("169"))])]);
    }

    [Fact]
    public void The_pack_holds_the_assessment_the_recommendations_with_their_links_and_the_linked_items_year()
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(DocxReport.Render(Pack())), false);
        var body = word.MainDocumentPart!.Document!.Body!;
        var text = string.Join("\n", body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));

        Assert.Contains("Pakiet na sesję rady: ocena zasobów pomocy społecznej — Lubartów, 2019 r.", text);
        Assert.Contains("stan oceny: zatwierdzona", text);
        Assert.Contains("Warunek zatrudnienia pracowników socjalnych", text);
        Assert.Contains("1. Zatrudnić brakujących pracowników socjalnych.", text);
        Assert.Contains("Powiązane z pozycją strategii: 6.1.1. Utrzymywanie ustawowego standardu", text);
        Assert.Contains("Nie powiązano z pozycją strategii.", text);
        var rows = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Select(r => r.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Contains(rows, r => r.Count == 6 && r[0].StartsWith("6.1.1.") && r[1] == "zrealizowane" && r[3] == "170" && r[4] == "165" && r[5] == "169");
        Assert.Contains(rows, r => r.Count == 4 && r[0] == "Odsetek mieszkańców korzystających z pomocy i wsparcia");
    }

    [Fact]
    public async Task The_first_page_is_printed_to_png_for_review()
    {
        if (!File.Exists(PdfReport.ChromiumPath) || !File.Exists("/usr/bin/pdftoppm"))
        {
            if (Environment.GetEnvironmentVariable("CI") == "true") throw new InvalidOperationException("Chromium or poppler-utils is missing.");
            Assert.Skip("Chromium or poppler-utils is not installed.");
        }
        using var pdf = new TemporaryFile(".pdf");
        await File.WriteAllBytesAsync(pdf.Path, await PdfReport.RenderAsync(Pack(), TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        var folder = Path.Combine(Root(), "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true };
        foreach (var a in new[] { "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf.Path, Path.Combine(folder, "ozps-pakiet-rady-strona-1") }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, process.ExitCode);
        Assert.True(new FileInfo(Path.Combine(folder, "ozps-pakiet-rady-strona-1.png")).Length > 10_000);
    }

    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Kierunek.slnx"))) directory = directory.Parent;
        return directory?.FullName ?? AppContext.BaseDirectory;
    }
}
