using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kierunek.Web.Tests.Api;

/// <summary>The editor through the API: a new strategy as a draft, steps on the revision the client read (a step on an
/// older revision is a 409 with what came first), the draft saved as version 1; a reporter may not. Its own application:
/// a strategy is stored.</summary>
public class EditorApiTests(WebFactory web) : IClassFixture<WebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_strategy_is_made_step_by_step_guarded_by_its_revision_and_saved()
    {
        var coordinator = await web.ApiClientAsync("koordynator@kierunek.local");
        var created = await coordinator.PostAsJsonAsync("/api/v1/strategie/nowa", new
        {
            tytul = "Program wspierania rodziny na lata 2026–2028", teryt = "0663011", od = 2026, @do = 2028,
            poziomy = new[] { new { nazwa = "Cel", numeracja = "Arabic" }, new { nazwa = "Działanie", numeracja = "Letter" } },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draft = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var key = draft.GetProperty("klucz").GetString()!;
        var revision = draft.GetProperty("rewizja").GetInt32();

        var goal = await StepAsync(coordinator, key, new { rewizja = revision, krok = "dodaj", tytul = "Wsparcie rodzin" });
        var goalId = goal.GetProperty("dokument").GetProperty("document").GetProperty("roots")[0].GetProperty("id").GetString();
        var action = await StepAsync(coordinator, key, new { rewizja = revision + 1, krok = "dodaj", rodzic = goalId, tytul = "Asystenci rodziny" });
        var actionId = action.GetProperty("dokument").GetProperty("document").GetProperty("roots")[0].GetProperty("children")[0].GetProperty("id").GetString();
        var indicator = await StepAsync(coordinator, key, new
        {
            rewizja = revision + 2, krok = "dodaj-wskaznik", pozycja = actionId,
            pola = new { nazwa = "Liczba rodzin z asystentem", bazowa = "64", rokBazowy = 2025, docelowa = "Wzrost o 10%" },
        });
        Assert.Equal("dodano wskaźnik „Liczba rodzin z asystentem” w Działanie 1.a „Asystenci rodziny”", indicator.GetProperty("zmiany").EnumerateArray().Last().GetString());

        var stale = await coordinator.PostAsJsonAsync($"/api/v1/strategie/{key}/projekt/kroki", new { rewizja = revision, krok = "ponumeruj" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("edit.stale", problem.GetProperty("code").GetString());
        var unknown = await coordinator.PostAsJsonAsync($"/api/v1/strategie/{key}/projekt/kroki", new { rewizja = revision + 3, krok = "skasuj-wszystko" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);

        var saved = await coordinator.PostAsJsonAsync($"/api/v1/strategie/{key}/projekt/zapis", new { rewizja = revision + 3, uchwala = "XII/80/2026" }, Ct);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(1, (await saved.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("wersja").GetInt32());
        var tree = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/strategie/{key}/drzewo", Ct);
        Assert.Contains("Asystenci rodziny", tree.GetRawText());

        var anonymous = web.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/publiczne/strategie/{key}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.PutAsJsonAsync($"/api/v1/strategie/{key}/publiczna", new { publiczna = true }, Ct)).StatusCode);
        Assert.Contains("Asystenci rodziny", await anonymous.GetStringAsync($"/api/v1/publiczne/strategie/{key}", Ct));

        var reporter = await web.ApiClientAsync("mopr@kierunek.local");
        Assert.Equal(HttpStatusCode.Forbidden, (await reporter.GetAsync($"/api/v1/strategie/{key}/projekt", Ct)).StatusCode);
    }

    private async Task<JsonElement> StepAsync(HttpClient client, string key, object step)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/strategie/{key}/projekt/kroki", step, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }
}
