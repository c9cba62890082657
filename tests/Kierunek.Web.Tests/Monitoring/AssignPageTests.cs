using AngleSharp.Html.Dom;
using Kierunek.Domain.Monitoring;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kierunek.Web.Tests.Monitoring;

/// <summary>The assignment page without scripts, and its API: the document's proposals are preselected, an item the
/// document leaves open is given by the choice in its row, a filtered set goes to one institution, and a refusal
/// (no institution chosen, an unknown item through the API) stores nothing.</summary>
public class AssignPageTests(WebFactory web) : IClassFixture<WebFactory>
{
    private const string Key = WebFactory.LublinKey;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Proposals_are_preselected_and_a_row_choice_decides_an_open_item()
    {
        var coordinator = await web.SignedInAsync("koordynator@kierunek.local");
        await OpenAsync(coordinator, 2080);
        var path = $"/monitoring/{Key}/2080/przydzial";
        var page = await WebFactory.ParseAsync(await coordinator.GetAsync(path, Ct));
        var ticked = page.QuerySelectorAll("input[name=pozycje]").OfType<IHtmlInputElement>().Where(b => b.IsChecked).Select(b => b.Value).ToList();
        var open = page.QuerySelectorAll("select[name^=wybor]").OfType<IHtmlSelectElement>().First();
        var openPosition = open.Name![6..^1];
        Assert.InRange(ticked.Count, 250, 296);
        Assert.DoesNotContain(openPosition, ticked); // nothing to preselect where the document decides nothing

        var fields = ticked.Select(p => new KeyValuePair<string, string>("pozycje", p)).ToList();
        fields.Add(new("pozycje", openPosition));
        fields.Add(new($"wybor[{openPosition}]", "miejski-osrodek-pomocy-rodzinie"));
        fields.Add(new("__RequestVerificationToken", Token(page)));
        var done = await coordinator.PostAsync(path + "?handler=Proposed", new FormUrlEncodedContent(fields), Ct);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var after = await WebFactory.ParseAsync(await coordinator.GetAsync(done.Headers.Location!.OriginalString, Ct));
        Assert.Equal($"Przydzielono {ticked.Count + 1} pozycji.", after.QuerySelector("[role=status]")!.TextContent.Replace('\u00A0', ' '));

        var all = await WebFactory.ParseAsync(await coordinator.GetAsync(path + "?pokaz=przydzielone&szukaj=" + Uri.EscapeDataString("Pomocy Rodzinie"), Ct));
        Assert.Contains(all.QuerySelectorAll("input[name=pozycje]").OfType<IHtmlInputElement>(), b => b.Value == openPosition);
    }

    [Fact]
    public async Task Giving_items_to_one_institution_needs_the_institution()
    {
        var coordinator = await web.SignedInAsync("koordynator@kierunek.local");
        await OpenAsync(coordinator, 2081);
        var path = $"/monitoring/{Key}/2081/przydzial";
        var page = await WebFactory.ParseAsync(await coordinator.GetAsync(path + "?pokaz=do-decyzji&zaznacz=wszystkie", Ct));
        var boxes = page.QuerySelectorAll("input[name=pozycje]").OfType<IHtmlInputElement>().ToList();
        Assert.All(boxes, b => Assert.True(b.IsChecked));
        var fields = boxes.Select(b => new KeyValuePair<string, string>("pozycje", b.Value)).Append(new("__RequestVerificationToken", Token(page))).ToList();

        var refused = await WebFactory.ParseAsync(await coordinator.PostAsync(path + "?handler=ToInstitution", new FormUrlEncodedContent(fields.Append(new("instytucja", ""))), Ct));
        Assert.Equal(MonitoringErrors.InstitutionNotChosen.Message, refused.QuerySelector("#blad-przydzialu")!.TextContent);

        var done = await coordinator.PostAsync(path + "?handler=ToInstitution", new FormUrlEncodedContent(fields.Append(new("instytucja", "miejski-urzad-pracy"))), Ct);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var after = await WebFactory.ParseAsync(await coordinator.GetAsync(path + "?pokaz=przydzielone", Ct));
        Assert.Equal(boxes.Count, after.QuerySelectorAll("tbody tr").Count(r => r.TextContent.Contains("Miejski Urząd Pracy", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_api_lists_proposals_and_assigns_many_or_names_the_item_it_cannot()
    {
        var api = await web.ApiClientAsync("koordynator@kierunek.local");
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync($"/api/v1/monitoring/{Key}/okresy", new { year = 2082 }, Ct)).StatusCode);
        var rows = await api.GetFromJsonAsync<JsonElement>($"/api/v1/monitoring/{Key}/2082/przydzial", Ct);
        var decided = rows.EnumerateArray().Where(r => r.GetProperty("proposal").GetProperty("institution").ValueKind == JsonValueKind.String).Take(5)
            .Select(r => new { position = r.GetProperty("position").GetInt32(), institution = r.GetProperty("proposal").GetProperty("institution").GetString() }).ToList();
        Assert.Equal("Coordinator", rows.EnumerateArray().First().GetProperty("proposal").GetProperty("basis").GetString());

        var unknown = await api.PostAsJsonAsync($"/api/v1/monitoring/{Key}/2082/przydzial", new { items = decided.Append(new { position = 99999, institution = (string?)"x" }) }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Equal("items[5].position", (await unknown.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("field").GetString());
        Assert.DoesNotContain((await api.GetFromJsonAsync<JsonElement>($"/api/v1/monitoring/{Key}/2082/przydzial", Ct)).EnumerateArray(),
            r => r.GetProperty("institution").ValueKind == JsonValueKind.String); // nothing stored

        var done = await api.PostAsJsonAsync($"/api/v1/monitoring/{Key}/2082/przydzial", new { items = decided, reason = "według dokumentu" }, Ct);
        var summary = await done.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal((5, "Przydzielono 5 pozycji."), (summary.GetProperty("assigned").GetInt32(), summary.GetProperty("message").GetString()!.Replace('\u00A0', ' ')));
    }

    private async Task OpenAsync(HttpClient coordinator, int year)
    {
        var periods = $"/monitoring/{Key}";
        var opened = await coordinator.PostAsync(periods, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Year"] = year.ToString(), ["__RequestVerificationToken"] = await WebFactory.TokenAsync(coordinator, periods),
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
    }

    private static string Token(IHtmlDocument page) => page.QuerySelector("form#przydzial input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

}
