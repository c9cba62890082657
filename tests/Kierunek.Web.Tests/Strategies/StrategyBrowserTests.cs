using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using System.Net;

namespace Kierunek.Web.Tests.Strategies;

/// <summary>The strategy browser: the tree with codes and level names, search and filters, and an item
/// page with costs by source, indicators across the years and a chart.</summary>
public class StrategyBrowserTests(WebFactory web) : IClassFixture<WebFactory>
{
    private static string Tree => $"/strategie/{WebFactory.LublinKey}";

    [Fact]
    public async Task The_tree_shows_every_level_with_codes_and_level_names()
    {
        var page = await PageAsync(Tree);
        var items = page.QuerySelectorAll("ul.tree li");
        Assert.Equal(6 + 21 + 55 + 308, items.Length); // main goals, specific goals, tasks, actions of seed 000
        Assert.Contains(page.QuerySelectorAll("ul.tree .code"), c => c.TextContent == "1.1.1");
        Assert.Contains(page.QuerySelectorAll("ul.tree .level"), c => c.TextContent == "Cel szczegółowy");
    }

    [Fact]
    public async Task A_search_keeps_the_matching_items_and_the_path_to_them()
    {
        var page = await PageAsync(Tree + "?q=Lubelskiej+Karty+Seniora");
        var titles = page.QuerySelectorAll("ul.tree .title").Select(t => t.TextContent).ToList();
        Assert.Contains(titles, t => t.StartsWith("Informator dot. Lubelskiej Karty Seniora", StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll("ul.tree .code"), c => c.TextContent == "1.1"); // its goal, as the path
        Assert.True(titles.Count < 10, $"{titles.Count} items");
        Assert.Contains("Znaleziono", page.QuerySelector("[role=status]")!.TextContent);
    }

    [Fact]
    public async Task A_search_ignores_case_and_polish_accents()
    {
        var plain = await PageAsync(Tree + "?q=osrodek+pomocy");
        var accented = await PageAsync(Tree + "?q=Ośrodek+Pomocy");
        Assert.Equal(accented.QuerySelectorAll("ul.tree li").Length, plain.QuerySelectorAll("ul.tree li").Length);
        Assert.NotEmpty(plain.QuerySelectorAll("ul.tree li"));
    }

    [Fact]
    public async Task The_institution_filter_keeps_items_that_institution_carries_out()
    {
        var page = await PageAsync(Tree + "?instytucja=miejski-urzad-pracy");
        var items = page.QuerySelectorAll("ul.tree li.measure");
        Assert.NotEmpty(items);
        Assert.True(items.Length < 308);
    }

    [Fact]
    public async Task The_goal_filter_keeps_one_goal()
    {
        var page = await PageAsync(Tree + "?cel=2.1");
        var codes = page.QuerySelectorAll("ul.tree li.task .code").Select(c => c.TextContent).ToList();
        Assert.NotEmpty(codes);
        Assert.All(codes, c => Assert.StartsWith("2.1.", c));
    }

    [Fact]
    public async Task An_item_page_shows_costs_by_source_indicators_and_history()
    {
        var tree = await PageAsync(Tree + "?q=Gazetka+informacyjna");
        var link = tree.QuerySelectorAll("ul.tree li.measure > a").OfType<IHtmlAnchorElement>().First();
        var page = await PageAsync(link.GetAttribute("href")!);
        var main = page.QuerySelector("main")!.TextContent;
        Assert.StartsWith("Działanie", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Koszty według źródeł finansowania", main);
        Assert.Contains("W ramach działalności statutowej", main); // the cost as printed, not 0
        Assert.Contains("liczba wydanych poradników", main);
        Assert.Contains(page.QuerySelectorAll("nav.crumbs a"), a => a.TextContent == "1.1.1"); // the path up the tree
        Assert.Contains("wczytanie dokumentu", main);
    }

    [Fact]
    public async Task An_indicator_with_values_in_several_years_has_a_chart_with_a_title()
    {
        var key = "wskazniki-monitorujace-belchatowie-2021-2023";
        var tree = await PageAsync($"/strategie/{key}?q=Liczba");
        foreach (var link in tree.QuerySelectorAll("ul.tree li > a").OfType<IHtmlAnchorElement>().Take(40))
        {
            var page = await PageAsync(link.GetAttribute("href")!);
            if (page.QuerySelector("figure.chart svg[role=img] title") is { } title)
            {
                Assert.False(string.IsNullOrWhiteSpace(title.TextContent));
                return;
            }
        }
        Assert.Fail("no item page with a chart");
    }

    [Fact]
    public async Task An_unknown_strategy_or_item_is_not_found()
    {
        var client = await web.SignedInAsync("koordynator@kierunek.local");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/strategie/nie-ma-takiej", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Tree + "/pozycje/99999", TestContext.Current.CancellationToken)).StatusCode);
    }

    private async Task<IHtmlDocument> PageAsync(string path)
    {
        client ??= await web.SignedInAsync("koordynator@kierunek.local");
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private HttpClient? client;
}
