using Kierunek.Data.Accounts;
using Kierunek.Import;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Kierunek.TestSupport;
using Microsoft.Playwright;
using System.Text.RegularExpressions;

namespace Kierunek.Web.Tests.EndToEnd;

/// <summary>The OZPS in the browser: the demo GOPS's worker (gmina wiejska Lubartów, lubelskie) opens the 2019 assessment,
/// finds the previous year pre-filled, types a "w tym" row above its total and is told beside the row as soon as the cell
/// is left, fixes it, saves and submits; the ROPS in Lublin returns it with a reason, the worker corrects and submits
/// again, the ROPS approves. Axe on every page, screenshots at 1 280 px and 390 px. Its own app: assessments change.</summary>
public class OzpsFlowTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Unit = "/ozps/0608072/2019";
    private const string Table = "Dane o korzystających z pomocy i wsparcia (w całym okresie sprawozdawczym)";
    private const string Recommendation = "Utrzymać ustawowy standard zatrudnienia pracowników socjalnych: zatrudnić brakujących pracowników socjalnych w ośrodku.";

    [Fact]
    public async Task A_gminas_worker_fills_checks_and_submits_and_the_rops_returns_and_approves()
    {
        var worker = await app.SignedInAsync("gops@kierunek.local");
        await worker.GetByRole(AriaRole.Link, new() { Name = "Ocena zasobów", Exact = true }).ClickAsync();
        await Assertions.Expect(worker.Locator("h1")).ToHaveTextAsync("Ocena zasobów pomocy społecznej");
        await app.AssertAccessibleAsync(worker);
        await worker.GetByLabel("Otwórz ocenę za rok").SelectOptionAsync("2019");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Otwórz", Exact = true }).ClickAsync();
        await Assertions.Expect(worker.Locator("h1")).ToContainTextAsync("Lubartów (gmina wiejska) za 2019 r.");
        await Assertions.Expect(worker.Locator("dl.facts")).ToContainTextAsync("nie rozpoczęta");
        await app.AssertAccessibleAsync(worker);

        await worker.GetByRole(AriaRole.Link, new() { Name = Table, Exact = true }).ClickAsync();
        await Assertions.Expect(worker.Locator("h1")).ToHaveTextAsync(Table);
        await Assertions.Expect(worker.Locator("#w1-p")).Not.ToHaveValueAsync(""); // 2018 from the stored data
        await app.AssertAccessibleAsync(worker);
        await worker.Locator("#w1-o").FillAsync("100");
        await worker.Locator("#w2-o").FillAsync("150");
        await worker.Locator("#w2-o").PressAsync("Tab");
        await Assertions.Expect(worker.Locator("#uwagi-2")).ToContainTextAsync("nie może przekraczać wiersza, którego jest częścią");
        await app.AssertAccessibleAsync(worker);
        await BrowserApp.ScreenshotAsync(worker, "ozps-formularz-regula", fullPage: false);
        await worker.Locator("#w2-o").FillAsync("90");
        await worker.Locator("#w2-o").PressAsync("Tab");
        await Assertions.Expect(worker.Locator("#uwagi-2")).ToBeEmptyAsync();
        await worker.GetByRole(AriaRole.Button, new() { Name = "Zapisz tabelę" }).ClickAsync();
        await Assertions.Expect(worker.GetByRole(AriaRole.Status).First).ToContainTextAsync("Zapisano tabelę.");
        await Assertions.Expect(worker.Locator("#w2-o")).ToHaveValueAsync("90");
        await worker.SetViewportSizeAsync(390, 844);
        await app.AssertAccessibleAsync(worker);
        await BrowserApp.ScreenshotAsync(worker, "ozps-formularz-390", fullPage: false);
        await worker.SetViewportSizeAsync(1280, 900);

        // A recommendation, linked to the Lublin strategy's action on social workers, as the page suggests.
        await worker.GotoAsync(Unit + "/rekomendacje");
        await app.AssertAccessibleAsync(worker);
        await worker.GetByLabel("Treść rekomendacji").FillAsync(Recommendation);
        await worker.GetByRole(AriaRole.Button, new() { Name = "Dodaj rekomendację" }).ClickAsync();
        await Assertions.Expect(worker.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Dodano rekomendację.");
        await worker.GetByLabel("Strategia, z której pozycjami wiązać rekomendacje").SelectOptionAsync(new SelectOptionValue { Label = "Strategia Rozwiązywania Problemów Społecznych Miasta Lublin 2014 - 2020" });
        await worker.GetByRole(AriaRole.Button, new() { Name = "Pokaż pozycje strategii" }).ClickAsync();
        await worker.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Powiąż z proponowaną pozycją: 6\\.1\\.1") }).ClickAsync();
        await Assertions.Expect(worker.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Powiązano rekomendację z pozycją strategii.");
        await Assertions.Expect(worker.Locator("ol.recommendations")).ToContainTextAsync("Powiązana z: 6.1.1");
        await app.AssertAccessibleAsync(worker);
        await BrowserApp.ScreenshotAsync(worker, "ozps-rekomendacje");

        await worker.GotoAsync(Unit);
        await worker.GetByRole(AriaRole.Button, new() { Name = "Sprawdź całość" }).ClickAsync();
        await Assertions.Expect(worker.Locator("#sprawdzenie")).ToBeVisibleAsync();
        await app.AssertAccessibleAsync(worker);
        await worker.GetByRole(AriaRole.Button, new() { Name = "Przekaż ocenę do ROPS" }).ClickAsync();
        await Assertions.Expect(worker.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Ocena została przekazana do ROPS.");
        await Assertions.Expect(worker.Locator("dl.facts")).ToContainTextAsync("przekazana");
        await BrowserApp.ScreenshotAsync(worker, "ozps-ocena-przekazana");

        var rops = await app.SignedInAsync("rops@kierunek.local");
        await rops.GetByRole(AriaRole.Link, new() { Name = "Ocena zasobów", Exact = true }).ClickAsync();
        await rops.GetByRole(AriaRole.Link, new() { Name = "Oceny gmin województwa za 2019 r." }).ClickAsync();
        await Assertions.Expect(rops.Locator("h1")).ToHaveTextAsync("Oceny zasobów pomocy społecznej: województwo lubelskie, 2019 r.");
        await Assertions.Expect(rops.Locator("#przekazane")).ToContainTextAsync("Przekazane do ROPS: 1 z 213 gmin");
        var map = rops.Locator("figure.map svg");
        await Assertions.Expect(map.Locator("path[data-teryt]")).ToHaveCountAsync(24);
        Assert.All(await map.Locator("path[data-teryt]").EvaluateAllAsync<string[]>("ps => ps.map(p => p.getAttribute('data-teryt'))"), code => Assert.StartsWith("06", code));
        await Assertions.Expect(map.Locator("g.legend text")).ToHaveCountAsync(5);
        await Assertions.Expect(map.Locator("g.legend text").First).ToContainTextAsync("najgorzej");
        Assert.Equal(5, (await map.Locator("path[data-teryt]").EvaluateAllAsync<string[]>("ps => ps.map(p => p.getAttribute('fill'))")).Distinct().Count());
        await Assertions.Expect(map.Locator("title").First).ToContainTextAsync("Barometr ubóstwa 2019");
        await app.AssertAccessibleAsync(rops);
        await BrowserApp.ScreenshotAsync(rops, "ozps-region-mapa", fullPage: false);
        var download = await rops.RunAndWaitForDownloadAsync(() => rops.GetByRole(AriaRole.Link, new() { Name = "Arkusz (XLSX)" }).ClickAsync());
        Assert.Equal("ozps-06-2019-zestawienie.xlsx", download.SuggestedFilename);
        await map.Locator("a[href*='powiat=0608']").ClickAsync();
        await Assertions.Expect(rops.Locator("#gminy")).ToHaveTextAsync("Gminy — lubartowski (powiat)");
        await rops.SetViewportSizeAsync(390, 844);
        await app.AssertAccessibleAsync(rops);
        await rops.SetViewportSizeAsync(1280, 900);
        await rops.Locator("table.list tbody tr", new() { HasText = "0608072" }).GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(rops.Locator("h1")).ToContainTextAsync("Lubartów (gmina wiejska) za 2019 r.");
        await app.AssertAccessibleAsync(rops);
        await rops.GetByRole(AriaRole.Button, new() { Name = "Zwróć do poprawy" }).ClickAsync();
        await Assertions.Expect(rops.GetByRole(AriaRole.Alert)).ToContainTextAsync("Napisz, co trzeba poprawić.");
        await rops.GetByLabel("Co poprawić").FillAsync("Wiersz 1: liczba osób wydaje się zaniżona — proszę sprawdzić.");
        await rops.GetByRole(AriaRole.Button, new() { Name = "Zwróć do poprawy" }).ClickAsync();
        await Assertions.Expect(rops.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Ocena została zwrócona do poprawy.");

        await worker.GotoAsync(Unit);
        await Assertions.Expect(worker.Locator("dl.facts")).ToContainTextAsync("liczba osób wydaje się zaniżona");
        await worker.GetByRole(AriaRole.Link, new() { Name = Table, Exact = true }).ClickAsync();
        await worker.Locator("#w1-o").FillAsync("140");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Zapisz tabelę" }).ClickAsync();
        await Assertions.Expect(worker.GetByRole(AriaRole.Status).First).ToContainTextAsync("Zapisano tabelę.");
        await worker.GotoAsync(Unit);
        await worker.GetByRole(AriaRole.Button, new() { Name = "Przekaż ocenę do ROPS" }).ClickAsync();
        await Assertions.Expect(worker.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Ocena została przekazana do ROPS.");

        await rops.GotoAsync(Unit);
        await rops.GetByRole(AriaRole.Button, new() { Name = "Zatwierdź ocenę" }).ClickAsync();
        await Assertions.Expect(rops.Locator("dl.facts")).ToContainTextAsync("zatwierdzona");
        await app.AssertAccessibleAsync(rops);
        await worker.GotoAsync(Unit + "/tabela/korzystajacy");
        await Assertions.Expect(worker.Locator("#w1-o")).ToHaveCountAsync(0); // approved: read only

        // The council pack holds the recommendation and the linked action; the action's page shows the recommendation.
        await rops.GotoAsync(Unit);
        var pack = await rops.RunAndWaitForDownloadAsync(() => rops.GetByRole(AriaRole.Link, new() { Name = "Pakiet na sesję rady (DOCX)" }).ClickAsync());
        using var file = new TemporaryFile(".docx");
        await pack.SaveAsAsync(file.Path);
        using (var word = WordprocessingDocument.Open(file.Path, false))
        {
            var text = string.Join("\n", word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))));
            Assert.Contains(Recommendation, text);
            Assert.Contains("Powiązane z pozycją strategii: 6.1.1", text);
            Assert.Contains("Utrzymywanie ustawowego standardu zatrudnienia pracowników służb społecznych", text);
        }
        var reader = await app.SignedInAsync("czytelnik@kierunek.local");
        await reader.GotoAsync($"/strategie/{WebFactory.LublinKey}");
        await reader.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Utrzymywanie ustawowego standardu zatrudnienia") }).First.ClickAsync();
        await Assertions.Expect(reader.Locator("#ozps")).ToBeVisibleAsync();
        await Assertions.Expect(reader.Locator("#ozps + ul")).ToContainTextAsync(Recommendation);
        await app.AssertAccessibleAsync(reader);
    }
}

/// <summary>The OZPS table without JavaScript: "Sprawdź bez zapisywania" shows the rules' messages beside the rows and
/// keeps what was typed; a cell that is not a number is refused with its row, the typed text kept and marked; another
/// gmina's assessment is not found. Its own app, so the flow above cannot have approved the assessment first.</summary>
public class OzpsNoScriptTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Unit = "/ozps/0608072/2019";

    [Fact]
    public async Task Without_javascript_the_table_is_checked_by_a_button_and_a_bad_cell_is_refused_with_what_was_typed()
    {
        var page = await app.SignedInAsync("gops@kierunek.local");
        await page.Context.RouteAsync("**/*.js", route => route.AbortAsync());
        await page.GotoAsync(Unit + "/tabela/infrastruktura");
        await page.Locator("#w1-o").FillAsync("120");
        await page.Locator("#w3-o").FillAsync("130");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sprawdź bez zapisywania" }).ClickAsync();
        await Assertions.Expect(page.Locator("#uwagi-3")).ToContainTextAsync("nie może przekraczać");
        await Assertions.Expect(page.Locator("#w3-o")).ToHaveValueAsync("130");
        await page.Locator("#w2-o").FillAsync("sporo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zapisz tabelę" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Wiersz 2");
        await Assertions.Expect(page.Locator("#w2-o")).ToHaveValueAsync("sporo");
        await Assertions.Expect(page.Locator("#w2-o")).ToHaveAttributeAsync("aria-invalid", "true");
        await app.AssertAccessibleAsync(page);

        var other = await page.GotoAsync("/ozps/0608011/2019");
        Assert.Equal(404, other!.Status);
    }

    [Fact]
    public async Task The_administrator_sees_the_country_by_voivodeship_and_opens_one()
    {
        var admin = await app.SignedInAsync("admin@kierunek.local");
        await admin.GotoAsync("/ozps");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Widok kraju za 2019 r." }).ClickAsync();
        await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync("Oceny zasobów pomocy społecznej w kraju, 2019 r.");
        await Assertions.Expect(admin.Locator("figure.map svg path[data-teryt]")).ToHaveCountAsync(16);
        await Assertions.Expect(admin.Locator("table.list tbody tr")).ToHaveCountAsync(16);
        await app.AssertAccessibleAsync(admin);
        await BrowserApp.ScreenshotAsync(admin, "ozps-kraj", fullPage: false);
        await admin.Locator("figure.map svg a[href='/ozps/region/06/2019']").ClickAsync();
        await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync("Oceny zasobów pomocy społecznej: województwo lubelskie, 2019 r.");
    }
}

/// <summary>Files into the form in the browser: Lubartów's MOPS uploads seed 003 and the preview finds every value already
/// stored exactly as the demo's import stored it (nothing new, nothing changed — the browser reads it as `ozps import`
/// does); the GOPS uploads a CSV of its own gmina, sees what it adds, saves it, and finds the value in its table.</summary>
public class OzpsUploadTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Seed_003_previews_as_already_stored_and_a_csv_is_previewed_and_saved()
    {
        using (var scope = app.Web.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<KierunekUser>>();
            var mops = new KierunekUser { UserName = "mops.lubartow@example.pl", Email = "mops.lubartow@example.pl", EmailConfirmed = true, DisplayName = "MOPS Lubartów", AreaCode = "0608011" };
            Assert.True((await users.CreateAsync(mops, WebFactory.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(mops, Roles.Reporter)).Succeeded);
        }
        var page = await app.SignedInAsync("mops.lubartow@example.pl");
        await page.GotoAsync("/ozps/0608011/2019");
        await page.GetByRole(AriaRole.Link, new() { Name = "Wczytaj plik do oceny" }).ClickAsync();
        await app.AssertAccessibleAsync(page);
        await page.GetByLabel("Plik oceny").SetInputFilesAsync(Path.Combine(SeedFolder.Find()!, "003_99cff9fdc45b9ce7.txt"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sprawdź plik" }).ClickAsync();
        var facts = page.Locator("dl.facts");
        await Assertions.Expect(facts).ToContainTextAsync("Nowe wartości0");
        await Assertions.Expect(facts).ToContainTextAsync("Zmienione0");
        // Seed 003's multi-year tables, as the document printed them.
        var series = await app.SignedInAsync("mops.lubartow@example.pl");
        await series.GotoAsync("/ozps/0608011/2019/wieloletnie");
        await Assertions.Expect(series.Locator("caption").First).ToContainTextAsync("Bezrobotni");
        await Assertions.Expect(series.Locator("table.list thead", new() { HasText = "2014" }).First).ToBeVisibleAsync();
        await app.AssertAccessibleAsync(series);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("wszystkie jego wartości są już zapisane");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Zapisz w ocenie" })).ToBeDisabledAsync();
        await app.AssertAccessibleAsync(page);

        var gops = await app.SignedInAsync("gops@kierunek.local");
        await gops.GotoAsync("/ozps/0608072/2019/wczytaj");
        await gops.GetByLabel("Plik oceny").SetInputFilesAsync(new FilePayload
        {
            Name = "gops-2019.csv", MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes("jednostka;tabela;wiersz;rok;wartość\n0608072;korzystajacy;1;2019;1 234\n0608072;korzystajacy;7;2019;b.d.\n"),
        });
        await gops.GetByRole(AriaRole.Button, new() { Name = "Sprawdź plik" }).ClickAsync();
        await Assertions.Expect(gops.Locator("dl.facts")).ToContainTextAsync("Nowe wartości2");
        await Assertions.Expect(gops.Locator("table.list")).ToContainTextAsync("1 234");
        await app.AssertAccessibleAsync(gops);
        await BrowserApp.ScreenshotAsync(gops, "ozps-wczytanie-podglad");
        await gops.GetByRole(AriaRole.Button, new() { Name = "Zapisz w ocenie" }).ClickAsync();
        await Assertions.Expect(gops.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Wczytano plik „gops-2019.csv” do oceny.");
        await gops.GotoAsync("/ozps/0608072/2019/tabela/korzystajacy");
        await Assertions.Expect(gops.Locator("#w1-o")).ToHaveValueAsync("1 234");
        await Assertions.Expect(gops.Locator("#w7-o")).ToHaveValueAsync("b.d.");
    }
}
