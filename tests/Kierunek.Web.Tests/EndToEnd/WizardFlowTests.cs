using Kierunek.Import.Grids;
using Kierunek.Import.Tests.Mapping;
using Kierunek.TestSupport;
using Microsoft.Playwright;

namespace Kierunek.Web.Tests.EndToEnd;

/// <summary>A coordinator loads a table no layout knows through the wizard, in a real browser: the Excel sheet with dot
/// thousands is uploaded, the proposal corrected (title, key, level names), every cell's reading shown with the doubtful
/// "1.250" first, the strategy saved with the mapping; next year's sheet read by the saved mapping becomes version 2 of
/// the same strategy. A CSV with dot decimals goes the same way. Axe on every step, screenshots at 1 280 and 390 px.</summary>
public class WizardFlowTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_sheet_is_mapped_read_cell_by_cell_saved_and_next_years_sheet_updates_it_by_the_saved_mapping()
    {
        var coordinator = await app.SignedInAsync("koordynator@kierunek.local");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Kreator mapowania tabeli" }).ClickAsync();
        await Assertions.Expect(coordinator.Locator("h1")).ToHaveTextAsync("Kreator mapowania tabeli");
        await app.AssertAccessibleAsync(coordinator);

        using var sheet = new TemporaryFile(".xlsx");
        await File.WriteAllBytesAsync(sheet.Path, Excel(WizardFixtures.ExcelTable), Ct);
        await coordinator.GetByLabel("Plik z tabelą").SetInputFilesAsync(sheet.Path);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Wczytaj plik" }).ClickAsync();

        await Assertions.Expect(coordinator.GetByRole(AriaRole.Region, new() { Name = "pierwsze wiersze" })).ToContainTextAsync("Asystentura rodzinna");
        await Assertions.Expect(coordinator.GetByLabel("Wierszy nagłówka na początku tabeli")).ToHaveValueAsync("1");
        await Assertions.Expect(coordinator.Locator("#rola3")).ToHaveValueAsync("Indicator");
        await Assertions.Expect(coordinator.Locator("#rok6")).ToHaveValueAsync("2023");
        await coordinator.GetByLabel("Tytuł strategii").FillAsync("Program wsparcia rodzin 2023–2025");
        await coordinator.GetByLabel("Klucz strategii").FillAsync("program-wsparcia-rodzin");
        await coordinator.GetByLabel("Nazwa mapowania").FillAsync("Wskaźniki programu wsparcia");
        await coordinator.GetByLabel("Nazwy poziomów od góry").FillAsync("Cel; Działanie");
        await app.AssertAccessibleAsync(coordinator);
        Assert.True(await coordinator.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 1280, "the column boxes fit the page");
        await BrowserApp.ScreenshotAsync(coordinator, "kreator-kolumny");

        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Pokaż odczyt komórek" }).ClickAsync();
        var cells = coordinator.GetByRole(AriaRole.Region, new() { Name = "Każda komórka i jej odczyt" });
        await Assertions.Expect(cells.Locator("tbody tr").First).ToContainTextAsync("1.250");
        await Assertions.Expect(cells.Locator("tbody tr").First).ToContainTextAsync("separator tysięcy");
        await Assertions.Expect(cells).ToContainTextAsync("12.500.000");
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Heading, new() { Name = "Każda komórka i jej odczyt" })).ToContainTextAsync("(14, do sprawdzenia: 3)");
        await app.AssertAccessibleAsync(coordinator);
        await BrowserApp.ScreenshotAsync(coordinator, "kreator-odczyt");
        await coordinator.SetViewportSizeAsync(390, 844);
        await app.AssertAccessibleAsync(coordinator);
        Assert.True(await coordinator.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390, "the wizard fits 390 px");
        await BrowserApp.ScreenshotAsync(coordinator, "kreator-odczyt-390");
        await coordinator.SetViewportSizeAsync(1280, 900);

        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Zapisz strategię i mapowanie" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToHaveTextAsync("Zapisano dokument.");
        await Assertions.Expect(coordinator.Locator("h1")).ToHaveTextAsync("Program wsparcia rodzin 2023–2025");

        using var nextYear = new TemporaryFile(".xlsx");
        await File.WriteAllBytesAsync(nextYear.Path, Excel(WizardFixtures.ExcelTable.Replace("\t1.310\t\t\t12.500.000", "\t1.310\t1.402\t\t12.500.000")), Ct);
        await coordinator.GotoAsync("/strategie/kreator");
        await coordinator.GetByLabel("Plik z tabelą").SetInputFilesAsync(nextYear.Path);
        await coordinator.GetByLabel("Zapisane mapowanie").SelectOptionAsync("Wskaźniki programu wsparcia");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Wczytaj plik" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Region, new() { Name = "Odczyt" }).First).ToBeVisibleAsync();
        await Assertions.Expect(coordinator.Locator("#odczyt + p")).ToContainTextAsync("Wersja 2 zapisanej strategii: dodano 1 wartość");
        await app.AssertAccessibleAsync(coordinator);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Zapisz wersję 2 i mapowanie" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToHaveTextAsync("Zapisano wersję 2 dokumentu.");
    }

    [Fact]
    public async Task A_csv_with_dot_decimals_is_read_as_its_column_writes_them_and_a_reporter_cannot_open_the_wizard()
    {
        var coordinator = await app.SignedInAsync("koordynator@kierunek.local");
        await coordinator.GotoAsync("/strategie/kreator");
        using var csv = new TemporaryFile(".csv");
        await File.WriteAllTextAsync(csv.Path, WizardFixtures.CsvTable, Ct);
        await coordinator.GetByLabel("Plik z tabelą").SetInputFilesAsync(csv.Path);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Wczytaj plik" }).ClickAsync();
        await coordinator.GetByLabel("Tytuł strategii").FillAsync("Program pomocy społecznej");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Pokaż odczyt komórek" }).ClickAsync();

        var cells = coordinator.GetByRole(AriaRole.Region, new() { Name = "Każda komórka i jej odczyt" });
        await Assertions.Expect(cells.Locator("tr", new() { HasText = "3.75%" })).ToContainTextAsync("odsetek 3,75");
        await Assertions.Expect(cells.Locator("tr", new() { HasText = "12.5" })).ToContainTextAsync("liczba 12,5");
        await app.AssertAccessibleAsync(coordinator);
        await BrowserApp.ScreenshotAsync(coordinator, "kreator-csv");

        var reporter = await app.SignedInAsync("mopr@kierunek.local");
        await reporter.GotoAsync("/strategie/kreator");
        await Assertions.Expect(reporter.Locator("h1")).ToHaveTextAsync("Brak dostępu");
    }

    private static byte[] Excel(string text) => OfficeCopies.Excel(text, raw => CellText.Parse(raw).Text.Split('\n'));
}
