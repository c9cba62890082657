using Microsoft.Playwright;
using System.Text.RegularExpressions;

namespace Kierunek.Web.Tests.EndToEnd;

/// <summary>A coordinator makes a strategy from scratch in the browser: three levels, five actions, three indicators
/// with targets, two implementers from the register; renames an item, moves an action to another goal, saves the draft
/// as version 1 with its resolution; a reader then sees it read-only and cannot open the editor. Every form works without
/// script (plain posts). Axe on every page, screenshots at 1 280 px and 390 px. Its own app: a strategy is stored.</summary>
public class EditorFlowTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Title = "Strategia Rozwiązywania Problemów Społecznych Gminy Puławy na lata 2026–2035";

    [Fact]
    public async Task A_strategy_made_from_scratch_is_edited_saved_as_version_one_and_read_by_a_reader()
    {
        var page = await app.SignedInAsync("koordynator@kierunek.local");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nowa strategia" }).ClickAsync();
        await app.AssertAccessibleAsync(page);
        await page.GetByLabel("Tytuł strategii").FillAsync(Title);
        await page.GetByLabel("Kod TERYT jednostki").FillAsync("061401");
        await page.GetByLabel("Od roku").FillAsync("2026");
        await page.GetByLabel("Do roku").FillAsync("2035");
        await page.GetByRole(AriaRole.Button, new() { Name = "Utwórz projekt strategii" }).ClickAsync();
        // A code that is not in the TERC register is refused, with what was typed still in the form.
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("nie jest kodem TERYT");
        await Assertions.Expect(page.GetByLabel("Tytuł strategii")).ToHaveValueAsync(Title);
        await app.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "nowa-strategia-blad");
        await page.GetByLabel("Kod TERYT jednostki").FillAsync("0614011");
        await page.GetByRole(AriaRole.Button, new() { Name = "Utwórz projekt strategii" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"Edycja: {Title}");
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("Puławy (TERYT 0614011)");
        var editor = page.Url;

        await AddAsync(page, "Nazwa", "Rodzina i dziecko", "Dodaj");
        await AddAsync(page, "Nazwa", "Osoby starsze", "Dodaj");
        await Open(page, "I", "Rodzina i dziecko");
        await AddAsync(page, "Nazwa nowej pozycji (Cel operacyjny)", "Wsparcie rodzin w kryzysie", "Dodaj: Cel operacyjny");
        await page.GotoAsync(editor);
        await Open(page, "II", "Osoby starsze");
        await AddAsync(page, "Nazwa nowej pozycji (Cel operacyjny)", "Aktywność seniorów", "Dodaj: Cel operacyjny");
        await page.GotoAsync(editor);
        await Open(page, "I.1", "Wsparcie rodzin w kryzysie");
        foreach (var action in new[] { "Asystenci rodziny", "Poradnictwo rodzinne", "Kluby seniora w świetlicach" })
            await AddAsync(page, "Nazwa nowej pozycji (Działanie)", action, "Dodaj: Działanie");
        await page.GotoAsync(editor);
        await Open(page, "II.1", "Aktywność seniorów");
        foreach (var action in new[] { "Dzienny dom pomocy", "Wolontariat seniorów" })
            await AddAsync(page, "Nazwa nowej pozycji (Działanie)", action, "Dodaj: Działanie");
        await app.AssertAccessibleAsync(page);

        await page.GotoAsync(editor);
        await Open(page, "I.1.1", "Asystenci rodziny");
        await AddIndicatorAsync(page, "Liczba rodzin objętych pracą asystenta", "rodziny", "64", "Wzrost o 10%");
        await AddIndicatorAsync(page, "Liczba asystentów rodziny", "osoby", "4", "6");
        // Two implementers from the register (the demo's institutions).
        var institutions = page.Locator("table.institutions tbody tr");
        Assert.True(await institutions.CountAsync() > 10);
        var first = (await institutions.Nth(0).Locator("th").TextContentAsync())!.Trim();
        var second = (await institutions.Nth(1).Locator("th").TextContentAsync())!.Trim();
        await page.GetByLabel($"Realizator: {first}", new() { Exact = true }).CheckAsync();
        await page.GetByLabel($"Realizator: {second}", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Zapisz koordynatora i realizatorów" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("koordynator i realizatorzy");
        await Assertions.Expect(page.Locator("#instytucje + p")).ToContainTextAsync($"Realizatorzy: {first}; {second}.");
        await page.GetByLabel("Rok", new() { Exact = true }).SelectOptionAsync("2027");
        await page.GetByLabel("Ogółem (zł)").FillAsync("120 000");
        await page.GetByLabel("Budżet jednostki").FillAsync("120.000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zapisz koszt roku" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("koszt 2027 r.");
        await app.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "edycja-dzialania");
        await page.SetViewportSizeAsync(390, 844);
        await app.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "edycja-dzialania-390");
        await page.SetViewportSizeAsync(1280, 900);

        await page.GotoAsync(editor);
        await Open(page, "II.1.1", "Dzienny dom pomocy");
        await AddIndicatorAsync(page, "Liczba miejsc w dziennym domu pomocy", "miejsca", "b.d.", "40");
        // A refused indicator keeps what was typed.
        await page.GetByLabel("Nazwa wskaźnika").Last.FillAsync("Liczba uczestników");
        await page.GetByLabel("Wartość docelowa").Last.FillAsync("12,3,4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Dodaj wskaźnik" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("„12,3,4” w polu „Wartość docelowa” nie da się odczytać");
        await Assertions.Expect(page.GetByLabel("Nazwa wskaźnika").Last).ToHaveValueAsync("Liczba uczestników");
        await app.AssertAccessibleAsync(page);

        // A name edited, an action moved to the other goal.
        await page.GotoAsync(editor);
        await Open(page, "I.1.2", "Poradnictwo rodzinne");
        await page.GetByLabel("Nazwa (Działanie)").FillAsync("Poradnictwo rodzinne i specjalistyczne");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zapisz nazwę i kod" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Działanie I.1.2 Poradnictwo rodzinne i specjalistyczne");
        await page.GotoAsync(editor);
        await Open(page, "I.1.3", "Kluby seniora w świetlicach");
        await page.GetByLabel("Przenieś do").SelectOptionAsync(new SelectOptionValue { Label = "Cel operacyjny II.1 Aktywność seniorów" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Przenieś", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("przeniesiono Działanie I.1.3 „Kluby seniora w świetlicach” do Cel operacyjny II.1");
        await page.GotoAsync(editor);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ponumeruj według wzoru" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("zmienione kody: 1");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Działanie II.1.3 Kluby seniora w świetlicach" })).ToBeVisibleAsync();
        await app.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "edycja-strategii");

        await page.GetByLabel("Numer uchwały").FillAsync("XXI/145/2026");
        await page.GetByLabel("Z dnia").FillAsync("2026-05-28");
        await page.GetByLabel("Organ").FillAsync("Rady Miasta Puławy");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zapisz jako wersję 1" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Zapisano dokument.");
        await Assertions.Expect(page.Locator("p.meta")).ToContainTextAsync("5 działań · 3 wskaźniki");
        var strategy = page.Url.Split('?')[0];

        var reader = await app.SignedInAsync("czytelnik@kierunek.local");
        await reader.GotoAsync(strategy);
        await Assertions.Expect(reader.Locator("h1")).ToHaveTextAsync(Title);
        await Assertions.Expect(reader.GetByRole(AriaRole.Link, new() { Name = "Działanie II.1.3 Kluby seniora w świetlicach" })).ToBeVisibleAsync();
        await Assertions.Expect(reader.GetByRole(AriaRole.Link, new() { Name = "Działanie I.1.2 Poradnictwo rodzinne i specjalistyczne" })).ToBeVisibleAsync();
        await Assertions.Expect(reader.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Edytuj") })).ToHaveCountAsync(0);
        await Assertions.Expect(reader.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("publiczn") })).ToHaveCountAsync(0);
        await app.AssertAccessibleAsync(reader);
        await BrowserApp.ScreenshotAsync(reader, "strategia-czytelnik");
        await reader.GetByRole(AriaRole.Link, new() { Name = "Działanie I.1.1 Asystenci rodziny" }).ClickAsync();
        await Assertions.Expect(reader.Locator("table.list").Last).ToContainTextAsync("Wzrost o 10%");
        await Assertions.Expect(reader.Locator("dl.facts")).ToContainTextAsync(first);
        await Assertions.Expect(reader.Locator("main form[method=post]")).ToHaveCountAsync(0);
        await app.AssertAccessibleAsync(reader);
        await reader.GotoAsync(strategy + "/edycja");
        await Assertions.Expect(reader.Locator("h1")).ToHaveTextAsync("Brak dostępu");

        // The coordinator makes the tree and indicators public; an anonymous visitor of / lands on the public area.
        await page.GetByRole(AriaRole.Button, new() { Name = "Udostępnij drzewo i wskaźniki publicznie" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Wycofaj z części publicznej" })).ToBeVisibleAsync();
        var visitor = await app.NewSessionAsync();
        await visitor.GotoAsync("/");
        await Assertions.Expect(visitor).ToHaveURLAsync(new Regex("/publiczne$"));
        Assert.True(await visitor.GetByRole(AriaRole.Link, new() { Name = Title }).CountAsync() == 1, await visitor.Locator("main").InnerTextAsync());
        await visitor.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await Assertions.Expect(visitor.Locator("h1")).ToHaveTextAsync(Title);
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Działanie II.1.3 Kluby seniora w świetlicach" })).ToBeVisibleAsync();
        await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync("Wzrost o 10%");
        await Assertions.Expect(visitor.Locator("dl.facts").First).ToContainTextAsync("uchwała nr XXI/145/2026 Rady Miasta Puławy z dnia 28 maja 2026 r.");
        await app.AssertAccessibleAsync(visitor);
        await BrowserApp.ScreenshotAsync(visitor, "strategia-publiczna");
        await visitor.SetViewportSizeAsync(390, 844);
        await app.AssertAccessibleAsync(visitor);
        await BrowserApp.ScreenshotAsync(visitor, "strategia-publiczna-390");
    }

    private static async Task AddAsync(IPage page, string label, string title, string button)
    {
        await page.GetByLabel(label, new() { Exact = true }).FillAsync(title);
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"„{title}”");
    }

    private static Task Open(IPage page, string code, string title) =>
        page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex($@"\s{Regex.Escape(code)}\s+{Regex.Escape(title)}$") }).ClickAsync();

    private static async Task AddIndicatorAsync(IPage page, string name, string unit, string baseline, string target)
    {
        var form = page.Locator("form.indicator").Last;
        await form.GetByLabel("Nazwa wskaźnika").FillAsync(name);
        await form.GetByLabel("Jednostka").FillAsync(unit);
        await form.GetByLabel("Wartość bazowa").FillAsync(baseline);
        await form.GetByLabel("Rok wartości bazowej").FillAsync("2025");
        await form.GetByLabel("Wartość docelowa").FillAsync(target);
        await form.GetByRole(AriaRole.Button, new() { Name = "Dodaj wskaźnik" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"dodano wskaźnik „{name}”");
    }
}
