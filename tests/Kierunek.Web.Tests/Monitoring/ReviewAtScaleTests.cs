using AngleSharp.Html.Dom;
using Kierunek.Application.Monitoring;
using Kierunek.Application.Strategies;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Strategies;
using Microsoft.Extensions.DependencyInjection;
using System.Net;

namespace Kierunek.Web.Tests.Monitoring;

/// <summary>Review at scale without scripts: many values approved in one decision after a confirmation that gives the
/// count; the lock lists exactly which values stop it, each linked; and the period closes without what an institution
/// never delivered only when the coordinator confirms — the report then says who answered.</summary>
public class ReviewAtScaleTests(WebFactory web) : IClassFixture<WebFactory>
{
    private const string Key = WebFactory.LublinKey;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly Actor Coordinator = new("koordynator@kierunek.local", null, Reviews: true);
    private static readonly Actor Mopr = new("mopr@kierunek.local", "miejski-osrodek-pomocy-rodzinie", Reviews: false);

    [Fact]
    public async Task Many_values_are_approved_in_one_confirmed_decision_and_the_period_closes_without_what_was_never_delivered()
    {
        var (moprEntries, mupEntry) = await PeriodAsync(2077);
        var coordinator = await web.SignedInAsync("koordynator@kierunek.local");
        var review = $"/monitoring/{Key}/2077";

        var ticked = await WebFactory.ParseAsync(await coordinator.GetAsync($"{review}?instytucja=miejski-osrodek-pomocy-rodzinie&zaznacz=przekazane", Ct));
        var boxes = ticked.QuerySelectorAll("input[name=wybrane]").OfType<IHtmlInputElement>().ToList();
        Assert.Equal(moprEntries.Count, boxes.Count(b => b.IsChecked));
        var token = ticked.QuerySelector("form#zbiorczo input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        FormUrlEncodedContent Decide(bool confirmed) => new(boxes.Select(b => new KeyValuePair<string, string>("wybrane", b.Value))
            .Concat([new("decyzja", "zatwierdz"), new("potwierdzam", confirmed ? "true" : "false"), new("__RequestVerificationToken", token)]));

        var asked = await WebFactory.ParseAsync(await coordinator.PostAsync($"{review}?handler=DecideMany", Decide(false), Ct));
        Assert.Contains($"Zatwierdzić {moprEntries.Count} wartości?", asked.QuerySelector("#potwierdzenie")!.TextContent);
        Assert.Contains($"Miejski Ośrodek Pomocy Rodzinie: {moprEntries.Count}", asked.QuerySelector("#potwierdzenie")!.TextContent);
        var decided = await coordinator.PostAsync($"{review}?handler=DecideMany", Decide(true), Ct);
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        Assert.Contains($"Zatwierdzono: {moprEntries.Count} wartości.", (await WebFactory.ParseAsync(await coordinator.GetAsync(decided.Headers.Location!.OriginalString, Ct))).QuerySelector("[role=status]")!.TextContent);

        var lockToken = await WebFactory.TokenAsync(coordinator, review);
        var refused = await WebFactory.ParseAsync(await coordinator.PostAsync($"{review}?handler=Lock", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = lockToken }), Ct));
        Assert.StartsWith("Instytucje nie przekazały: 1 wartość", refused.QuerySelector(".error-summary")!.TextContent);
        var blocking = refused.QuerySelectorAll("ul.blocking a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"#wartosc-{mupEntry}"], blocking);

        var closed = await coordinator.PostAsync($"{review}?handler=Lock", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["mimoBrakow"] = "true", ["__RequestVerificationToken"] = lockToken,
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var report = await coordinator.GetStringAsync($"/raporty/{Key}?handler=Download&rodzaj=realizacja&rok=2077&format=html", Ct);
        Assert.Contains("Dane przekazała 1 z 2 instytucji (50,0%); brak danych od: Miejski Urząd Pracy.", report);
    }

    [Fact]
    public async Task The_values_shown_can_be_narrowed_to_one_goal()
    {
        string goalCode;
        int inGoal, elsewhere;
        using (var scope = web.Services.CreateScope())
        {
            var document = (await scope.ServiceProvider.GetRequiredService<StrategyCatalog>().GetAsync(Key, Ct))!;
            var tree = new StrategyTree(document);
            var measures = document.AllNodes().Select((n, i) => (n, i)).Where(x => x.n.Kind == NodeKind.Measure && x.n.Indicators.Count == 1).ToList();
            string GoalOf(StrategyNode n) => tree.AncestorsOf(n).Last(a => tree.Goals.Contains(a)).Code!;
            var first = measures[0];
            var other = measures.First(x => GoalOf(x.n) != GoalOf(first.n));
            goalCode = GoalOf(first.n);
            var period = (await scope.ServiceProvider.GetRequiredService<MonitoringService>().OpenPeriodAsync(Key, 2078, CampaignSettings.None, Coordinator, Ct)).Value!;
            var mopr = document.Institutions.Single(i => i.Key == "miejski-osrodek-pomocy-rodzinie");
            Assert.True((await scope.ServiceProvider.GetRequiredService<Assignments>().AssignManyAsync(period.Id,
                [new(first.i, first.n, mopr), new(other.i, other.n, mopr)], Coordinator, null, Ct)).IsSuccess);
            var loaded = (await scope.ServiceProvider.GetRequiredService<PeriodView>().LoadAsync(Key, 2078, null, Ct))!;
            inGoal = loaded.Items.Single(i => i.Assignment.NodePosition == first.i).Fields.Single().Entry.Id;
            elsewhere = loaded.Items.Single(i => i.Assignment.NodePosition == other.i).Fields.Single().Entry.Id;
        }
        var coordinator = await web.SignedInAsync("koordynator@kierunek.local");
        var page = await WebFactory.ParseAsync(await coordinator.GetAsync($"/monitoring/{Key}/2078?cel={Uri.EscapeDataString(goalCode)}", Ct));
        Assert.Equal([$"wartosc-{inGoal}"], page.QuerySelectorAll("table.review tbody tr[id^=wartosc-]").Select(r => r.Id));
        Assert.Equal(goalCode, page.QuerySelectorAll("#filtr-cel option").OfType<IHtmlOptionElement>().Single(o => o.IsSelected).Value);
        Assert.NotNull((await WebFactory.ParseAsync(await coordinator.GetAsync($"/monitoring/{Key}/2078", Ct))).QuerySelector($"#wartosc-{elsewhere}"));
    }

    /// <summary>Three values of MOPR submitted, one of MUP never delivered.</summary>
    private async Task<(List<int> Mopr, int Mup)> PeriodAsync(int year)
    {
        using var scope = web.Services.CreateScope();
        var document = (await scope.ServiceProvider.GetRequiredService<StrategyCatalog>().GetAsync(Key, Ct))!;
        var monitoring = scope.ServiceProvider.GetRequiredService<MonitoringService>();
        var period = (await monitoring.OpenPeriodAsync(Key, year, CampaignSettings.None, Coordinator, Ct)).Value!;
        var measures = document.AllNodes().Select((n, i) => (n, i)).Where(x => x.n.Kind == NodeKind.Measure && x.n.Indicators.Count == 1).Take(4).ToList();
        var mopr = document.Institutions.Single(i => i.Key == "miejski-osrodek-pomocy-rodzinie");
        var mup = document.Institutions.Single(i => i.Key == "miejski-urzad-pracy");
        var changes = measures.Select((x, k) => new Assignments.Change(x.i, x.n, k < 3 ? mopr : mup)).ToList();
        Assert.True((await scope.ServiceProvider.GetRequiredService<Assignments>().AssignManyAsync(period.Id, changes, Coordinator, null, Ct)).IsSuccess);
        var loaded = (await scope.ServiceProvider.GetRequiredService<PeriodView>().LoadAsync(Key, year, null, Ct))!;
        var moprEntries = loaded.Items.Where(i => i.Assignment.InstitutionKey == mopr.Key).SelectMany(i => i.Fields).Select(f => f.Entry.Id).ToList();
        foreach (var id in moprEntries) Assert.True((await monitoring.SaveAsync(id, "b.d.", null, submit: true, 0, null, Mopr, Ct)).Done);
        return (moprEntries, loaded.Items.Single(i => i.Assignment.InstitutionKey == mup.Key).Fields.Single().Entry.Id);
    }

}
