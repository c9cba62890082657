using Kierunek.Domain.Monitoring;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kierunek.Web.Tests.Api;

/// <summary>The campaign through the API: a period opened with its deadline, settings changed, one institution's
/// deadline extended and withdrawn; refusals as problem+json with code and field; a reporter reads its own deadline.</summary>
public class CampaignApiTests(WebFactory web) : IClassFixture<WebFactory>
{
    private const string Key = WebFactory.LublinKey;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_coordinator_opens_a_period_with_a_deadline_and_extends_one_institution()
    {
        var api = await web.ApiClientAsync("koordynator@kierunek.local");
        var opened = await api.PostAsJsonAsync($"/api/v1/monitoring/{Key}/okresy", new { year = 2092, deadline = "2093-03-15", graceDays = 3, message = "Dane do 15 marca." }, Ct);
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var campaign = await opened.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(("2093-03-15", 3, "2093-03-18"), (campaign.GetProperty("deadline").GetString(), campaign.GetProperty("graceDays").GetInt32(), campaign.GetProperty("lastEntryDay").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsJsonAsync($"/api/v1/monitoring/{Key}/okresy", new { year = 2092 }, Ct)).StatusCode);

        var badDate = await api.PutAsJsonAsync($"/api/v1/monitoring/{Key}/2092/kampania", new { deadline = "2091-01-01", graceDays = 0 }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badDate.StatusCode);
        var problem = await badDate.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal((MonitoringErrors.DeadlineOutOfRangeCode, "termin"), (problem.GetProperty("code").GetString(), problem.GetProperty("field").GetString()));

        var extended = await api.PostAsJsonAsync($"/api/v1/monitoring/{Key}/2092/przedluzenia",
            new { institution = "miejski-osrodek-pomocy-rodzinie", until = "30.04.2093", reason = "kontrola" }, Ct);
        Assert.Equal(HttpStatusCode.OK, extended.StatusCode);
        var extension = (await extended.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("extensions").EnumerateArray().Single();
        Assert.Equal(("2093-04-30", "kontrola"), (extension.GetProperty("until").GetString(), extension.GetProperty("reason").GetString()));

        var unknown = await api.PostAsJsonAsync($"/api/v1/monitoring/{Key}/2092/przedluzenia", new { institution = "nie-ma-takiej", until = "2093-04-30", reason = "x" }, Ct);
        Assert.Equal(MonitoringErrors.InstitutionNotChosenCode, (await unknown.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());

        Assert.Equal(HttpStatusCode.OK, (await api.DeleteAsync($"/api/v1/monitoring/{Key}/2092/przedluzenia/miejski-osrodek-pomocy-rodzinie", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.DeleteAsync($"/api/v1/monitoring/{Key}/2092/przedluzenia/miejski-osrodek-pomocy-rodzinie", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_reporter_reads_only_its_own_deadline_and_may_not_change_it()
    {
        await web.AssignedToMoprAsync(2093);
        var coordinator = await web.ApiClientAsync("koordynator@kierunek.local");
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PutAsJsonAsync($"/api/v1/monitoring/{Key}/2093/kampania", new { deadline = "2094-03-15" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsJsonAsync($"/api/v1/monitoring/{Key}/2093/przedluzenia",
            new { institution = "miejski-urzad-pracy", until = "2094-04-15", reason = "inny urząd" }, Ct)).StatusCode);

        var mopr = await web.ApiClientAsync("mopr@kierunek.local");
        var own = await (await mopr.GetAsync($"/api/v1/monitoring/{Key}/2093/kampania", Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("2094-03-15", own.GetProperty("deadline").GetString());
        Assert.Empty(own.GetProperty("extensions").EnumerateArray()); // MUP's extension is not MOPR's business
        Assert.True(own.GetProperty("daysLeft").GetInt32() > 0);
        Assert.False(own.GetProperty("entryClosed").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, (await mopr.PutAsJsonAsync($"/api/v1/monitoring/{Key}/2093/kampania", new { deadline = "2094-05-15" }, Ct)).StatusCode);
    }
}
