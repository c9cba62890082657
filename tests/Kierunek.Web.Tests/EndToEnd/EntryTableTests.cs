using Kierunek.Application.Monitoring;
using Kierunek.Application.Strategies;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Strategies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kierunek.Web.Tests.EndToEnd;

/// <summary>The reporter's table in a real browser: MOPR has 20 values; a column pasted from Excel fills them and each
/// row is read back without a reload; one refused value is named in the summary while every typed value stays; once
/// fixed, one action submits all 20. Leaving with unsaved changes asks first. axe-core on the way, at 390 px too.</summary>
public class EntryTableTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Key = WebFactory.LublinKey;
    private const int Items = 20;

    [Fact]
    public async Task Twenty_values_are_pasted_checked_fixed_and_submitted_in_one_action_without_losing_any()
    {
        await AssignToMoprAsync(2021);
        var reporter = await app.SignedInAsync("mopr@kierunek.local");
        await reporter.GotoAsync($"/monitoring/{Key}/2021/wprowadzanie");
        var rows = reporter.Locator("tr[id^=pole-]");
        await Assertions.Expect(rows).ToHaveCountAsync(Items);
        await app.AssertAccessibleAsync(reporter);

        // Last year's values, as Excel would hold them; one typed wrong (a negative count).
        var column = new List<string>();
        for (var i = 0; i < Items; i++)
        {
            var lastYear = (await rows.Nth(i).Locator("td").First.TextContentAsync())!.Trim();
            column.Add(lastYear == "–" ? "b.d." : lastYear);
        }
        column[4] = "-15";
        await BrowserSteps.PasteColumnAsync(reporter, column);
        await Assertions.Expect(reporter.Locator("#niezapisane")).ToContainTextAsync($"Wklejono {Items} z {Items} wierszy.");
        // Each row is read back as it changes, without a reload.
        await Assertions.Expect(reporter.Locator(".understood")).ToHaveCountAsync(Items);
        await Assertions.Expect(rows.Nth(4).Locator(".field-errors")).ToContainTextAsync("Liczba jest ujemna");

        await rows.Nth(0).Locator("input[name^=komentarz]").FillAsync("Dane z rejestru MOPR.");
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Sprawdź wszystkie" }).ClickAsync();
        await Assertions.Expect(reporter.Locator("#podsumowanie")).ToContainTextAsync("Nie przejdzie przy przekazaniu — 1 wartość");
        for (var i = 0; i < Items; i++) await Assertions.Expect(rows.Nth(i).Locator("input[name^=wartosc]")).ToHaveValueAsync(column[i]);
        await Assertions.Expect(rows.Nth(0).Locator("input[name^=komentarz]")).ToHaveValueAsync("Dane z rejestru MOPR.");
        await app.AssertAccessibleAsync(reporter);
        await BrowserApp.ScreenshotAsync(reporter, "tabela-wartosci-blad");

        await reporter.Locator("#podsumowanie a").ClickAsync(); // the summary leads to the field
        await Assertions.Expect(rows.Nth(4).Locator("input[name^=wartosc]")).ToBeFocusedAsync();
        await rows.Nth(4).Locator("input[name^=wartosc]").FillAsync("15");
        await rows.Nth(4).Locator("input[name^=komentarz]").FillAsync("Poprawiono znak.");
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Przekaż wszystkie" }).ClickAsync();
        await Assertions.Expect(reporter.GetByRole(AriaRole.Status).First).ToHaveTextAsync($"Przekazano do zatwierdzenia: {Items} wartości.");
        await Assertions.Expect(reporter.Locator("input[name^=wartosc]:disabled")).ToHaveCountAsync(Items);
        await reporter.SetViewportSizeAsync(390, 844);
        await app.AssertAccessibleAsync(reporter);
    }

    [Fact]
    public async Task Leaving_with_unsaved_changes_asks_first()
    {
        await AssignToMoprAsync(2019);
        var reporter = await app.SignedInAsync("mopr@kierunek.local");
        await reporter.GotoAsync($"/monitoring/{Key}/2019/wprowadzanie");
        await reporter.Locator("input[name^=wartosc]").First.FillAsync("12");
        await Assertions.Expect(reporter.Locator("#niezapisane")).ToHaveTextAsync("Niezapisane zmiany: 1.");
        var asked = new TaskCompletionSource<string>();
        reporter.Dialog += async (_, dialog) => { asked.TrySetResult(dialog.Type); await dialog.DismissAsync(); };
        await reporter.CloseAsync(new() { RunBeforeUnload = true });
        Assert.Equal("beforeunload", await asked.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));
    }

    private async Task AssignToMoprAsync(int year)
    {
        using var scope = app.Web.Services.CreateScope();
        var document = (await scope.ServiceProvider.GetRequiredService<StrategyCatalog>().GetAsync(Key))!;
        var coordinator = new Actor("koordynator@kierunek.local", null, Reviews: true);
        var period = (await scope.ServiceProvider.GetRequiredService<MonitoringService>().OpenPeriodAsync(Key, year, CampaignSettings.None, coordinator)).Value!;
        var mopr = document.Institutions.Single(i => i.Key == "miejski-osrodek-pomocy-rodzinie");
        var changes = document.AllNodes().Select((n, i) => (n, i)).Where(x => x.n.Kind == NodeKind.Measure && x.n.Indicators.Count == 1).Take(Items)
            .Select(x => new Assignments.Change(x.i, x.n, mopr)).ToList();
        Assert.True((await scope.ServiceProvider.GetRequiredService<Assignments>().AssignManyAsync(period.Id, changes, coordinator, null)).IsSuccess);
    }
}
