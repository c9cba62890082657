using AngleSharp.Html.Parser;
using Kierunek.Import.Tests;
using Kierunek.Reports.Rendering;
using Kierunek.Reports.Strategies;

namespace Kierunek.Reports.Tests.Rendering;

/// <summary>The web page (and the printed PDF's first page) opens with its contents.</summary>
public class HtmlReportTests
{
    [Fact]
    public void The_contents_link_every_top_level_section_by_its_heading()
    {
        var report = ImplementationReport.Build(SeedFiles.LublinReport, 2020);
        var page = new HtmlParser().ParseDocument(HtmlReport.Render(report));
        var links = page.QuerySelectorAll("nav.contents a").ToList();
        Assert.Equal(report.Sections.Select(s => s.Heading), links.Select(a => a.TextContent));
        Assert.All(links, a =>
        {
            var target = page.GetElementById(a.GetAttribute("href")![1..]);
            Assert.Equal(a.TextContent, target!.QuerySelector("h2")!.TextContent);
        });
    }
}
