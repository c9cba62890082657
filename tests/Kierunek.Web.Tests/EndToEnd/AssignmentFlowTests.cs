using Microsoft.Playwright;

namespace Kierunek.Web.Tests.EndToEnd;

/// <summary>Assignment at scale in a real browser: the coordinator opens 2021 with a deadline and gives every one of
/// Lublin's items with indicators to an institution in fewer than ten interactions — the document's proposals in one
/// click, the items it leaves open ticked together and given to one institution. axe-core on every page.</summary>
public class AssignmentFlowTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Key = WebFactory.LublinKey;

    [Fact]
    public async Task Every_item_is_assigned_in_fewer_than_ten_interactions()
    {
        var coordinator = await app.SignedInAsync("koordynator@kierunek.local");
        await coordinator.GotoAsync($"/monitoring/{Key}");
        var interactions = 0;
        async Task Do(Func<Task> step) { interactions++; await step(); }

        await Do(() => coordinator.GetByLabel("Rok sprawozdawczy").FillAsync("2021"));
        await Do(() => coordinator.GetByLabel("Termin przekazania wartości (opcjonalnie)").FillAsync("2022-03-15"));
        await Do(() => coordinator.GetByRole(AriaRole.Button, new() { Name = "Otwórz okres" }).ClickAsync());
        await Do(() => coordinator.GetByRole(AriaRole.Link, new() { Name = "Przydziel pozycje instytucjom" }).ClickAsync());
        await Assertions.Expect(coordinator.Locator("h1")).ToHaveTextAsync("Przydział pozycji — okres 2021");
        await app.AssertAccessibleAsync(coordinator);
        await BrowserApp.ScreenshotAsync(coordinator, "przydzial-propozycja", fullPage: false);

        await Do(() => coordinator.GetByRole(AriaRole.Button, new() { Name = "Przydziel zaznaczone według propozycji" }).ClickAsync());
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Przydzielono ");
        // What is left is what the document does not decide; tick them all and give them to one institution.
        await Do(() => coordinator.GetByLabel("Zaznacz lub odznacz wszystkie pokazane").CheckAsync());
        await Do(() => coordinator.Locator("#instytucja").SelectOptionAsync(new SelectOptionValue { Label = "Wydział Inicjatyw i Programów Społecznych" }));
        await Do(() => coordinator.GetByRole(AriaRole.Button, new() { Name = "Przydziel zaznaczone tej instytucji" }).ClickAsync());
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Przydzielono ");
        await Assertions.Expect(coordinator.Locator("main")).ToContainTextAsync("bez instytucji: 0");
        await app.AssertAccessibleAsync(coordinator);
        Assert.True(interactions < 10, $"{interactions} interakcji");

        await coordinator.GotoAsync($"/monitoring/{Key}/2021");
        await Assertions.Expect(coordinator.Locator("main")).ToContainTextAsync("Miejski Ośrodek Pomocy Rodzinie");

        // The scale actions are scored on, renamed by the coordinator.
        await coordinator.GotoAsync($"/monitoring/{Key}");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Skala realizacji działań" }).ClickAsync();
        await coordinator.GetByLabel("Krok 6").FillAsync("realizowane corocznie");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Zapisz nazwy kroków" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToHaveTextAsync("Zapisano nazwy kroków skali realizacji.");
        await app.AssertAccessibleAsync(coordinator);
    }
}
