using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Values;
using Kierunek.Import.Tests;
using Kierunek.Reports.Model;
using Kierunek.Reports.Rendering;
using System.Collections.Concurrent;
using Footnote = DocumentFormat.OpenXml.Wordprocessing.Footnote;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using ReportTable = Kierunek.Reports.Model.Table;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace Kierunek.Reports.Tests.Rendering;

/// <summary>The Word documents, read back with the OpenXML SDK: valid, every table and value there,
/// header rows repeated, wide tables on landscape pages, notes as footnotes, a table of contents.</summary>
public class DocxReportTests
{
    public static TheoryData<string> Kinds => ["realizacja", "wskazniki", "osiagniecie", "wieloletni", "wnioski"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_document_is_valid_open_xml(string kind)
    {
        using var word = Open(kind);
        var errors = new OpenXmlValidator().Validate(word, TestContext.Current.CancellationToken).Take(5).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_table_and_every_cell_text_of_the_report_is_in_the_document(string kind)
    {
        var report = Rendered(kind).Report;
        using var word = Open(kind);
        var body = word.MainDocumentPart!.Document!.Body!;
        var tables = report.Sections.SelectMany(Flatten).OfType<ReportTable>().ToList();
        Assert.Equal(tables.Count, body.Elements<WordTable>().Count());
        var wordCells = body.Descendants<TableCell>().Select(c => string.Join("\n", c.Elements<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))))).ToHashSet();
        foreach (var cell in tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells).Where(c => c.Text.Length > 0))
            Assert.Contains(wordCells, w => w.StartsWith(cell.Text, StringComparison.Ordinal));
    }

    /// <summary>Seed by seed, from the stored document — not from the report — into Word and back.</summary>
    [Theory]
    [InlineData("realizacja", 22)] // 21 specific goals and the cost summary
    [InlineData("wskazniki", 7)]   // a table per strategic goal
    [InlineData("osiagniecie", 5)] // a table per goal
    [InlineData("wieloletni", 5)]  // a table per strategic goal
    public void Every_stored_indicator_value_and_cost_is_in_the_document_as_stored_in_polish_format(string kind, int tables)
    {
        using var word = Open(kind);
        var body = word.MainDocumentPart!.Document!.Body!;
        Assert.Equal(tables, body.Elements<WordTable>().Count());
        var cells = body.Descendants<TableCell>().Select(c => string.Join("\n", c.Elements<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))))).ToList();
        var document = Document(kind);
        var values = document.AllIndicators().SelectMany(i => i.Values)
            .Where(v => kind == "wieloletni" ? v.Period.FromYear is >= 2021 and <= 2023 : kind == "realizacja" || v.Period.FromYear <= Year(kind) && Year(kind) <= v.Period.ToYear)
            .Select(v => v.Value);
        var costs = document.AllNodes().SelectMany(n => n.Costs).SelectMany(c => new[] { c.Total, c.State, c.Gmina, c.Other }).OfType<RecordedValue>();
        var expected = values.Concat(costs).Select(v => ValueCells.Of(v).Text).Where(t => t.Length > 0).ToList();
        Assert.NotEmpty(expected);
        Assert.All(expected, text => Assert.Contains(cells, c => c.StartsWith(text, StringComparison.Ordinal)));
    }

    [Fact]
    public void Header_rows_repeat_and_wide_tables_stand_on_landscape_pages()
    {
        using var word = Open("realizacja");
        var body = word.MainDocumentPart!.Document!.Body!;
        Assert.All(body.Elements<WordTable>(), t => Assert.NotNull(t.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>()));
        Assert.Contains(body.Descendants<PageSize>(), p => p.Orient?.Value == PageOrientationValues.Landscape);
        Assert.Contains(body.Descendants<FieldCode>(), f => f.Text.Contains("TOC"));
        var contents = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "TOC1").Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))).ToList();
        Assert.Equal(22, contents.Count); // every goal and the cost summary, listed before Word numbers the pages
        Assert.StartsWith("Cel szczegółowy 1.1.", contents[0]);
        Assert.Contains(word.MainDocumentPart.FooterParts.Single().Footer!.Descendants<SimpleField>(), f => f.Instruction!.Value!.Trim() == "PAGE");
    }

    [Fact]
    public void The_implementation_report_holds_every_cost_in_polish_format_and_the_goal_totals()
    {
        using var word = Open("realizacja");
        var text = string.Concat(word.MainDocumentPart!.Document!.Body!.Descendants<Text>().Select(t => t.Text + "|"));
        Assert.Contains("|72\u00A0344\u00A0401,00\u00A0zł|", text);
        Assert.Contains("|Razem cel 1.1|", text);
        Assert.Contains("|163\u00A0600,00\u00A0zł|", text);
        Assert.Contains(" ⚠ wydrukowano 4\u00A0500,00\u00A0zł", text);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_row_fills_the_grid_and_every_column_has_a_width(string kind)
    {
        using var word = Open(kind);
        foreach (var table in word.MainDocumentPart!.Document!.Body!.Elements<WordTable>())
        {
            var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => long.Parse(c.Width!.Value!)).ToList();
            Assert.All(grid, w => Assert.True(w >= 400, $"column of {w} twips"));
            foreach (var row in table.Elements<TableRow>())
            {
                var cells = row.Elements<TableCell>().ToList();
                Assert.Equal(grid.Count, cells.Sum(c => c.TableCellProperties?.GridSpan?.Val?.Value ?? 1));
                Assert.Equal(grid.Sum(), cells.Sum(c => long.Parse(c.TableCellProperties!.TableCellWidth!.Width!.Value!)));
            }
        }
    }

    [Fact]
    public void Notes_become_footnotes()
    {
        using var word = Open("osiagniecie");
        var notes = word.MainDocumentPart!.FootnotesPart!.Footnotes!.Elements<Footnote>().Where(f => f.Id! > 0).ToList();
        Assert.Equal(25, notes.Count); // one data source per indicator
        Assert.Contains("Opracowanie własne na podstawie danych z Oceny Zasobów Pomocy Społecznej", notes[0].InnerText);
    }

    // Each kind is built and rendered once and read by every test: the documents are only read, and drawing the charts
    // of the 86-page implementation report again for each of its tests was most of this class's time.
    private static readonly ConcurrentDictionary<string, Lazy<(Report Report, byte[] Docx)>> Cache = new();

    private static (Report Report, byte[] Docx) Rendered(string kind) => Cache.GetOrAdd(kind, k => new(() =>
    {
        var report = ReportKinds.Build(ReportKinds.ByName[k], Document(k), Year(k), [2021, 2022, 2023]);
        return (report, DocxReport.Render(report));
    })).Value;

    private static StrategyDocument Document(string kind) => kind switch
    {
        "realizacja" => SeedFiles.LublinReport,
        "wieloletni" => SeedFiles.BelchatowReport,
        "wskazniki" => SeedFiles.BialystokReport,
        _ => SeedFiles.RopsReport,
    };

    private static int Year(string kind) => kind switch { "realizacja" or "wskazniki" => 2020, "wieloletni" => 2023, _ => 2016 };

    private static WordprocessingDocument Open(string kind) =>
        WordprocessingDocument.Open(new MemoryStream(Rendered(kind).Docx, writable: false), false);

    private static IEnumerable<Block> Flatten(Section section) =>
        section.Blocks.SelectMany(b => b is Section s ? Flatten(s) : [b]);
}
