using AngleSharp.Html.Parser;
using Kierunek.Import.Tests;
using Kierunek.Reports.Model;
using Kierunek.Reports.Rendering;
using Kierunek.Reports.Strategies;

namespace Kierunek.Reports.Tests.Rendering;

/// <summary>Charts drawn as pictures: inline SVG with a title and a description on the web page, PNG images with alt
/// text on the page printed to PDF. Word and Excel get Office charts instead (<see cref="OfficeChartsTests"/>).</summary>
public class ChartImagesTests
{
    private static readonly Report Attainment = AttainmentReport.Build(SeedFiles.RopsReport, 2016);
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G'];

    [Fact]
    public void A_chart_is_a_png_of_the_agreed_size()
    {
        var png = ChartImages.Png(Charts(Attainment)[0]);
        Assert.Equal(PngSignature, png.Take(4));
        // IHDR: width and height, big-endian, at bytes 16–23.
        Assert.Equal(ChartImages.Width, (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19]);
        Assert.Equal(ChartImages.Height, (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23]);
    }

    [Fact]
    public void The_web_page_carries_each_chart_as_inline_svg_named_by_its_title_and_description()
    {
        var page = new HtmlParser().ParseDocument(HtmlReport.Render(Attainment));
        var charts = Charts(Attainment);
        var svgs = page.QuerySelectorAll("figure > svg");
        Assert.Equal(charts.Count, svgs.Length);
        for (var i = 0; i < charts.Count; i++)
        {
            var svg = svgs[i];
            Assert.Equal("img", svg.GetAttribute("role"));
            var names = svg.GetAttribute("aria-labelledby")!.Split(' ').Select(id => page.GetElementById(id)!.TextContent).ToList();
            Assert.Equal([charts[i].Title, charts[i].Description], names);
        }
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count()); // clip paths of one chart never clip another
    }

    [Fact]
    public void The_printed_page_carries_each_chart_as_a_png_with_alt_text()
    {
        var page = new HtmlParser().ParseDocument(HtmlReport.Render(Attainment, HtmlCharts.Png));
        var images = page.QuerySelectorAll("figure > img");
        Assert.Equal(Charts(Attainment).Select(c => c.Description), images.Select(i => i.GetAttribute("alt")));
        Assert.All(images, i => Assert.StartsWith("data:image/png;base64,", i.GetAttribute("src")));
    }

    private static List<Chart> Charts(Report report) => ChartImages.ChartsIn(report).ToList();
}
