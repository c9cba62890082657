using AngleSharp.Html.Parser;
using System.Net;
using System.Net.Http.Json;

namespace Kierunek.Web.Tests.Strategies;

/// <summary>The dashboard: attainment per goal and costs by source as charts with text alternatives,
/// and the indicators off track — the same judgement as the attainment report.</summary>
public class DashboardTests(WebFactory web) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task The_monitoring_report_shows_its_seventeen_indicators_off_track_and_a_chart_per_goal()
    {
        var client = await web.SignedInAsync("zatwierdzajacy@kierunek.local");
        var response = await client.GetAsync("/pulpit/raport-z-monitoringu-regionalnego-programu-pomocy-spolecznej-i-wlaczenia-spolecz-raport-2016?rok=2016", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains(page.QuerySelectorAll("h2"), h => h.TextContent == "Wskaźniki zagrożone (17)");
        var figure = page.QuerySelector("figure.chart")!;
        Assert.Equal("Ocena wskaźników według celów", figure.QuerySelector("svg title")!.TextContent);
        Assert.StartsWith("Ocena wskaźników 5 celów w 2016 r.", figure.QuerySelector("svg desc")!.TextContent);
    }

    [Fact]
    public async Task The_implementation_table_shows_costs_by_source_per_goal()
    {
        var client = await web.SignedInAsync("koordynator@kierunek.local");
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync($"/pulpit/{WebFactory.LublinKey}?rok=2020", TestContext.Current.CancellationToken));
        Assert.Contains(page.QuerySelectorAll("figure.chart svg title"), t => t.TextContent == "Koszty celów według źródeł finansowania");
    }

    [Fact]
    public async Task The_dashboard_says_when_its_figures_were_counted_and_the_api_gives_them_as_data()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = await web.SignedInAsync("koordynator@kierunek.local");
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync($"/pulpit/{WebFactory.LublinKey}?rok=2020", ct));
        Assert.StartsWith("Stan na ", page.QuerySelector("#stan")!.TextContent);

        var api = await web.ApiClientAsync("czytelnik@kierunek.local");
        var data = await api.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/strategie/{WebFactory.LublinKey}/pulpit?rok=2020", ct);
        Assert.Equal(2020, data.GetProperty("year").GetInt32());
        var costs = data.GetProperty("charts").EnumerateArray().Single(c => c.GetProperty("title").GetString() == "Koszty celów według źródeł finansowania");
        var svgTitles = page.QuerySelectorAll("figure.chart svg title").Select(t => t.TextContent).ToList();
        Assert.Equal(svgTitles, data.GetProperty("charts").EnumerateArray().Select(c => c.GetProperty("title").GetString()));
        Assert.NotEmpty(costs.GetProperty("series").EnumerateArray().First().GetProperty("values").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/v1/strategie/nie-ma-takiej/pulpit", ct)).StatusCode);
    }

    [Fact]
    public async Task A_reader_sees_the_dashboard_and_the_tree_without_links_to_the_work_pages_nor_the_document_history()
    {
        var client = await web.SignedInAsync("czytelnik@kierunek.local");
        var ct = TestContext.Current.CancellationToken;
        foreach (var page in new[] { $"/pulpit/{WebFactory.LublinKey}", $"/strategie/{WebFactory.LublinKey}", $"/strategie/{WebFactory.LublinKey}/pozycje/3" })
        {
            var response = await client.GetAsync(page, ct);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            var html = await WebFactory.ParseAsync(response);
            Assert.DoesNotContain(html.QuerySelectorAll("main a"), a => a.GetAttribute("href")!.StartsWith("/monitoring", StringComparison.Ordinal) || a.GetAttribute("href")!.StartsWith("/raporty", StringComparison.Ordinal));
            Assert.DoesNotContain("Historia dokumentu", html.Body!.TextContent);
        }
    }
}
