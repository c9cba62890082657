using AngleSharp.Html.Parser;
using Kierunek.Import.Tests;
using Kierunek.Reports.Model;
using Kierunek.Reports.Rendering;
using Kierunek.Reports.Strategies;

namespace Kierunek.Reports.Tests.Strategies;

/// <summary>The seed-002 attainment report: one table per goal, every stored value in Polish format,
/// the relative targets worked out, and an accessible HTML page.</summary>
public class AttainmentReportTests
{
    private static readonly Report Report = AttainmentReport.Build(SeedFiles.RopsReport, 2016);

    [Fact]
    public void Each_goal_has_one_table_with_a_row_per_indicator()
    {
        var tables = Report.Sections.SelectMany(s => s.Blocks).OfType<Table>().ToList();
        Assert.Equal([8, 5, 6, 2, 4], tables.Select(t => t.Rows.Count));
    }

    [Fact]
    public void Every_stored_value_appears_in_polish_format()
    {
        var cells = Report.Sections.SelectMany(s => s.Blocks).OfType<Table>().SelectMany(t => t.Rows).SelectMany(r => r.Cells).Select(c => c.Text).ToList();
        foreach (var indicator in SeedFiles.RopsReport.AllIndicators())
        {
            var value = indicator.ValueIn(2016);
            Assert.Contains(ValueCells.Of(value).Text, cells);
        }
        Assert.Contains("14\u00A0175", cells);
        Assert.Contains("52 570 rodzin / 83 %", cells);
        Assert.Contains("7\u00A0282 (2014 r.)", cells);
        Assert.Contains("Wzrost o 10% (= 8\u00A0010,2)", cells);
        Assert.Contains("946,6%", cells);
    }

    [Fact]
    public void The_summary_counts_indicators_in_correct_polish()
    {
        var summary = Assert.IsType<Paragraph>(Report.Sections[0].Blocks[0]);
        Assert.Equal("W 2016 r. oceniono 25 wskaźników — osiągnięty: 6, na dobrej drodze: 2, zagrożony: 17.", summary.Text);
    }

    [Fact]
    public void The_html_page_is_accessible_tables_with_captions_and_scoped_headers()
    {
        var page = new HtmlParser().ParseDocument(HtmlReport.Render(Report));
        Assert.Equal("pl", page.DocumentElement.GetAttribute("lang"));
        Assert.Single(page.QuerySelectorAll("h1"));
        var tables = page.QuerySelectorAll("table");
        Assert.Equal(5, tables.Length);
        Assert.All(tables, t => Assert.False(string.IsNullOrWhiteSpace(t.QuerySelector("caption")?.TextContent)));
        Assert.All(page.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.All(page.QuerySelectorAll("tbody th"), th => Assert.Equal("row", th.GetAttribute("scope")));
        Assert.Contains(page.QuerySelectorAll("td"), td => td.TextContent == "946,6%");
        Assert.NotEmpty(page.QuerySelectorAll(".footnotes li"));
    }
}
