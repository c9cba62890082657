using Kierunek.TestSupport;
using Microsoft.Playwright;

namespace Kierunek.Web.Tests.EndToEnd;

/// <summary>A production install on an empty PostgreSQL has no accounts. The documented path (docs/wdrozenie.md):
/// `./kierunek users add-admin` prints a one-time link; the person opening it creates the administrator account,
/// signs in and invites a coordinator. The link works once.</summary>
public class ProductionInstallTests
{
    [Fact]
    public async Task The_first_administrator_is_made_by_the_documented_path_signs_in_and_invites_a_coordinator()
    {
        using var database = new TemporaryPostgresDatabase();
        var web = WebFactory.ProductionOn(database.ConnectionString); // disposed with the browser app
        await using var app = new BrowserApp(web);
        await app.InitializeAsync();
        var visitor = await app.NewSessionAsync();
        await visitor.GotoAsync("/logowanie"); // the first request starts nothing: the schema is made when the app starts

        var (code, output) = CliProcess.Run("users", "add-admin", "anna.nowak@mops.gmina.pl", "--url", app.BaseUrl, "--db", database.ConnectionString);
        Assert.Equal(0, code);
        var link = output.Split('\n').Single(l => l.Contains("/pierwsze-uruchomienie?kod=", StringComparison.Ordinal)).Trim();

        await visitor.GotoAsync(link);
        await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync("anna.nowak@mops.gmina.pl");
        await app.AssertAccessibleAsync(visitor);
        await visitor.GetByLabel("Imię i nazwisko").FillAsync("Anna Nowak");
        await visitor.GetByLabel("Hasło", new() { Exact = true }).FillAsync("Haslo-Anny-2026");
        await visitor.GetByLabel("Powtórz hasło").FillAsync("Haslo-Anny-2026");
        await BrowserApp.ScreenshotAsync(visitor, "pierwsze-uruchomienie");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Utwórz konto administratora" }).ClickAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Status)).ToContainTextAsync("Konto administratora utworzone");

        var admin = await app.SignedInAsync("anna.nowak@mops.gmina.pl", "Haslo-Anny-2026");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Użytkownicy" }).ClickAsync();
        await admin.GetByLabel("Adres e-mail").FillAsync("jan.kowalski@mops.gmina.pl");
        await admin.GetByLabel("Imię i nazwisko").FillAsync("Jan Kowalski");
        await admin.GetByLabel("Rola").SelectOptionAsync("Koordynator");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Zaproś" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Zaproszono: Jan Kowalski");
        Assert.Contains("/zaproszenie?", await admin.GetByLabel("Link zaproszenia").InputValueAsync());

        // The link worked once.
        var again = await app.NewSessionAsync();
        await again.GotoAsync(link);
        await Assertions.Expect(again.GetByRole(AriaRole.Alert)).ToContainTextAsync("nieważny, wykorzystany albo wygasł");
        await app.AssertAccessibleAsync(again);
    }
}
