using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kierunek.Web.Tests.EndToEnd;

/// <summary>A campaign in a real browser on 10 March 2022: the coordinator opens 2021 with a deadline (15 March, 3 days
/// after it) and a message and gives items to MOPR and MUP; MOPR's reporter reads "zostało 5 dni" and the message,
/// on a phone too; on 19 March MUP's entry has closed by itself, the coordinator extends MUP's deadline with a reason,
/// and MUP can enter again. axe-core checks every page; screenshots for people to look at.</summary>
public class CampaignFlowTests
{
    private const string Key = WebFactory.LublinKey;

    [Fact]
    public async Task A_deadline_closes_entry_by_itself_and_an_extension_reopens_it_for_one_institution()
    {
        var clock = new OfficeClock(new DateTimeOffset(2022, 3, 10, 9, 0, 0, TimeSpan.FromHours(1)));
        await using var app = new BrowserApp(new WebFactory { TestServices = s => s.AddSingleton<TimeProvider>(clock) });
        await app.InitializeAsync();

        var coordinator = await app.SignedInAsync("koordynator@kierunek.local");
        await coordinator.GotoAsync($"/monitoring/{Key}");
        await coordinator.GetByLabel("Rok sprawozdawczy").FillAsync("2021");
        await coordinator.GetByLabel("Termin przekazania wartości (opcjonalnie)").FillAsync("2022-03-15");
        await coordinator.GetByLabel("Ile dni po terminie można jeszcze wprowadzać wartości").FillAsync("3");
        await coordinator.GetByLabel("Wiadomość do sprawozdawców (opcjonalnie)").FillAsync("W razie pytań: Wydział Polityki Społecznej, tel. 81 466 55 00.");
        await app.AssertAccessibleAsync(coordinator);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Otwórz okres" }).ClickAsync();
        await Assertions.Expect(coordinator.Locator("p.meta").First).ToContainTextAsync("Termin przekazania: 15 marca 2022 r. (wartości przyjmowane jeszcze 3 dni).");
        foreach (var institution in new[] { "miejski-osrodek-pomocy-rodzinie", "miejski-urzad-pracy" })
        {
            var option = coordinator.Locator("#pozycja option", new() { HasTextString = "(1 wskaźnik)" }).First;
            await coordinator.Locator("#pozycja").SelectOptionAsync(await option.GetAttributeAsync("value") ?? "");
            await coordinator.GetByLabel("Instytucja").SelectOptionAsync(institution);
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Przydziel" }).ClickAsync();
            await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Przydzielono");
        }

        var mopr = await app.SignedInAsync("mopr@kierunek.local");
        await mopr.GotoAsync($"/monitoring/{Key}/2021/wprowadzanie");
        await Assertions.Expect(mopr.Locator("#termin")).ToHaveTextAsync("Termin przekazania: 15 marca 2022 r. (zostało 5 dni).");
        await Assertions.Expect(mopr.Locator(".campaign-message")).ToContainTextAsync("tel. 81 466 55 00");
        await app.AssertAccessibleAsync(mopr);
        await mopr.SetViewportSizeAsync(390, 844);
        await app.AssertAccessibleAsync(mopr);
        await BrowserApp.ScreenshotAsync(mopr, "wprowadzanie-termin-390");

        clock.Advance(TimeSpan.FromDays(9)); // 19 March: the 3 days after 15 March are over
        var mup = await app.SignedInAsync("mup@kierunek.local");
        await mup.GotoAsync($"/monitoring/{Key}/2021/wprowadzanie");
        await Assertions.Expect(mup.Locator("#termin")).ToContainTextAsync("minęły 4 dni temu; wprowadzanie zamknięte");
        await Assertions.Expect(mup.Locator("input[name^=wartosc]")).ToBeDisabledAsync();
        await app.AssertAccessibleAsync(mup);

        coordinator = await app.SignedInAsync("koordynator@kierunek.local"); // nine days later the session has expired
        await coordinator.GotoAsync($"/monitoring/{Key}/2021");
        await Assertions.Expect(coordinator.Locator("strong.late")).ToHaveCountAsync(2);
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Termin i wiadomość" }).ClickAsync();
        await coordinator.GetByLabel("Instytucja").SelectOptionAsync("miejski-urzad-pracy");
        await coordinator.GetByLabel("Nowy termin").FillAsync("2022-03-31");
        await coordinator.GetByLabel("Powód (zapisywany w historii)").FillAsync("Awaria systemu dziedzinowego w marcu");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Przedłuż termin" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToHaveTextAsync("Przedłużono termin: Miejski Urząd Pracy.");
        await Assertions.Expect(coordinator.Locator("table.list")).ToContainTextAsync("Awaria systemu dziedzinowego w marcu");
        await app.AssertAccessibleAsync(coordinator);
        await BrowserApp.ScreenshotAsync(coordinator, "termin-i-wiadomosc");

        await mup.ReloadAsync();
        await Assertions.Expect(mup.Locator("#termin")).ToHaveTextAsync(
            "Termin przekazania: 31 marca 2022 r. (zostało 12 dni, przedłużony dla instytucji: Awaria systemu dziedzinowego w marcu).");
        await Assertions.Expect(mup.Locator("input[name^=wartosc]")).ToBeEnabledAsync();

        // The start pages: what is waiting for whom.
        await mup.GotoAsync("/");
        await Assertions.Expect(mup.Locator("section.work")).ToContainTextAsync("Do wpisania: 1 wartość");
        await app.AssertAccessibleAsync(mup);
        await BrowserApp.ScreenshotAsync(mup, "start-sprawozdawca");
        await coordinator.GotoAsync("/");
        await Assertions.Expect(coordinator.Locator("section.work")).ToContainTextAsync("Dane przekazało 0 z 2 instytucji (0,0%).");
        await Assertions.Expect(coordinator.Locator("section.work")).ToContainTextAsync("Po terminie: 1 instytucja");
        await app.AssertAccessibleAsync(coordinator);
        await BrowserApp.ScreenshotAsync(coordinator, "start-koordynator");
        await coordinator.SetViewportSizeAsync(390, 844);
        await app.AssertAccessibleAsync(coordinator);
        await BrowserApp.ScreenshotAsync(coordinator, "start-koordynator-390");
    }
}
