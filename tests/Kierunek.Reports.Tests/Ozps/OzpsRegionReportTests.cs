using DocumentFormat.OpenXml.Packaging;
using Kierunek.Domain.Ozps;
using Kierunek.Domain.Ozps.Barometer;
using Kierunek.Domain.Ozps.Synthetic;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Import.Territory;
using Kierunek.Reports.Model;
using Kierunek.Reports.Ozps;
using Kierunek.Reports.Rendering;
using Sheet = DocumentFormat.OpenXml.Spreadsheet;

namespace Kierunek.Reports.Tests.Ozps;

/// <summary>The regional summary for a ROPS: every gmina of the region with its indicators, staffing check and
/// barometer, the powiat's and voivodeship's means, the ranking; synthetic data says so.</summary>
public class OzpsRegionReportTests
{
    private static readonly OzpsTemplate Template = OzpsTemplate.ForYear(2019);
    private static readonly Lazy<IReadOnlyList<OzpsUnitData>> Lubelskie = new(() => OzpsGenerator.Generate(TercFile.Register, "06", 2018, 2019, seed: 3, Template));

    [Fact]
    public void A_powiat_lists_its_gminas_with_their_barometer_standardised_over_the_whole_voivodeship()
    {
        var report = OzpsRegionReport.Build("0608", Lubelskie.Value, TercFile.Register, Template, 2019);
        Assert.StartsWith("DANE SYNTETYCZNE", report.Subtitle);
        var table = report.Sections[0].Blocks.OfType<Table>().Single();
        var gminas = table.Rows.Where(r => r.Kind == RowKind.Body).ToList();
        Assert.Equal(TercFile.Register.GminasIn("0608").Count(), gminas.Count);
        Assert.Contains(gminas, r => r.Cells[1].Text == "Lubartów (miasto) *");

        var region = PovertyBarometer.Compute("06", Lubelskie.Value, Template, 2019);
        var barometerColumn = table.HeaderRows[0].ToList().FindIndex(h => h.Text == "Barometr ubóstwa");
        foreach (var row in gminas)
            Assert.Equal(Math.Round(region.Of(row.Cells[0].Text)!.Value!.Value, 4), row.Cells[barometerColumn].Number);
        var voivodeship = table.Rows.Last();
        Assert.Equal((RowKind.Total, "06"), (voivodeship.Kind, voivodeship.Cells[0].Text));
        Assert.Equal(0m, Math.Round(voivodeship.Cells[barometerColumn].Number!.Value, 6)); // the voivodeship is the zero
    }

    [Fact]
    public void The_xlsx_holds_one_row_per_gmina_with_numbers_as_numbers()
    {
        var bytes = XlsxReport.Render(OzpsRegionReport.Build("06", Lubelskie.Value, TercFile.Register, Template, 2019));
        using var book = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        // The summary sheet is the one with the most rows: a row per gmina, per powiat heading and mean, the voivodeship.
        var sheet = book.WorkbookPart!.WorksheetParts.Select(p => p.Worksheet!).MaxBy(w => w.Descendants<Sheet.Row>().Count())!;
        var numeric = sheet.Descendants<Sheet.Cell>().Count(c => c.DataType?.Value == Sheet.CellValues.Number);
        Assert.True(numeric > 213 * 10, $"{numeric} numeric cells");
        Assert.True(sheet.Descendants<Sheet.Row>().Count() > 213 + 2 * 20);
        var charts = book.WorkbookPart.Workbook!.Sheets!.Elements<Sheet.Sheet>().Single(s => s.Name!.Value == "Wykresy");
        var drawing = ((WorksheetPart)book.WorkbookPart.GetPartById(charts.Id!.Value!)).DrawingsPart!;
        Assert.StartsWith("Barometr ubóstwa — najwyżej", drawing.WorksheetDrawing!.Descendants<DocumentFormat.OpenXml.Drawing.Spreadsheet.NonVisualDrawingProperties>().Single().Description!.Value);
    }
}
