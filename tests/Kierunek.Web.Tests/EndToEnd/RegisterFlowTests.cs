using Microsoft.Playwright;
using System.Text.RegularExpressions;

namespace Kierunek.Web.Tests.EndToEnd;

/// <summary>A coordinator cleans the institution register in the browser: the demo's duplicate spellings are suggested,
/// one merge is confirmed on its own page (with what it moves) and undone; an entry gets its e-mail; a reporter cannot
/// open the register. Axe on every page, screenshots at 1 280 px and 390 px. Its own app: the register is changed.</summary>
public class RegisterFlowTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_suggested_duplicate_is_merged_after_confirmation_and_the_merge_is_undone()
    {
        var page = await app.SignedInAsync("koordynator@kierunek.local");
        await page.GetByRole(AriaRole.Link, new() { Name = "Rejestr instytucji" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Rejestr instytucji");
        await app.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "rejestr");
        var suggestion = page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Połącz „") }).First;
        await Assertions.Expect(suggestion).ToBeVisibleAsync();
        var offer = (await suggestion.TextContentAsync())!;
        var from = Regex.Match(offer, "^Połącz „(.+)” z „(.+)”…$").Groups[1].Value;
        var into = Regex.Match(offer, "^Połącz „(.+)” z „(.+)”…$").Groups[2].Value;

        await suggestion.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Połączenie instytucji");
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("Przydziały");
        await app.AssertAccessibleAsync(page);
        await page.SetViewportSizeAsync(390, 844);
        await app.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "rejestr-polaczenie-390");
        await page.SetViewportSizeAsync(1280, 900);
        await page.GetByRole(AriaRole.Button, new() { Name = "Połącz", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Połączono „{from}” z „{into}”");
        var kept = page.Locator("table.list tbody tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = into, Exact = true }) });
        await Assertions.Expect(kept.Locator("td").First).ToContainTextAsync(from);
        await app.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "rejestr-po-polaczeniu");

        await page.GetByRole(AriaRole.Button, new() { Name = $"Cofnij połączenie „{from}”" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Cofnięto połączenie");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = from, Exact = true })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = into, Exact = true }).ClickAsync();
        await page.GetByLabel("Adres e-mail do kontaktu").FillAsync("nie adres");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zapisz" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("nie jest adresem e-mail");
        await app.AssertAccessibleAsync(page);
        await page.GetByLabel("Adres e-mail do kontaktu").FillAsync("sekretariat@example.pl");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zapisz" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Zapisano.");
        await Assertions.Expect(page.GetByLabel("Adres e-mail do kontaktu")).ToHaveValueAsync("sekretariat@example.pl");

        var reporter = await app.SignedInAsync("mopr@kierunek.local");
        await reporter.GotoAsync("/rejestr");
        await Assertions.Expect(reporter.Locator("h1")).ToHaveTextAsync("Brak dostępu");
    }
}
