using Kierunek.Domain.Input;
using Kierunek.Domain.Monitoring;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kierunek.Web.Tests.Api;

/// <summary>The JSON API: bearer tokens only (a browser cookie does not open it), the same authorisation as
/// the pages (a reporter of MUP neither sees nor writes MOPR's values), conflicts answered with 409 and
/// what the other person saved, and an OpenAPI description of every operation.</summary>
public class ApiTests(WebFactory web) : IClassFixture<WebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Without_a_token_the_api_answers_401_even_to_a_signed_in_browser()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await web.Browser().GetAsync("/api/v1/strategie", Ct)).StatusCode);
        var browser = await web.SignedInAsync("koordynator@kierunek.local");
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/strategie", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_gets_no_token()
    {
        var response = await web.Browser().PostAsJsonAsync("/api/v1/token", new { email = "mopr@kierunek.local", password = "zle-haslo-1" }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("koordynator@kierunek.local", HttpStatusCode.OK)]
    [InlineData("mopr@kierunek.local", HttpStatusCode.OK)]
    [InlineData("czytelnik@kierunek.local", HttpStatusCode.OK)]
    public async Task Each_role_reads_the_tree_as_it_may(string email, HttpStatusCode expected)
    {
        var client = await ApiClientAsync(email);
        var response = await client.GetAsync($"/api/v1/strategie/{WebFactory.LublinKey}/drzewo", Ct);
        Assert.Equal(expected, response.StatusCode);
        if (expected != HttpStatusCode.OK) return;
        var nodes = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(6 + 21 + 55 + 308, nodes.GetArrayLength());
        Assert.Contains(nodes.EnumerateArray(), n => n.GetProperty("code").GetString() == "1.1.1");
    }

    [Fact]
    public async Task A_reporter_reads_and_writes_only_their_institutions_values()
    {
        var entry = await AssignedToMoprAsync(2040);
        var mup = await ApiClientAsync("mup@kierunek.local");
        var seen = await mup.GetFromJsonAsync<JsonElement>($"/api/v1/monitoring/{WebFactory.LublinKey}/2040/wartosci", Ct);
        Assert.Equal(0, seen.GetArrayLength());
        var write = await mup.PutAsJsonAsync($"/api/v1/wartosci/{entry}", new { value = "999", comment = "", version = 0, submit = false }, Ct);
        Assert.True(write.StatusCode == HttpStatusCode.NotFound, write.StatusCode + " " + await write.Content.ReadAsStringAsync(Ct));

        var mopr = await ApiClientAsync("mopr@kierunek.local");
        var own = await mopr.GetFromJsonAsync<JsonElement>($"/api/v1/monitoring/{WebFactory.LublinKey}/2040/wartosci", Ct);
        Assert.Equal(entry, own.EnumerateArray().Single().GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task Saving_from_an_old_version_is_a_409_with_the_saved_value()
    {
        var entry = await AssignedToMoprAsync(2041);
        var mopr = await ApiClientAsync("mopr@kierunek.local");
        var first = await mopr.PutAsJsonAsync($"/api/v1/wartosci/{entry}", new { value = "ok. 3 700", comment = "", version = 0, submit = false }, Ct);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(1, (await first.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("version").GetInt32());

        var stale = await mopr.PutAsJsonAsync($"/api/v1/wartosci/{entry}", new { value = "3800", comment = "", version = 0, submit = false }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        var conflict = await stale.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("ok. 3 700", conflict.GetProperty("value").GetString());
        Assert.Equal(MonitoringErrors.ConflictCode, conflict.GetProperty("code").GetString());
        Assert.Equal(1, conflict.GetProperty("current").GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Submit_and_approve_follow_the_roles_and_a_broken_rule_is_a_422_with_the_reason()
    {
        var entry = await AssignedToMoprAsync(2042);
        var mopr = await ApiClientAsync("mopr@kierunek.local");
        var bad = await mopr.PutAsJsonAsync($"/api/v1/wartosci/{entry}", new { value = "12,3,4", comment = "", version = 0, submit = true }, Ct);
        Assert.Equal((HttpStatusCode)422, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains("Nie rozumiem wartości „12,3,4”", problem.GetProperty("detail").GetString());
        Assert.Equal(MonitoringErrors.InvalidValueCode, problem.GetProperty("code").GetString());
        Assert.Equal("wartość", problem.GetProperty("field").GetString());

        Assert.Equal(HttpStatusCode.OK, (await mopr.PutAsJsonAsync($"/api/v1/wartosci/{entry}", new { value = "b.d.", comment = "", version = 0, submit = true }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await mopr.PostAsJsonAsync($"/api/v1/wartosci/{entry}/zatwierdzenie", new { version = 1 }, Ct)).StatusCode);
        var approver = await ApiClientAsync("zatwierdzajacy@kierunek.local");
        var approved = await approver.PostAsJsonAsync($"/api/v1/wartosci/{entry}/zatwierdzenie", new { version = 1 }, Ct);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("Approved", (await approved.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Every_refusal_of_the_workflow_comes_as_problem_json_with_its_code()
    {
        var entry = await AssignedToMoprAsync(2043);
        var mopr = await ApiClientAsync("mopr@kierunek.local");
        var approver = await ApiClientAsync("zatwierdzajacy@kierunek.local");

        async Task<string?> CodeOf(HttpResponseMessage response)
        {
            Assert.Equal((HttpStatusCode)422, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString();
        }

        // Nothing submitted yet: there is nothing to approve.
        Assert.Equal(MonitoringErrors.NotSubmittedCode, await CodeOf(await approver.PostAsJsonAsync($"/api/v1/wartosci/{entry}/zatwierdzenie", new { version = 0 }, Ct)));
        // A return must say what to fix.
        Assert.Equal(MonitoringErrors.ReturnReasonMissingCode, await CodeOf(await approver.PostAsJsonAsync($"/api/v1/wartosci/{entry}/zwrot", new { version = 0, reason = " " }, Ct)));
        // An empty submission.
        Assert.Equal(MonitoringErrors.InvalidValueCode, await CodeOf(await mopr.PutAsJsonAsync($"/api/v1/wartosci/{entry}", new { value = "", comment = "", version = 0, submit = true }, Ct)));
        // Submitted, the value waits for review and the reporter cannot change it.
        Assert.Equal(HttpStatusCode.OK, (await mopr.PutAsJsonAsync($"/api/v1/wartosci/{entry}", new { value = "120", comment = "", version = 0, submit = true }, Ct)).StatusCode);
        Assert.Equal(MonitoringErrors.EntryAwaitingReviewCode, await CodeOf(await mopr.PutAsJsonAsync($"/api/v1/wartosci/{entry}", new { value = "121", comment = "", version = 1, submit = false }, Ct)));
        // Approved, it is final.
        Assert.Equal(HttpStatusCode.OK, (await approver.PostAsJsonAsync($"/api/v1/wartosci/{entry}/zatwierdzenie", new { version = 1 }, Ct)).StatusCode);
        Assert.Equal(MonitoringErrors.EntryApprovedCode, await CodeOf(await mopr.PutAsJsonAsync($"/api/v1/wartosci/{entry}", new { value = "121", comment = "", version = 2, submit = false }, Ct)));
    }

    [Fact]
    public async Task A_control_character_or_a_20_MB_comment_is_a_422_naming_the_field_and_nothing_is_stored_or_echoed()
    {
        var entry = await AssignedToMoprAsync(2044);
        var mopr = await ApiClientAsync("mopr@kierunek.local");

        var nul = await mopr.PutAsJsonAsync($"/api/v1/wartosci/{entry}", new { value = "12\u00003", comment = "", version = 0, submit = true }, Ct);
        Assert.Equal((HttpStatusCode)422, nul.StatusCode);
        var problem = await nul.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal((InputText.ControlCharacterCode, "wartość"), (problem.GetProperty("code").GetString(), problem.GetProperty("field").GetString()));

        var huge = await mopr.PutAsJsonAsync($"/api/v1/wartosci/{entry}", new { value = "12", comment = new string('x', 20_000_000), version = 0, submit = false }, Ct);
        Assert.Equal((HttpStatusCode)422, huge.StatusCode);
        var body = await huge.Content.ReadAsStringAsync(Ct);
        Assert.Contains(InputText.TooLongCode, body);
        Assert.True(body.Length < 1_000, $"{body.Length} characters answered"); // the comment is not sent back

        var stored = await mopr.GetFromJsonAsync<JsonElement>($"/api/v1/monitoring/{WebFactory.LublinKey}/2044/wartosci", Ct);
        var value = stored.EnumerateArray().Single(v => v.GetProperty("id").GetInt32() == entry);
        Assert.Equal(JsonValueKind.Null, value.GetProperty("value").ValueKind);
    }

    [Fact]
    public async Task An_approved_value_is_opened_again_for_correction_by_a_reviewer_with_a_reason()
    {
        var entry = await AssignedToMoprAsync(2045);
        var mopr = await ApiClientAsync("mopr@kierunek.local");
        var approver = await ApiClientAsync("zatwierdzajacy@kierunek.local");
        Assert.Equal(HttpStatusCode.OK, (await mopr.PutAsJsonAsync($"/api/v1/wartosci/{entry}", new { value = "120", comment = "", version = 0, submit = true }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await approver.PostAsJsonAsync($"/api/v1/wartosci/{entry}/zatwierdzenie", new { version = 1 }, Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await mopr.PostAsJsonAsync($"/api/v1/wartosci/{entry}/ponowne-otwarcie", new { version = 2, reason = "pomyłka" }, Ct)).StatusCode);
        var missing = await approver.PostAsJsonAsync($"/api/v1/wartosci/{entry}/ponowne-otwarcie", new { version = 2, reason = "" }, Ct);
        Assert.Equal(MonitoringErrors.EntryReopenReasonMissingCode, (await missing.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        var reopened = await approver.PostAsJsonAsync($"/api/v1/wartosci/{entry}/ponowne-otwarcie", new { version = 2, reason = "Korekta: 112 osób." }, Ct);
        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);
        Assert.Equal("Returned", (await reopened.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.OK, (await mopr.PutAsJsonAsync($"/api/v1/wartosci/{entry}", new { value = "112", comment = "", version = 3, submit = true }, Ct)).StatusCode);
    }

    [Fact]
    public async Task The_openapi_description_lists_every_operation()
    {
        var document = await web.Browser().GetFromJsonAsync<JsonElement>("/api/openapi.json", Ct);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/token", paths);
        Assert.Contains("/api/v1/strategie/{key}/drzewo", paths);
        Assert.Contains("/api/v1/monitoring/{key}/{year}/wartosci", paths);
        Assert.Contains("/api/v1/wartosci/{id}", paths);
        Assert.Contains("/api/v1/wartosci/{id}/zatwierdzenie", paths);
        Assert.Contains("/api/v1/wartosci/{id}/zwrot", paths);
        Assert.Contains("/api/v1/wartosci/{id}/ponowne-otwarcie", paths);
        Assert.Contains("/api/v1/dokumenty/podglad", paths);
        Assert.Contains("/api/v1/dokumenty", paths);
        Assert.Contains("/api/v1/monitoring/{key}/okresy", paths);
        Assert.Contains("/api/v1/monitoring/{key}/{year}/kampania", paths);
        Assert.Contains("/api/v1/monitoring/{key}/{year}/przedluzenia", paths);
        Assert.Contains("/api/v1/monitoring/{key}/{year}/przydzial", paths);
        Assert.Contains("/api/v1/do-zrobienia", paths);
    }

    [Fact]
    public async Task A_table_of_values_is_saved_row_by_row_and_each_refusal_is_named()
    {
        var entry = await AssignedToMoprAsync(2046);
        var mopr = await ApiClientAsync("mopr@kierunek.local");
        var path = $"/api/v1/monitoring/{WebFactory.LublinKey}/2046/wartosci";
        var answer = await mopr.PutAsJsonAsync(path, new
        {
            submit = true, values = new object[] { new { id = entry, value = "-3", comment = "", version = 0 }, new { id = 987654, value = "1", comment = "", version = 0 } },
        }, Ct);
        var result = await answer.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(0, result.GetProperty("saved").GetArrayLength());
        Assert.Equal([(entry, MonitoringErrors.InvalidValueCode), (987654, MonitoringErrors.EntryNotFoundCode)],
            result.GetProperty("refused").EnumerateArray().Select(r => (r.GetProperty("id").GetInt32(), r.GetProperty("code").GetString())));

        var saved = await (await mopr.PutAsJsonAsync(path, new { submit = true, values = new[] { new { id = entry, value = "3", comment = "", version = 0 } } }, Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);
        var row = saved.GetProperty("saved").EnumerateArray().Single();
        Assert.Equal((entry, 1, "Submitted"), (row.GetProperty("id").GetInt32(), row.GetProperty("version").GetInt32(), row.GetProperty("state").GetString()));

        // Another institution's value through this door is refused like one that does not exist.
        var mup = await ApiClientAsync("mup@kierunek.local");
        var foreign = await (await mup.PutAsJsonAsync(path, new { submit = false, values = new[] { new { id = entry, value = "9", comment = "", version = 1 } } }, Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(MonitoringErrors.EntryNotFoundCode, foreign.GetProperty("refused")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_approver_lists_only_the_values_waiting_for_a_decision_or_one_institutions_values()
    {
        var entry = await AssignedToMoprAsync(2047);
        var path = $"/api/v1/monitoring/{WebFactory.LublinKey}/2047/wartosci";
        var approver = await ApiClientAsync("zatwierdzajacy@kierunek.local");
        Assert.Equal(0, (await approver.GetFromJsonAsync<JsonElement>($"{path}?stan=Submitted", Ct)).GetArrayLength());
        Assert.Equal(entry, (await approver.GetFromJsonAsync<JsonElement>($"{path}?stan=missing", Ct)).EnumerateArray().Single().GetProperty("id").GetInt32());

        var mopr = await ApiClientAsync("mopr@kierunek.local");
        Assert.Equal(HttpStatusCode.OK, (await mopr.PutAsJsonAsync($"/api/v1/wartosci/{entry}", new { value = "120", comment = "", version = 0, submit = true }, Ct)).StatusCode);
        var waiting = (await approver.GetFromJsonAsync<JsonElement>($"{path}?stan=Submitted", Ct)).EnumerateArray().Single();
        Assert.Equal((entry, "120", "Submitted"), (waiting.GetProperty("id").GetInt32(), waiting.GetProperty("value").GetString(), waiting.GetProperty("state").GetString()));
        Assert.Equal(0, (await approver.GetFromJsonAsync<JsonElement>($"{path}?stan=Missing", Ct)).GetArrayLength());
        Assert.Equal(1, (await approver.GetFromJsonAsync<JsonElement>($"{path}?instytucja=miejski-osrodek-pomocy-rodzinie", Ct)).GetArrayLength());
        Assert.Equal(0, (await approver.GetFromJsonAsync<JsonElement>($"{path}?instytucja=powiatowy-urzad-pracy", Ct)).GetArrayLength());

        // A reporter's filter by institution cannot reach another institution's values.
        var mup = await ApiClientAsync("mup@kierunek.local");
        Assert.Equal(0, (await mup.GetFromJsonAsync<JsonElement>($"{path}?instytucja=miejski-osrodek-pomocy-rodzinie", Ct)).GetArrayLength());

        var unknown = await approver.GetAsync($"{path}?stan=gotowe", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var problem = await unknown.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(("monitoring.unknown-state", "stan"), (problem.GetProperty("code").GetString(), problem.GetProperty("field").GetString()));
        Assert.Contains("Submitted", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await approver.GetAsync($"{path}?stan=2", Ct)).StatusCode);
    }

    private Task<HttpClient> ApiClientAsync(string email) => web.ApiClientAsync(email);

    private Task<int> AssignedToMoprAsync(int year) => web.AssignedToMoprAsync(year);
}
