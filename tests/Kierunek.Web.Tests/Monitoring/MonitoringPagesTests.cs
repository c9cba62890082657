using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kierunek.Web.Tests.Monitoring;

/// <summary>The monitoring pages: a coordinator opens a period and assigns an item to MOPR; MOPR's reporter
/// sees and fills only that; MUP's reporter neither sees nor changes it; text is shown inert; two people
/// saving the same value get a conflict instead of overwriting each other.</summary>
public class MonitoringPagesTests(WebFactory web) : IClassFixture<WebFactory>
{
    private const string Key = WebFactory.LublinKey;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_reporter_sees_and_changes_only_their_institutions_values()
    {
        var (year, entry, version) = await AssignedToMoprAsync(2030);
        var mup = await web.SignedInAsync("mup@kierunek.local");
        var page = await WebFactory.ParseAsync(await mup.GetAsync($"/monitoring/{Key}/{year}/wprowadzanie", Ct));
        Assert.Empty(page.QuerySelectorAll("tr[id^=pole-]"));
        Assert.Contains("nie ma w tym okresie przydzielonych pozycji", page.QuerySelector("main")!.TextContent);

        var token = await WebFactory.TokenAsync(mup, $"/monitoring/{Key}/{year}/wprowadzanie");
        var response = await mup.PostAsync($"/monitoring/{Key}/{year}/wprowadzanie", Form(token, entry, version, "999", "zapisz"), Ct);
        Assert.True(response.StatusCode is HttpStatusCode.Forbidden || response.Headers.Location?.PathAndQuery.StartsWith("/odmowa") == true, response.StatusCode.ToString());

        var mopr = await web.SignedInAsync("mopr@kierunek.local");
        var own = await WebFactory.ParseAsync(await mopr.GetAsync($"/monitoring/{Key}/{year}/wprowadzanie", Ct));
        Assert.Single(own.QuerySelectorAll("tr[id^=pole-]"));
    }

    [Fact]
    public async Task An_action_without_its_own_number_shows_its_tasks_and_an_unnamed_indicator_is_labelled_by_its_action()
    {
        const int year = 2039;
        string title, taskCode;
        using (var scope = web.Services.CreateScope())
        {
            var monitoring = scope.ServiceProvider.GetRequiredService<Kierunek.Application.Monitoring.MonitoringService>();
            var document = (await scope.ServiceProvider.GetRequiredService<Kierunek.Application.Strategies.StrategyCatalog>().GetAsync(Key, Ct))!;
            var coordinator = new Kierunek.Domain.Monitoring.Actor("koordynator@kierunek.local", null, Reviews: true);
            var period = (await monitoring.OpenPeriodAsync(Key, year, Kierunek.Domain.Monitoring.CampaignSettings.None, coordinator, Ct)).Value!;
            var nodes = document.AllNodes().ToList();
            // Seed 000 numbers its tasks (1.1.1), not the actions under them; 51 of its indicators have no name.
            var position = nodes.FindIndex(n => n.Code is null && n.Indicators.Count > 0 && n.Indicators.All(i => i.Name is null) && n.Title is { Length: > 10 });
            var task = new Kierunek.Application.Strategies.StrategyTree(document).AncestorsOf(nodes[position]).Last(a => a.Code is not null);
            (title, taskCode) = (nodes[position].Title!, task.Code!);
            Assert.True((await scope.ServiceProvider.GetRequiredService<Kierunek.Application.Monitoring.Assignments>().AssignAsync(period.Id, position, nodes[position], document.Institutions.Single(i => i.Key == "miejski-osrodek-pomocy-rodzinie"), coordinator, Ct)).Done);
        }
        var mopr = await web.SignedInAsync("mopr@kierunek.local");

        var page = await WebFactory.ParseAsync(await mopr.GetAsync($"/monitoring/{Key}/{year}/wprowadzanie", Ct));

        Assert.Equal(taskCode, page.QuerySelector("tr.item .code")!.TextContent);
        Assert.StartsWith($"Zadanie {taskCode}: ", page.QuerySelector("tr.item small.meta")!.TextContent);
        var label = page.QuerySelector("th[id^=wsk-]")!.TextContent;
        Assert.StartsWith(title, label);
        Assert.Contains("wskaźnik bez nazwy w dokumencie", label);
    }

