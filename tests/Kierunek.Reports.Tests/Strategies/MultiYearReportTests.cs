using AngleSharp.Html.Parser;
using Kierunek.Import.Tests;
using Kierunek.Reports.Model;
using Kierunek.Reports.Rendering;
using Kierunek.Reports.Strategies;

namespace Kierunek.Reports.Tests.Strategies;

/// <summary>The seed-004 multi-year report: a table per strategic goal, years as columns, every stored
/// value shown, "not measured yet" said, a year without a value left empty.</summary>
public class MultiYearReportTests
{
    private static readonly Report Report = MultiYearReport.Build(SeedFiles.BelchatowReport, [2021, 2022, 2023]);

    private static List<Table> Tables => Report.Sections.SelectMany(s => s.Blocks).OfType<Table>().ToList();

    [Fact]
    public void Each_strategic_goal_has_a_table_with_a_column_per_year()
    {
        Assert.Equal(5, Tables.Count);
        Assert.All(Tables, t => Assert.Equal(["Kierunek działań", "Wskaźnik", "2021 r.", "2022 r.", "2023 r."], t.HeaderRows[0].Select(h => h.Text)));
        Assert.Equal(123, Tables.Sum(t => t.Rows.Count(r => r.Kind == RowKind.Body)));
        Assert.Equal(18, Tables.Sum(t => t.Rows.Count(r => r.Kind == RowKind.Group)));
        Assert.All(Report.Sections, s => Assert.True(s.Landscape));
    }

    [Fact]
    public void Every_stored_value_is_in_its_year_column()
    {
        var rows = Tables.SelectMany(t => t.Rows).Where(r => r.Kind == RowKind.Body).ToList();
        var indicators = SeedFiles.BelchatowReport.AllIndicators().ToList();
        Assert.Equal(indicators.Count, rows.Count);
        foreach (var (indicator, row) in indicators.Zip(rows))
        {
            Assert.Equal(indicator.Name, row.Cells[1].Text);
            foreach (var year in new[] { 2021, 2022, 2023 })
            {
                var value = indicator.Values.FirstOrDefault(v => v.Period.FromYear == year)?.Value;
                Assert.Equal(ValueCells.Of(value).Text, row.Cells[year - 2019].Text);
            }
        }
    }

    [Fact]
    public void Approximations_lists_and_not_measured_yet_read_as_printed()
    {
        var html = HtmlReport.Render(Report);
        var page = new HtmlParser().ParseDocument(html);
        var cells = page.QuerySelectorAll("td").Select(td => td.TextContent).ToList();
        Assert.Contains("ok. 3\u00A0700", cells);
        Assert.Contains("2\u00A0511", cells);
        Assert.Contains("pomiar od 2022 r.", cells);
        Assert.Contains(page.QuerySelectorAll("td li"), li => li.TextContent == "przemoc – 124");
    }
}
