using Kierunek.Application.Strategies;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Strategies.Exchange;
using Kierunek.Domain.Strategies.Checks;
using Kierunek.Import;
using Kierunek.Import.Grids;
using Kierunek.Import.Reading;
using Kierunek.Import.Strategies;
using Kierunek.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kierunek.Web.Tests.EndToEnd;

/// <summary>A coordinator loads documents in the browser: a file cut in a row is refused with its line; a version
/// without one of the stored actions is shown with what it removes and is saved only once the removal is confirmed;
/// the document's page then says which version was saved. A reporter cannot open the page. Axe on every page,
/// screenshots at 1 280 px and 390 px. Its own app: a new version is stored.</summary>
public class UploadFlowTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_cut_file_is_refused_and_a_shrinking_version_is_saved_only_when_confirmed()
    {
        var coordinator = await app.SignedInAsync("koordynator@kierunek.local");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Wczytaj dokument albo nową wersję" }).ClickAsync();
        await Assertions.Expect(coordinator.Locator("h1")).ToHaveTextAsync("Wczytaj dokument strategii");
        await app.AssertAccessibleAsync(coordinator);
        await BrowserApp.ScreenshotAsync(coordinator, "wczytaj-dokument");

        using var cut = new TemporaryFile(".txt");
        await File.WriteAllBytesAsync(cut.Path, File.ReadAllBytes(Directory.GetFiles(SeedFolder.Find()!, "000_*.txt").Single())[..22791], TestContext.Current.CancellationToken);
        await coordinator.GetByLabel("Plik dokumentu").SetInputFilesAsync(cut.Path);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Sprawdź plik" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Alert)).ToContainTextAsync($"{Path.GetFileName(cut.Path)}, wiersz ");
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Alert)).ToContainTextAsync("2.1.1. Wdrażanie i rea");
        await app.AssertAccessibleAsync(coordinator);
        await BrowserApp.ScreenshotAsync(coordinator, "wczytaj-dokument-uciety");

        using var shrunk = new TemporaryFile(".json");
        var removed = await WriteVersionWithoutAnActionAsync(shrunk.Path);
        await coordinator.GetByLabel("Plik dokumentu").SetInputFilesAsync(shrunk.Path);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Sprawdź plik" }).ClickAsync();
        // The class's other test may have stored a version already: the next one is read from the page.
        var next = (await coordinator.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"^Zapisz wersję \d+$") }).TextContentAsync())!.Trim();
        var removedList = coordinator.GetByRole(AriaRole.Heading, new() { Name = "Usunięte pozycje (1)" });
        await Assertions.Expect(removedList).ToBeVisibleAsync();
        await Assertions.Expect(coordinator.Locator("ul.changes").First).ToContainTextAsync(removed[..20]);
        await app.AssertAccessibleAsync(coordinator);
        await BrowserApp.ScreenshotAsync(coordinator, "wczytaj-dokument-podglad");

        await coordinator.GetByRole(AriaRole.Button, new() { Name = next, Exact = true }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Alert)).ToContainTextAsync("zaznacz potwierdzenie");
        await coordinator.SetViewportSizeAsync(390, 844);
        await app.AssertAccessibleAsync(coordinator);
        await BrowserApp.ScreenshotAsync(coordinator, "wczytaj-dokument-potwierdzenie-390");
        await coordinator.SetViewportSizeAsync(1280, 900);

        await coordinator.GetByRole(AriaRole.Checkbox).CheckAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = next, Exact = true }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Zapisano wersję {next!["Zapisz wersję ".Length..]} dokumentu.");
        await app.AssertAccessibleAsync(coordinator);

        var reporter = await app.SignedInAsync("mopr@kierunek.local");
        await reporter.GotoAsync("/strategie/wczytaj");
        await Assertions.Expect(reporter.Locator("h1")).ToHaveTextAsync("Brak dostępu");
    }

    [Fact]
    public async Task A_Word_copy_of_seed_000_is_previewed_with_the_mismatches_the_check_lists_and_saved()
    {
        var seed = File.ReadAllText(Directory.GetFiles(SeedFolder.Find()!, "000_*.txt").Single());
        using var docx = new TemporaryFile(".docx");
        await File.WriteAllBytesAsync(docx.Path, OfficeCopies.Word(seed, raw => CellText.Parse(raw).Text.Split('\n'), [0, 2, 3, 5]), TestContext.Current.CancellationToken);
        var expected = CostCheck.Run(DocumentImporter.ImportText(SourceText.FromBytes("000.txt", System.Text.Encoding.UTF8.GetBytes(seed)).Value!).Value!)
            .Where(f => f.Kind is FindingKind.TotalMismatch or FindingKind.SummaryMismatch).ToList();
        Assert.NotEmpty(expected);

        var coordinator = await app.SignedInAsync("koordynator@kierunek.local");
        await coordinator.GotoAsync("/strategie/wczytaj");
        await coordinator.GetByLabel("Plik dokumentu").SetInputFilesAsync(docx.Path);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Sprawdź plik" }).ClickAsync();

        await Assertions.Expect(coordinator.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToContainTextAsync("Lublin");
        var findings = coordinator.GetByRole(AriaRole.Region, new() { Name = "Niezgodności i uwagi do kosztów" });
        foreach (var f in expected) await Assertions.Expect(findings).ToContainTextAsync(f.Message);
        var sample = coordinator.GetByRole(AriaRole.Region, new() { Name = "Jak odczytano komórki" });
        await Assertions.Expect(sample.Locator("tbody tr").First).ToBeVisibleAsync();
        await Assertions.Expect(sample).ToContainTextAsync("brak danych");
        await app.AssertAccessibleAsync(coordinator);
        await BrowserApp.ScreenshotAsync(coordinator, "wczytaj-docx-podglad");
        await coordinator.SetViewportSizeAsync(390, 844);
        await app.AssertAccessibleAsync(coordinator);
        await BrowserApp.ScreenshotAsync(coordinator, "wczytaj-docx-podglad-390");
        await coordinator.SetViewportSizeAsync(1280, 900);

        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Zapisz wersję" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Zapisano wersję");
    }

    /// <summary>Seed 000 as stored, without its first action that has no sub-items, in the exchange format; the action's title.</summary>
    private async Task<string> WriteVersionWithoutAnActionAsync(string path)
    {
        using var scope = app.Web.Services.CreateScope();
        var document = (await scope.ServiceProvider.GetRequiredService<StrategyCatalog>().GetAsync(WebFactory.LublinKey, TestContext.Current.CancellationToken))!;
        var next = DocumentJson.Read(DocumentJson.Write(document), document.Key).Value!;
        var gone = next.AllNodes().First(n => n.Kind == NodeKind.Measure && n.Children.Count == 0 && n.Title is { Length: > 20 });
        next.AllNodes().Single(n => n.Children.Contains(gone)).Children.Remove(gone);
        await File.WriteAllTextAsync(path, DocumentJson.Write(next), TestContext.Current.CancellationToken);
        return gone.Title!;
    }
}
