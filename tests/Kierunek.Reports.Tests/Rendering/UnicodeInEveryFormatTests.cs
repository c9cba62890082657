using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Kierunek.Reports.Model;
using Kierunek.Reports.Rendering;

namespace Kierunek.Reports.Tests.Rendering;

/// <summary>A character of every Unicode category — NUL, other control characters, lone surrogates and U+FFFF
/// among them — in every place of a report where text goes, through every format: each file is still valid and
/// opens, what XML can hold is kept, and what it cannot shows as "�" (one such character once made every Word and
/// Excel report of a year fail).</summary>
public class UnicodeInEveryFormatTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The first character of each category, a surrogate pair (an emoji), and the characters XML forbids.</summary>
    private static readonly string[] Samples = Enumerable.Range(0, 0x10000)
        .Select(c => (char)c)
        .GroupBy(char.GetUnicodeCategory)
        .Select(g => g.First().ToString())
        .Concat(["😀", "\u0000", "\u0007", "\uFFFE", "\uFFFF"])
        .ToArray();

    private static readonly Report Report = new("Tytuł " + string.Concat(Samples), "Podtytuł " + string.Concat(Samples),
    [
        new Section("Rozdział " + string.Concat(Samples), 1,
        [
            new Paragraph("Akapit " + string.Concat(Samples)),
            new BulletList(Samples.Select(s => "punkt " + s).ToList()),
            new Table("Tabela " + string.Concat(Samples),
                [[new HeaderCell("Znak " + string.Concat(Samples)), new HeaderCell("Kod")]],
                Samples.Select(s => new Row([
                    new ReportCell("ą" + s + "ę") { Items = ["w tym " + s], Footnote = "przypis " + s, Warning = "uwaga " + s },
                    new ReportCell(string.Join(" ", s.Select(c => $"U+{(int)c:X4}"))),
                ])).ToList()),
        ]),
    ]);

    [Fact]
    public void The_sample_has_a_character_of_every_category() =>
        Assert.Equal(Enum.GetValues<UnicodeCategory>().Length, Samples.Take(Samples.Length - 5).Select(s => char.GetUnicodeCategory(s[0])).Distinct().Count());

    [Fact]
    public void Word_is_valid_and_keeps_every_character_xml_can_hold()
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(DocxReport.Render(Report)), false);
        var errors = new OpenXmlValidator().Validate(word, Ct).Take(5).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var text = word.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("ą😀ę", text);
        Assert.Contains("ą\uFFFDę", text); // NUL and the other forbidden ones, visibly replaced
        Assert.DoesNotContain('\u0000', text);
    }

    [Fact]
    public void Excel_is_valid_and_keeps_every_character_xml_can_hold()
    {
        using var book = SpreadsheetDocument.Open(new MemoryStream(XlsxReport.Render(Report)), false);
        var errors = new OpenXmlValidator().Validate(book, Ct).Take(5).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var text = string.Concat(book.WorkbookPart!.WorksheetParts.Select(p => p.Worksheet!.InnerText));
        Assert.Contains("ą😀ę", text);
        Assert.Contains("ą\uFFFDę", text);
    }

    [Fact]
    public async Task The_web_page_and_the_pdf_are_made()
    {
        var html = HtmlReport.Render(Report);
        Assert.Contains("ą😀ę", System.Net.WebUtility.HtmlDecode(html));
        if (!File.Exists(PdfReport.ChromiumPath)) Assert.Skip("Chromium is not installed (apt-get install chromium).");
        var pdf = await PdfReport.RenderAsync(Report, Ct);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
    }
}
