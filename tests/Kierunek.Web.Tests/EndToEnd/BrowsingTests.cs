using Microsoft.Playwright;

namespace Kierunek.Web.Tests.EndToEnd;

/// <summary>A coordinator in a real browser: signs in, finds an action by searching, opens it. Every page
/// visited passes axe-core and can be used with the keyboard alone.</summary>
public class BrowsingTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_coordinator_finds_an_action_and_reads_its_costs_and_indicators()
    {
        var page = await app.SignedInAsync("koordynator@kierunek.local");
        await app.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "strona-glowna");

        await page.GetByRole(AriaRole.Link, new() { Name = "Strategia Rozwiązywania Problemów Społecznych Miasta Lublin 2014 - 2020" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Strategia Rozwiązywania Problemów Społecznych Miasta Lublin 2014 - 2020");
        await app.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "drzewo-strategii");

        await page.GetByLabel("Szukaj (kod, nazwa, instytucja, wskaźnik)").FillAsync("lubelskiej karty seniora");
        await page.GetByLabel("Szukaj (kod, nazwa, instytucja, wskaźnik)").PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Znaleziono");
        await app.AssertAccessibleAsync(page);

        await page.Locator("ul.tree li.measure > a").First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Informator dot. Lubelskiej Karty Seniora");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Koszty według źródeł finansowania");
        await app.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "pozycja-strategii");
    }

    [Fact]
    public async Task An_administrator_invites_a_reporter_who_sets_a_password_and_signs_in()
    {
        var admin = await app.SignedInAsync("admin@kierunek.local");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Użytkownicy" }).ClickAsync();
        await app.AssertAccessibleAsync(admin);
        await admin.GetByLabel("Adres e-mail").FillAsync("nina.nowa@mopr.lublin.pl");
        await admin.GetByLabel("Imię i nazwisko").FillAsync("Nina Nowa");
        await admin.GetByLabel("Rola").SelectOptionAsync("Sprawozdawca");
        await admin.GetByLabel("Instytucja (dla sprawozdawcy)").SelectOptionAsync(new SelectOptionValue { Label = "Miejski Ośrodek Pomocy Rodzinie" });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Zaproś" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Zaproszono: Nina Nowa");
        await app.AssertAccessibleAsync(admin);
        await BrowserApp.ScreenshotAsync(admin, "uzytkownicy");
        var link = await admin.GetByLabel("Link zaproszenia").InputValueAsync();

        var invited = await app.NewSessionAsync();
        await invited.GotoAsync(link);
        await app.AssertAccessibleAsync(invited);
        await invited.GetByLabel("Nowe hasło").FillAsync("Haslo-Niny-2026");
        await invited.GetByLabel("Powtórz hasło").FillAsync("Haslo-Niny-2026");
        await invited.GetByRole(AriaRole.Button, new() { Name = "Ustaw hasło" }).ClickAsync();
        await Assertions.Expect(invited.GetByRole(AriaRole.Status)).ToContainTextAsync("Hasło ustawione");

        var reporter = await app.SignedInAsync("nina.nowa@mopr.lublin.pl", "Haslo-Niny-2026");
        await Assertions.Expect(reporter.Locator("h1")).ToHaveTextAsync("Strategie i programy");

        await admin.GetByRole(AriaRole.Link, new() { Name = "Nina Nowa" }).ClickAsync();
        await Assertions.Expect(admin.Locator("main table")).ToContainTextAsync("przyjęcie zaproszenia");
        await app.AssertAccessibleAsync(admin);
    }

    [Fact]
    public async Task The_skip_link_is_the_first_stop_for_the_keyboard()
    {
        var page = await app.SignedInAsync("koordynator@kierunek.local");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator(":focus")).ToHaveTextAsync("Przejdź do treści");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(":focus")).ToHaveIdAsync("tresc");
    }
}

/// <summary>The accessibility check itself: it must fail on a page that breaks WCAG, or its passes mean nothing.</summary>
public class AccessibilityCheckTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_page_with_an_unlabelled_field_and_an_image_without_alt_text_fails()
    {
        var page = await app.SignedInAsync("koordynator@kierunek.local");
        await page.SetContentAsync("<!DOCTYPE html><html><head><title>t</title></head><body><main><img src=\"/x.png\"><input type=\"text\"></main></body></html>");
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => app.AssertAccessibleAsync(page));
        Assert.Contains("image-alt", failure.Message);
    }
}
