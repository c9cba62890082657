using Kierunek.Application.Monitoring;
using Kierunek.Application.Strategies;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Strategies;
using Kierunek.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kierunek.Web.Tests.EndToEnd;

/// <summary>The Excel round trip in a real browser: MUP's reporter downloads the packet from the entry page, a packet
/// with a wrong cell is refused naming that cell and stores nothing, the corrected one is stored; the coordinator's
/// page of packets lists MUP's. axe-core on every page.</summary>
public class PacketFlowTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Key = WebFactory.LublinKey;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_packet_is_downloaded_filled_refused_for_a_wrong_cell_and_stored_when_fixed()
    {
        using (var scope = app.Web.Services.CreateScope())
        {
            var document = (await scope.ServiceProvider.GetRequiredService<StrategyCatalog>().GetAsync(Key, Ct))!;
            var coordinator = new Actor("koordynator@kierunek.local", null, Reviews: true);
            var period = (await scope.ServiceProvider.GetRequiredService<MonitoringService>().OpenPeriodAsync(Key, 2021, CampaignSettings.None, coordinator, Ct)).Value!;
            var mup = document.Institutions.Single(i => i.Key == "miejski-urzad-pracy");
            var changes = document.AllNodes().Select((n, i) => (n, i)).Where(x => x.n.Kind == NodeKind.Measure && x.n.Indicators.Count == 1).Skip(30).Take(2)
                .Select(x => new Assignments.Change(x.i, x.n, mup)).ToList();
            Assert.True((await scope.ServiceProvider.GetRequiredService<Assignments>().AssignManyAsync(period.Id, changes, coordinator, null, Ct)).IsSuccess);
        }
        var reporter = await app.SignedInAsync("mup@kierunek.local");
        await reporter.GotoAsync($"/monitoring/{Key}/2021/wprowadzanie");
        await reporter.GetByText("Wolę Excel: pobierz arkusz, wypełnij, wczytaj").ClickAsync();
        var download = await reporter.RunAndWaitForDownloadAsync(() => reporter.GetByRole(AriaRole.Link, new() { Name = "Pobierz arkusz z wartościami instytucji (.xlsx)" }).ClickAsync());
        Assert.Equal("kierunek-2021-miejski-urzad-pracy.xlsx", download.SuggestedFilename);
        var packet = await File.ReadAllBytesAsync(await download.PathAsync(), Ct);

        await BrowserSteps.UploadPacketAsync(reporter, FilledPacket.Fill(packet, new Dictionary<string, string> { ["G7"] = "-40", ["G8"] = "b.d." }));
        await Assertions.Expect(reporter.Locator("#bledy-arkusza")).ToContainTextAsync("Arkusz „Wartości”, komórka G7: Liczba jest ujemna");
        await Assertions.Expect(reporter.Locator("input[name^=wartosc]").First).ToHaveValueAsync(""); // nothing stored
        await app.AssertAccessibleAsync(reporter);
        await BrowserApp.ScreenshotAsync(reporter, "arkusz-odrzucona-komorka");

        await BrowserSteps.UploadPacketAsync(reporter, FilledPacket.Fill(packet, new Dictionary<string, string> { ["G7"] = "40", ["G8"] = "b.d." }));
        await Assertions.Expect(reporter.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Wczytano arkusz: przekazano do zatwierdzenia 2 wartości.");
        await Assertions.Expect(reporter.Locator("input[name^=wartosc]").First).ToHaveValueAsync("40");

        var coordinatorPage = await app.SignedInAsync("koordynator@kierunek.local");
        await coordinatorPage.GotoAsync($"/monitoring/{Key}/2021/arkusze");
        await Assertions.Expect(coordinatorPage.Locator("table.list")).ToContainTextAsync("Miejski Urząd Pracy");
        await app.AssertAccessibleAsync(coordinatorPage);
    }
}
