using DocumentFormat.OpenXml.Packaging;
using Kierunek.Domain.Ozps;
using Kierunek.Domain.Ozps.Narrative;
using Kierunek.Domain.Ozps.Synthetic;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Import;
using Kierunek.Import.Ozps;
using Kierunek.Import.Reading;
using Kierunek.Import.Territory;
using Kierunek.Reports.Model;
using Kierunek.Reports.Ozps;
using Kierunek.Reports.Rendering;

namespace Kierunek.Reports.Tests.Ozps;

/// <summary>The OZPS document of Lubartów 2019 from seed 003: the template tables with numbered rows and three
/// columns, the indicators with the unreproducible 4,23% flagged, the staffing check, the comparisons and barometer
/// over the voivodeship (synthetic neighbours, said so), the narrative and the suggested conclusions.</summary>
public class OzpsUnitReportTests
{
    private static readonly OzpsTemplate Template = OzpsTemplate.ForYear(2019);

    private static readonly Lazy<(OzpsUnitData Lubartow, IReadOnlyList<OzpsUnitData> Region)> Data = new(() =>
    {
        var path = Directory.GetFiles(SeedFolder.Find()!, "003_*.txt").Single();
        var lubartow = OzpsDocumentReader.Read(SourceText.Load(path).Value!).Value!;
        var others = OzpsGenerator.Generate(TercFile.Register, "06", 2018, 2019, seed: 5, Template).Where(u => u.Unit.Code != "0608011");
        return (lubartow, [lubartow, .. others]);
    });

    private static Report Build(IReadOnlyList<string>? conclusions = null) =>
        OzpsUnitReport.Build(Data.Value.Lubartow, Data.Value.Region, Template, 2019, NarrativeFile.Load(), conclusions);

    [Fact]
    public void The_recommendations_close_the_document_each_with_the_strategy_items_it_concerns()
    {
        var item = new Kierunek.Domain.Ozps.Recommendations.StrategyItemRef("lublin", "p120", "6.1.1.", "Utrzymywanie ustawowego standardu zatrudnienia pracowników służb społecznych");
        var report = OzpsUnitReport.Build(Data.Value.Lubartow, Data.Value.Region, Template, 2019, NarrativeFile.Load(), null,
            [new CouncilRecommendation("Zatrudnić brakujących pracowników socjalnych.", [item]), new CouncilRecommendation("Rozwijać mieszkania wspomagane.", [])]);

        var section = report.Sections[^1];
        Assert.Equal("Rekomendacje", section.Heading);
        Assert.Equal("1. Zatrudnić brakujących pracowników socjalnych.", Assert.IsType<Paragraph>(section.Blocks[0]).Text);
        Assert.Equal(["Pozycja strategii: 6.1.1. Utrzymywanie ustawowego standardu zatrudnienia pracowników służb społecznych"], Assert.IsType<BulletList>(section.Blocks[1]).Items);
        Assert.Equal("2. Rozwijać mieszkania wspomagane.", Assert.IsType<Paragraph>(section.Blocks[2]).Text);
        Assert.DoesNotContain(OzpsUnitReport.Build(Data.Value.Lubartow, Data.Value.Region, Template, 2019, NarrativeFile.Load()).Sections, x => x.Heading == "Rekomendacje");
    }

    [Fact]
    public void The_template_tables_keep_their_row_numbers_and_three_columns()
    {
        var tables = Build().Sections.Single(s => s.Heading == "Tabele oceny zasobów pomocy społecznej").Blocks.OfType<Table>().ToList();
        Assert.Equal(Template.Tables.Select(t => t.Title), tables.Select(t => t.Caption));
        var infrastructure = tables[0];
        Assert.Equal(["WYSZCZEGÓLNIENIE", "Nr", "Rok 2018", "Rok oceny 2019", "Prognoza 2020"], infrastructure.HeaderRows[0].Select(h => h.Text));
        var row3 = infrastructure.Rows.Single(r => r.Cells.Count == 5 && r.Cells[1].Text == "3");
        Assert.Equal(["w tym z wiersza 1: Liczba mieszkań socjalnych (lokali)", "3", "37", "38", "38"], row3.Cells.Select(c => c.Text));
        Assert.Equal("x", infrastructure.Rows.Single(r => r.Cells.Count == 5 && r.Cells[1].Text == "8").Cells[3].Text);
    }

    [Fact]
    public void The_printed_4_23_percent_is_flagged_beside_the_computed_value()
    {
        var table = Build().Sections.Single(s => s.Heading == "Wskaźniki").Blocks.OfType<Table>().Single();
        var row = table.Rows.Single(r => r.Cells[0].Text.StartsWith("Odsetek mieszkańców korzystających", StringComparison.Ordinal));
        var cell = row.Cells[table.HeaderRows[0].ToList().FindIndex(h => h.Text == "2019")];
        Assert.Equal(("4,12%", "dokument podaje 4,23%"), (cell.Text, cell.Warning));
    }

    [Fact]
    public void The_staffing_check_comparisons_and_barometer_are_there_and_the_synthetic_neighbours_are_named()
    {
        var report = Build();
        var staffing = report.Sections.Single(s => s.Heading.StartsWith("Ustawowy wskaźnik", StringComparison.Ordinal)).Blocks.OfType<Table>().Single();
        Assert.Equal(["2016 Tak", "2017 Tak", "2018 Tak", "2019 Tak"], staffing.Rows.Select(r => $"{r.Cells[0].Text} {r.Cells[1].Text}"));
        var comparison = report.Sections.Single(s => s.Heading.StartsWith("Porównanie", StringComparison.Ordinal));
        Assert.Contains("DANYMI SYNTETYCZNYMI", comparison.Blocks.OfType<Paragraph>().Single().Text);
        var work = comparison.Blocks.OfType<Table>().Single().Rows.First(r => r.Cells[0].Text.StartsWith("Wskaźnik pracy socjalnej", StringComparison.Ordinal));
        Assert.EndsWith(" z 213", work.Cells[^1].Text);
        var barometer = report.Sections.Single(s => s.Heading == "Barometr ubóstwa").Blocks.OfType<Table>().First();
        Assert.Equal("−0,07", barometer.Rows.Single(r => r.Kind == RowKind.Total).Cells[^1].Text);
    }

    [Fact]
    public void The_conclusions_are_the_teams_own_text_when_given_and_suggestions_otherwise()
    {
        Assert.Contains(Build().Sections.Single(s => s.Heading == "Wnioski").Blocks.OfType<BulletList>().Single().Items, i => i.StartsWith("Wskaźnik pracy socjalnej", StringComparison.Ordinal));
        var own = Build(["Zabezpieczyć środki na usługi opiekuńcze.", "Utrzymać zatrudnienie 11 pracowników socjalnych."]).Sections.Single(s => s.Heading == "Wnioski");
        Assert.Equal(["Zabezpieczyć środki na usługi opiekuńcze.", "Utrzymać zatrudnienie 11 pracowników socjalnych."], own.Blocks.OfType<Paragraph>().Select(p => p.Text));
    }

    [Fact]
    public void The_docx_holds_the_narrative_and_the_tables()
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(DocxReport.Render(Build())), false);
        var text = word.MainDocumentPart!.Document!.InnerText.Replace('\u00A0', ' ');
        Assert.Contains("Pomoc i wsparcie z pomocy społecznej w 2019 roku uzyskało w gminie Lubartów 906 osób", text);
        Assert.Contains("zmniejszyła się o 33 osoby", text);
        Assert.Contains("Liczba mieszkań komunalnych w zasobie gminy", text);
        Assert.Contains("28 673 233", text);
    }
}
