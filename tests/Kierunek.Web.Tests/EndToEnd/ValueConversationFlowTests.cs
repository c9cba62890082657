using Kierunek.Application.Monitoring;
using Kierunek.Domain.Monitoring;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using System.Text;

namespace Kierunek.Web.Tests.EndToEnd;

/// <summary>A returned value in a real browser: MOPR's reporter follows "Rozmowa i pliki (1)" from the entry table to
/// the value's page, reads the reviewer's reason, answers it, attaches the source document and prints what the
/// institution handed in. axe on every page, at 1280 and 390 px; screenshots for people to look at.</summary>
public class ValueConversationFlowTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Key = WebFactory.LublinKey;

    [Fact]
    public async Task A_reporter_answers_a_return_attaches_the_source_and_prints_the_submission()
    {
        var ct = TestContext.Current.CancellationToken;
        var entry = await app.Web.AssignedToMoprAsync(2021);
        using (var scope = app.Web.Services.CreateScope())
        {
            var monitoring = scope.ServiceProvider.GetRequiredService<MonitoringService>();
            var mopr = new Actor("mopr@kierunek.local", "miejski-osrodek-pomocy-rodzinie", Reviews: false);
            Assert.True((await monitoring.SaveAsync(entry, "84", null, submit: true, 0, null, mopr, ct)).Done);
            Assert.True((await monitoring.ReturnAsync(entry, "Proszę podać liczbę osób, nie rodzin, i dołączyć listę.", 1,
                new Actor("koordynator@kierunek.local", null, Reviews: true), ct)).Done);
        }

        var reporter = await app.SignedInAsync("mopr@kierunek.local");
        await reporter.GotoAsync($"/monitoring/{Key}/2021/wprowadzanie");
        await reporter.GetByRole(AriaRole.Link, new() { Name = "Rozmowa i pliki (1)" }).ClickAsync();
        await Assertions.Expect(reporter.Locator("ol.conversation li").First).ToContainTextAsync("Proszę podać liczbę osób, nie rodzin, i dołączyć listę.");
        await app.AssertAccessibleAsync(reporter);
        await reporter.GetByLabel("Wiadomość").FillAsync("Poprawię na 212 osób; lista uczestników w załączniku.");
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Wyślij wiadomość" }).ClickAsync();
        await Assertions.Expect(reporter.GetByRole(AriaRole.Status)).ToHaveTextAsync("Wiadomość dodana.");
        await reporter.GetByLabel("Plik do dołączenia").SetInputFilesAsync(new FilePayload
        {
            Name = "lista-uczestnikow.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF\n"),
        });
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Dołącz plik" }).ClickAsync();
        await Assertions.Expect(reporter.GetByRole(AriaRole.Status)).ToHaveTextAsync("Dołączono plik „lista-uczestnikow.pdf”.");
        await Assertions.Expect(reporter.Locator("ol.conversation li")).ToHaveCountAsync(2);
        await app.AssertAccessibleAsync(reporter);
        await BrowserApp.ScreenshotAsync(reporter, "wartosc-rozmowa-i-pliki");
        await reporter.SetViewportSizeAsync(390, 844);
        await app.AssertAccessibleAsync(reporter);
        await BrowserApp.ScreenshotAsync(reporter, "wartosc-rozmowa-i-pliki-390");
        await reporter.SetViewportSizeAsync(1280, 900);

        await reporter.GotoAsync($"/monitoring/{Key}/2021/wprowadzanie");
        await Assertions.Expect(reporter.GetByRole(AriaRole.Link, new() { Name = "Rozmowa i pliki (3)" })).ToBeVisibleAsync();
        await reporter.GetByRole(AriaRole.Link, new() { Name = "Wydruk przekazanych danych" }).ClickAsync();
        await Assertions.Expect(reporter.Locator("h1")).ToHaveTextAsync("Dane przekazane za 2021 r.");
        await Assertions.Expect(reporter.Locator("main")).ToContainTextAsync("lista-uczestnikow.pdf");
        await app.AssertAccessibleAsync(reporter);
        await BrowserApp.ScreenshotAsync(reporter, "wydruk-przekazania");
        await reporter.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(reporter.Locator("header.top")).ToBeHiddenAsync();
        await BrowserApp.ScreenshotAsync(reporter, "wydruk-przekazania-druk");
    }
}