    [Theory]
    [InlineData("mopr@kierunek.local", 2031)]
    [InlineData("czytelnik@kierunek.local", 2035)]
    public async Task Only_reviewers_open_the_review_page(string email, int period)
    {
        var (year, _, _) = await AssignedToMoprAsync(period);
        var client = await web.SignedInAsync(email);
        var response = await client.GetAsync($"/monitoring/{Key}/{year}", Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/odmowa", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_check_shows_how_the_value_is_understood_without_saving_it()
    {
        var (year, entry, version) = await AssignedToMoprAsync(2032);
        var mopr = await web.SignedInAsync("mopr@kierunek.local");
        var path = $"/monitoring/{Key}/{year}/wprowadzanie";
        var response = await mopr.PostAsync(path, Form(await WebFactory.TokenAsync(mopr, path), entry, version, "ok. 3 700", "sprawdz"), Ct);
        var page = await WebFactory.ParseAsync(response);
        Assert.Equal("Odczytano jako: wartość przybliżona: ok. 3 700", page.QuerySelector($"#odczyt-{entry}")!.TextContent.Replace('\u00A0', ' '));
        var again = await WebFactory.ParseAsync(await mopr.GetAsync(path, Ct));
        Assert.Equal("", again.QuerySelector($"#wartosc-{entry}")!.GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task Script_typed_as_a_value_is_shown_as_text()
    {
        var (year, entry, version) = await AssignedToMoprAsync(2033);
        var mopr = await web.SignedInAsync("mopr@kierunek.local");
        var path = $"/monitoring/{Key}/{year}/wprowadzanie";
        var saved = await mopr.PostAsync(path, Form(await WebFactory.TokenAsync(mopr, path), entry, version, "<script>alert(1)</script>", "przekaz"), Ct);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var coordinator = await web.SignedInAsync("koordynator@kierunek.local");
        var html = await coordinator.GetStringAsync($"/monitoring/{Key}/{year}", Ct);
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        var page = await new HtmlParser().ParseDocumentAsync(html);
        // The only script is the site's own file; nothing typed became one.
        var script = Assert.Single(page.QuerySelectorAll("script"));
        Assert.StartsWith("/js/kierunek.js", script.GetAttribute("src"));
        Assert.Equal("", script.TextContent);
        // The value's history is on the review page in office language: who by name and institution, what was done.
        var history = page.QuerySelector($"#wartosc-{entry} details.history")!.TextContent;
        Assert.Contains("Maria Sprawozdawczyni (MOPR), Miejski Ośrodek Pomocy Rodzinie: przekazano „<script>alert(1)</script>”", history);
        Assert.DoesNotContain("[Submitted]", history);
    }

    [Fact]
    public async Task A_control_character_or_an_overlong_comment_is_refused_beside_the_form_and_nothing_is_saved()
    {
        var (year, entry, version) = await AssignedToMoprAsync(2037);
        var mopr = await web.SignedInAsync("mopr@kierunek.local");
        var path = $"/monitoring/{Key}/{year}/wprowadzanie";

        var bell = await WebFactory.ParseAsync(await mopr.PostAsync(path, Form(await WebFactory.TokenAsync(mopr, path), entry, version, "12\u00073", "zapisz"), Ct));
        Assert.Contains("Pole „Wartość” zawiera niedozwolony znak niewidoczny (kod U+0007) na pozycji 3.", bell.QuerySelector("main")!.TextContent);
        // NUL does not even get past ASP.NET Core's form reader (400): refused all the same, with a page saying why.
        var nul = await mopr.PostAsync(path, Form(await WebFactory.TokenAsync(mopr, path), entry, version, "12\u00003", "zapisz"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, nul.StatusCode);
        var page = await new HtmlParser().ParseDocumentAsync(await nul.Content.ReadAsStringAsync(Ct));
        Assert.Equal("Formularz nie został przyjęty", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("niedozwolony znak (np. znak o kodzie 0, NUL", page.QuerySelector("main")!.TextContent);

        var pasted = new string('x', 3_000_000);
        var tooLong = await WebFactory.ParseAsync(await mopr.PostAsync(path, Form(await WebFactory.TokenAsync(mopr, path), entry, version, "12", "zapisz", pasted), Ct));
        Assert.Contains("Pole „Komentarz” może mieć najwyżej 4\u00A0000 znaków, a ma 3\u00A0000\u00A0000.", tooLong.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain(tooLong.QuerySelectorAll("textarea, input"), f => (f.TextContent + f.GetAttribute("value")).Length > 10_000); // not sent back

        var stored = await (await web.ApiClientAsync("mopr@kierunek.local")).GetFromJsonAsync<JsonElement>($"/api/v1/monitoring/{Key}/{year}/wartosci", Ct);
        Assert.Equal(JsonValueKind.Null, stored.EnumerateArray().Single(v => v.GetProperty("id").GetInt32() == entry).GetProperty("value").ValueKind);
    }

    [Fact]
    public async Task A_reviewer_opens_an_approved_value_for_correction_and_the_reporter_sees_why()
    {
        var (year, entry, version) = await AssignedToMoprAsync(2038);
        var api = await web.ApiClientAsync("mopr@kierunek.local");
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync($"/api/v1/wartosci/{entry}", new { value = "120", comment = "", version, submit = true }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await web.ApiClientAsync("koordynator@kierunek.local")).PostAsJsonAsync($"/api/v1/wartosci/{entry}/zatwierdzenie", new { version = version + 1 }, Ct)).StatusCode);

        var coordinator = await web.SignedInAsync("koordynator@kierunek.local");
        var review = $"/monitoring/{Key}/{year}";
        var page = await WebFactory.ParseAsync(await coordinator.GetAsync(review, Ct));
        Assert.NotNull(page.QuerySelector($"#wartosc-{entry} form input#korekta-{entry}"));
        var reopened = await WebFactory.PostFormAsync(coordinator, review, new Dictionary<string, string>
        {
            ["entry"] = entry.ToString(), ["version"] = (version + 2).ToString(), ["reason"] = "Korekta po kontroli: 112 osób.",
        }, $"{review}?handler=ReopenEntry");
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);

        var mopr = await web.SignedInAsync("mopr@kierunek.local");
        var entryPage = await WebFactory.ParseAsync(await mopr.GetAsync($"/monitoring/{Key}/{year}/wprowadzanie", Ct));
        Assert.Contains("Do poprawy: Korekta po kontroli: 112 osób.", entryPage.QuerySelector($"#pole-{entry}")!.TextContent);
        Assert.False(entryPage.QuerySelector($"#wartosc-{entry}")!.HasAttribute("disabled"));
    }

    [Fact]
    public async Task The_second_of_two_people_saving_the_same_value_is_told_and_nothing_is_lost()
    {
        var (year, entry, version) = await AssignedToMoprAsync(2034);
        var path = $"/monitoring/{Key}/{year}/wprowadzanie";
        var first = await web.SignedInAsync("mopr@kierunek.local");
        var second = await web.SignedInAsync("mopr@kierunek.local");
        var firstToken = await WebFactory.TokenAsync(first, path);
        var secondToken = await WebFactory.TokenAsync(second, path); // both forms loaded at the same version

        Assert.Equal(HttpStatusCode.Redirect, (await first.PostAsync(path, Form(firstToken, entry, version, "120", "zapisz"), Ct)).StatusCode);
        var conflict = await WebFactory.ParseAsync(await second.PostAsync(path, Form(secondToken, entry, version, "125", "zapisz"), Ct));

        Assert.Contains("zapisał tę wartość w międzyczasie: „120”", conflict.QuerySelector($"#bledy-{entry}")!.TextContent);
        Assert.Equal("125", conflict.QuerySelector($"#wartosc-{entry}")!.GetAttribute("value")); // their typing is kept in the form
        var stored = await WebFactory.ParseAsync(await first.GetAsync(path, Ct));
        Assert.Equal("120", stored.QuerySelector($"#wartosc-{entry}")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_item_page_shows_each_reported_value_with_its_history_to_those_who_may_see_it()
    {
        var entry = await web.AssignedToMoprAsync(2036);
        var mopr = await web.ApiClientAsync("mopr@kierunek.local");
        Assert.Equal(HttpStatusCode.OK, (await mopr.PutAsJsonAsync($"/api/v1/wartosci/{entry}", new { value = "ok. 3 700", comment = "", version = 0, submit = false }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await mopr.PutAsJsonAsync($"/api/v1/wartosci/{entry}", new { value = "3 712", comment = "", version = 1, submit = true }, Ct)).StatusCode);
        var item = $"/strategie/{Key}/pozycje/{await PositionOfAsync(entry)}";

        var coordinator = await WebFactory.ParseAsync(await (await web.SignedInAsync("koordynator@kierunek.local")).GetAsync(item, Ct));
        var row = coordinator.QuerySelector($"#wartosc-{entry}")!.TextContent;
        Assert.Contains("2036", row);
        Assert.Contains("Miejski Ośrodek Pomocy Rodzinie", row);
        Assert.Contains("Maria Sprawozdawczyni (MOPR), Miejski Ośrodek Pomocy Rodzinie: wpisano „ok. 3 700” (wersja robocza)", row);
        Assert.Contains("zmieniono z „ok. 3 700” na „3 712” i przekazano", row);
        Assert.DoesNotContain("mopr@kierunek.local", row);

        // Another institution's reporter: not while the value is unapproved; once approved, the value but not its drafts.
        var mup = await web.SignedInAsync("mup@kierunek.local");
        Assert.Null((await WebFactory.ParseAsync(await mup.GetAsync(item, Ct))).QuerySelector($"#wartosc-{entry}"));
        var approve = await (await web.ApiClientAsync("koordynator@kierunek.local")).PostAsJsonAsync($"/api/v1/wartosci/{entry}/zatwierdzenie", new { version = 2 }, Ct);
        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        var approved = (await WebFactory.ParseAsync(await mup.GetAsync(item, Ct))).QuerySelector($"#wartosc-{entry}")!;
        Assert.Contains("3 712", approved.TextContent);
        Assert.Null(approved.QuerySelector("details.history"));
    }

    private async Task<int> PositionOfAsync(int entry)
    {
        using var scope = web.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Kierunek.Data.KierunekDb>();
        return await db.Entries.Where(e => e.Id == entry).Join(db.Assignments, e => e.AssignmentId, a => a.Id, (e, a) => a.NodePosition!.Value).SingleAsync(Ct);
    }

    /// <summary>Opens the period <paramref name="year"/> as the coordinator and assigns the first item with
    /// one indicator to MOPR; returns the entry's id and version as MOPR's form shows them.</summary>
    private async Task<(int Year, int Entry, int Version)> AssignedToMoprAsync(int year)
    {
        var coordinator = await web.SignedInAsync("koordynator@kierunek.local");
        var periods = $"/monitoring/{Key}";
        var opened = await coordinator.PostAsync(periods, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Year"] = year.ToString(), ["__RequestVerificationToken"] = await WebFactory.TokenAsync(coordinator, periods),
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);

        var review = await WebFactory.ParseAsync(await coordinator.GetAsync($"{periods}/{year}", Ct));
        var item = review.QuerySelectorAll("#pozycja option").OfType<IHtmlOptionElement>().First(o => o.Text.EndsWith("(1 wskaźnik)", StringComparison.Ordinal));
        var form = review.QuerySelectorAll("form").OfType<IHtmlFormElement>().Single(f => f.QuerySelector("#pozycja") is not null);
        var assigned = await coordinator.PostAsync($"{periods}/{year}?handler=Assign", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["position"] = item.Value, ["institution"] = "miejski-osrodek-pomocy-rodzinie",
            ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);

        var mopr = await web.SignedInAsync("mopr@kierunek.local");
        var table = await WebFactory.ParseAsync(await mopr.GetAsync($"{periods}/{year}/wprowadzanie", Ct));
        var entry = int.Parse(table.QuerySelector("input[name^=wartosc]")!.GetAttribute("data-row")!);
        return (year, entry, int.Parse(table.QuerySelector($"input[name='wersja[{entry}]']")!.GetAttribute("value")!));
    }

    /// <summary>The table's form with one row, as a browser sends it.</summary>
    private static FormUrlEncodedContent Form(string token, int entry, int version, string value, string action, string comment = "") => new(new Dictionary<string, string>
    {
        [$"wartosc[{entry}]"] = value, [$"komentarz[{entry}]"] = comment, [$"wersja[{entry}]"] = version.ToString(), ["akcja"] = action,
        ["__RequestVerificationToken"] = token,
    });

}
