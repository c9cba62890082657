using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kierunek.Web.Tests.Api;

/// <summary>Action reports and the scale through the API: MOPR saves and submits its action's report, MUP cannot see or
/// write it, a refusal lists every reason with its field, the coordinator approves it, and the scale's steps are renamed.</summary>
public class ActionReportApiTests(WebFactory web) : IClassFixture<WebFactory>
{
    private const string Key = WebFactory.LublinKey;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_reporter_submits_its_actions_report_and_a_reviewer_approves_it()
    {
        await web.AssignedToMoprAsync(2061);
        var mopr = await web.ApiClientAsync("mopr@kierunek.local");
        var assignment = (await mopr.GetFromJsonAsync<JsonElement>($"/api/v1/monitoring/{Key}/2061/dzialania", Ct)).EnumerateArray().Single().GetProperty("assignment").GetInt32();

        var refused = await mopr.PutAsJsonAsync($"/api/v1/dzialania/{assignment}", new { step = (int?)null, spentTotal = "30%", termKept = false, version = 0, submit = true }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Equal(["stan-realizacji", "wydatki-ogolem", "termin-uwagi"], errors);

        var mup = await web.ApiClientAsync("mup@kierunek.local");
        Assert.Empty((await mup.GetFromJsonAsync<JsonElement>($"/api/v1/monitoring/{Key}/2061/dzialania", Ct)).EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await mup.PutAsJsonAsync($"/api/v1/dzialania/{assignment}", new { step = 3, version = 0, submit = false }, Ct)).StatusCode);

        var saved = await mopr.PutAsJsonAsync($"/api/v1/dzialania/{assignment}", new
        {
            step = 5, description = "Dwa spotkania z organizacjami.", spentTotal = "w ramach działalności statutowej", termKept = true, version = 0, submit = true,
        }, Ct);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var coordinator = await web.ApiClientAsync("koordynator@kierunek.local");
        Assert.Equal(HttpStatusCode.Forbidden, (await mopr.PostAsJsonAsync($"/api/v1/dzialania/{assignment}/zatwierdzenie", new { version = 1 }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await coordinator.PostAsJsonAsync($"/api/v1/dzialania/{assignment}/zatwierdzenie", new { version = 0 }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsJsonAsync($"/api/v1/dzialania/{assignment}/zatwierdzenie", new { version = 1 }, Ct)).StatusCode);
        var report = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/monitoring/{Key}/2061/dzialania", Ct)).EnumerateArray().Single();
        // The step's name is the strategy's (the other test of this class may have renamed it).
        var scale = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/strategie/{Key}/skala", Ct)).GetProperty("labels")[4].GetString();
        Assert.Equal(("Approved", $"5 – {scale}"), (report.GetProperty("state").GetString(), report.GetProperty("stepName").GetString()));
    }

    [Fact]
    public async Task The_scale_is_renamed_by_a_reviewer_and_refused_with_the_step_that_is_wrong()
    {
        var coordinator = await web.ApiClientAsync("koordynator@kierunek.local");
        string[] labels = ["nie podjęto", "planowanie", "start", "realizacja", "zaawansowane", "ciągłe", "wykonane"];
        var repeated = await coordinator.PutAsJsonAsync($"/api/v1/strategie/{Key}/skala", new { labels = labels.Select((l, i) => i == 6 ? "start" : l) }, Ct);
        Assert.Equal("krok-7", (await repeated.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PutAsJsonAsync($"/api/v1/strategie/{Key}/skala", new { labels }, Ct)).StatusCode);
        var mopr = await web.ApiClientAsync("mopr@kierunek.local");
        Assert.Equal(labels, (await mopr.GetFromJsonAsync<JsonElement>($"/api/v1/strategie/{Key}/skala", Ct)).GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
    }
}
