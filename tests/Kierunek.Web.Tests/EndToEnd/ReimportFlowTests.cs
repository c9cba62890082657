using Kierunek.Application.Monitoring;
using Kierunek.Application.Strategies;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Strategies.Exchange;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kierunek.Web.Tests.EndToEnd;

/// <summary>After a re-import that removed an item MOPR had reported on, the coordinator's review page keeps that
/// value under "Wartości pozycji usuniętych z dokumentu", the other value sits at its item's new place, and the
/// period still locks: a detached value is a record, not a value waiting for approval. Its own app: the re-import
/// changes the document.</summary>
public class ReimportFlowTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Key = WebFactory.LublinKey;
    private const string Mopr = "miejski-osrodek-pomocy-rodzinie";

    [Fact]
    public async Task The_value_of_a_removed_item_is_kept_and_shown_and_does_not_hold_the_period_open()
    {
        var (removedTitle, keptTitle) = await ReportedThenReimportedAsync(2021);

        var coordinator = await app.SignedInAsync("koordynator@kierunek.local");
        await coordinator.GotoAsync($"/monitoring/{Key}/2021");
        var detached = coordinator.GetByRole(AriaRole.Region, new() { Name = "Wartości pozycji usuniętych z dokumentu" });
        await Assertions.Expect(detached.Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(detached).ToContainTextAsync(removedTitle);
        await Assertions.Expect(detached).ToContainTextAsync("412");
        var kept = coordinator.Locator("table.review tbody tr", new() { HasTextString = "ok. 3 700" });
        await Assertions.Expect(kept).ToContainTextAsync(keptTitle);
        await app.AssertAccessibleAsync(coordinator);
        await BrowserApp.ScreenshotAsync(coordinator, "przeglad-wartosci-odlaczone");

        await kept.GetByRole(AriaRole.Button, new() { Name = "Zatwierdź" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Zatwierdzono");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Zamknij okres 2021" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Okres 2021 zamknięty.");
    }

    /// <summary>Two actions given to MOPR, both reported (the later one submitted); then a version of the document
    /// without the first one is imported with replace.</summary>
    private async Task<(string Removed, string Kept)> ReportedThenReimportedAsync(int year)
    {
        using var scope = app.Web.Services.CreateScope();
        var monitoring = scope.ServiceProvider.GetRequiredService<MonitoringService>();
        var document = (await scope.ServiceProvider.GetRequiredService<StrategyCatalog>().GetAsync(Key))!;
        var coordinator = new Actor("koordynator@kierunek.local", null, Reviews: true);
        var reporter = new Actor("mopr@kierunek.local", Mopr, Reviews: false);
        var period = (await monitoring.OpenPeriodAsync(Key, year, CampaignSettings.None, coordinator)).Value!;
        var nodes = document.AllNodes().ToList();
        var removed = nodes.FindIndex(n => n.Kind == NodeKind.Measure && n.Indicators.Count == 1 && n.Children.Count == 0 && n.Title is { Length: > 10 });
        var kept = nodes.FindIndex(removed + 1, n => n.Kind == NodeKind.Measure && n.Indicators.Count == 1 && n.Title is { Length: > 10 });
        var institution = document.Institutions.Single(i => i.Key == Mopr);
        foreach (var (position, value, submit) in new[] { (removed, "412", false), (kept, "ok. 3 700", true) })
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<Kierunek.Application.Monitoring.Assignments>().AssignAsync(period.Id, position, nodes[position], institution, coordinator)).Done);
            var entry = (await new PeriodView(scope.ServiceProvider.GetRequiredService<Data.KierunekDb>(), scope.ServiceProvider.GetRequiredService<StrategyCatalog>())
                .LoadAsync(Key, year, Mopr, TestContext.Current.CancellationToken))!.Fields.Single(f => f.Entry.Raw is null);
            var saved = await monitoring.SaveAsync(entry.Entry.Id, value, null, submit, entry.Entry.Version, null, reporter);
            Assert.True(saved.Done, saved.Error?.Message);
        }
        var next = DocumentJson.Read(DocumentJson.Write(document), Key).Value!;
        var gone = next.AllNodes().ElementAt(removed);
        next.AllNodes().Single(n => n.Children.Contains(gone)).Children.Remove(gone);
        var stored = await scope.ServiceProvider.GetRequiredService<DocumentImports>().ImportAsync([next], "test", replace: true);
        Assert.True(stored.IsSuccess, string.Join(" ", stored.Errors));
        return (nodes[removed].Title!, nodes[kept].Title!);
    }
}
