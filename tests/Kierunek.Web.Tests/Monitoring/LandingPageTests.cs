using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Kierunek.Application.Monitoring;
using Kierunek.Application.Strategies;
using Kierunek.Data;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Strategies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kierunek.Web.Tests.Monitoring;

/// <summary>The start page as "what is waiting for me": a reporter's values to enter, those returned with the reason
/// and the days left; a coordinator's response rate, late institutions and values waiting, each number a link to the
/// filtered review list; an approver's values waiting, without the campaign's figures.</summary>
public class LandingPageTests(WebFactory web) : IClassFixture<WebFactory>
{
    private const string Key = WebFactory.LublinKey;
    private const string MoprKey = "miejski-osrodek-pomocy-rodzinie", MupKey = "miejski-urzad-pracy";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly Actor Coordinator = new("koordynator@kierunek.local", null, Reviews: true);
    private static readonly Actor Mopr = new("mopr@kierunek.local", MoprKey, Reviews: false);

    [Fact]
    public async Task A_reporter_sees_what_to_enter_what_came_back_with_the_reason_and_the_days_left()
    {
        var (moprEntry, _) = await TwoInstitutionsAsync(2096, "2097-03-15");
        await AsServicesAsync(async monitoring =>
        {
            Assert.True((await monitoring.SaveAsync(moprEntry, "12", null, submit: true, 0, null, Mopr, Ct)).Done);
            Assert.True((await monitoring.ReturnAsync(moprEntry, "Proszę podać liczbę z rejestru, nie szacunek.", 1, Coordinator, Ct)).Done);
        });

        var mopr = Section(await PageAsync("mopr@kierunek.local"), "Monitoring za 2096 r.");
        Assert.Matches(@"Termin przekazania: 15 marca 2097 r\. \((zostały|zostało) [\d ]+ dni\)\.", Text(mopr.QuerySelector(".notice")!));
        Assert.Contains("Do wpisania: 0 wartości", Text(mopr));
        Assert.Contains("Zwrócone do poprawy: 1 wartość", Text(mopr));
        Assert.DoesNotContain("Zatwierdzone", Text(mopr)); // no line of zeros
        var returned = mopr.QuerySelector("table.list tbody tr")!;
        Assert.Equal("Proszę podać liczbę z rejestru, nie szacunek.", returned.QuerySelector("td")!.TextContent);
        Assert.Equal($"/monitoring/{Key}/2096/wprowadzanie#pole-{moprEntry}", returned.QuerySelector("a")!.GetAttribute("href"));

        var mup = Section(await PageAsync("mup@kierunek.local"), "Monitoring za 2096 r.");
        Assert.Contains("Do wpisania: 1 wartość", Text(mup));
        Assert.Equal($"/monitoring/{Key}/2096/wprowadzanie", mup.QuerySelector("ul.counts a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_coordinator_sees_the_response_rate_and_late_institutions_and_each_number_opens_the_filtered_list()
    {
        var (moprEntry, _) = await TwoInstitutionsAsync(2025, "2026-01-31"); // a deadline that has passed
        using (var scope = web.Services.CreateScope())
        {
            // Entry has closed for everyone; MOPR was given more time and answered, MUP was not.
            var periodId = (await scope.ServiceProvider.GetRequiredService<PeriodView>().LoadAsync(Key, 2025, null, Ct))!.Period.Id;
            var document = (await scope.ServiceProvider.GetRequiredService<StrategyCatalog>().GetAsync(Key, Ct))!;
            Assert.True((await scope.ServiceProvider.GetRequiredService<Campaigns>().ExtendAsync(periodId, document.Institutions.Single(i => i.Key == MoprKey),
                "2030-12-31", "zmiana systemu", Coordinator, Ct)).Done);
        }
        await AsServicesAsync(async monitoring => Assert.True((await monitoring.SaveAsync(moprEntry, "12", null, submit: true, 0, null, Mopr, Ct)).Done));

        var coordinator = Section(await PageAsync("koordynator@kierunek.local"), "Okres 2025");
        Assert.Contains("Dane przekazała 1 z 2 instytucji (50,0%).", Text(coordinator));
        Assert.Contains("Po terminie: 1 instytucja", Text(coordinator));
        var late = coordinator.QuerySelectorAll("table.list").Single(t => t.QuerySelector("caption")!.TextContent.StartsWith("Instytucje po terminie", StringComparison.Ordinal));
        Assert.Equal("Miejski Urząd Pracy", late.QuerySelector("tbody th")!.TextContent);
        var waiting = coordinator.QuerySelectorAll("a").Single(a => a.TextContent == "Czeka na zatwierdzenie: 1 wartość").GetAttribute("href")!;
        Assert.Equal($"/monitoring/{Key}/2025?stan=przekazana#wartosci", waiting);

        var client = await web.SignedInAsync("koordynator@kierunek.local");
        var byInstitution = coordinator.QuerySelector("table.list td.num a")!.GetAttribute("href")!;
        var filtered = await WebFactory.ParseAsync(await client.GetAsync(byInstitution, Ct));
        Assert.Equal([$"wartosc-{moprEntry}"], filtered.QuerySelectorAll("table.review tbody tr").Select(r => r.Id));
        Assert.Contains("Pokazano 1 z 2 wartości.", Text(filtered.QuerySelector("#pokazano")!));

        var approver = Section(await PageAsync("zatwierdzajacy@kierunek.local"), "Okres 2025");
        Assert.Contains("Czeka na zatwierdzenie: 1 wartość", Text(approver));
        Assert.DoesNotContain("Dane przekazała", Text(approver)); // the campaign's figures are the coordinator's

        var api = await web.ApiClientAsync("koordynator@kierunek.local");
        var work = await api.GetFromJsonAsync<JsonElement>("/api/v1/do-zrobienia", Ct);
        var period = work.GetProperty("toReview").EnumerateArray().Single(p => p.GetProperty("year").GetInt32() == 2025);
        Assert.Equal(("Dane przekazała 1 z 2 instytucji (50,0%); brak danych od: Miejski Urząd Pracy.", 1), (period.GetProperty("response").GetString(), period.GetProperty("waiting").GetInt32()));
    }

    /// <summary>A period of <paramref name="year"/> with one single-indicator action for MOPR and one for MUP.</summary>
    private async Task<(int Mopr, int Mup)> TwoInstitutionsAsync(int year, string deadline)
    {
        using var scope = web.Services.CreateScope();
        var monitoring = scope.ServiceProvider.GetRequiredService<MonitoringService>();
        var document = (await scope.ServiceProvider.GetRequiredService<StrategyCatalog>().GetAsync(Key, Ct))!;
        var period = (await monitoring.OpenPeriodAsync(Key, year, new CampaignSettings(deadline, "0", null), Coordinator, Ct)).Value!;
        var nodes = document.AllNodes().ToList();
        var positions = nodes.Select((n, i) => (n, i)).Where(x => x.n.Kind == NodeKind.Measure && x.n.Indicators.Count == 1).Select(x => x.i).Take(2).ToList();
        foreach (var (position, institution) in positions.Zip([MoprKey, MupKey]))
            Assert.True((await scope.ServiceProvider.GetRequiredService<Kierunek.Application.Monitoring.Assignments>().AssignAsync(period.Id, position, nodes[position], document.Institutions.Single(i => i.Key == institution), Coordinator, Ct)).Done);
        var entries = (await scope.ServiceProvider.GetRequiredService<KierunekDb>().Assignments.AsNoTracking().Include(a => a.Entries)
            .Where(a => a.PeriodId == period.Id).ToListAsync(Ct)).SelectMany(a => a.Entries.Select(e => new { a.InstitutionKey, e.Id })).ToList();
        return (entries.Single(e => e.InstitutionKey == MoprKey).Id, entries.Single(e => e.InstitutionKey == MupKey).Id);
    }

    private async Task AsServicesAsync(Func<MonitoringService, Task> act)
    {
        using var scope = web.Services.CreateScope();
        await act(scope.ServiceProvider.GetRequiredService<MonitoringService>());
    }

    private async Task<IHtmlDocument> PageAsync(string email) => await WebFactory.ParseAsync(await (await web.SignedInAsync(email)).GetAsync("/", Ct));

    private static IElement Section(IHtmlDocument page, string heading)
    {
        Assert.Equal("Do zrobienia", page.QuerySelector("h1")!.TextContent);
        return page.QuerySelectorAll("section.work").Single(s => s.QuerySelector("h2")!.TextContent.StartsWith(heading, StringComparison.Ordinal));
    }

    private static string Text(IElement element) => element.TextContent.Replace('\u00A0', ' ');

}
