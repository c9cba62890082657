using Kierunek.Import.Tests;
using Kierunek.Reports.Model;
using Kierunek.Reports.Strategies;

namespace Kierunek.Reports.Tests.Strategies;

/// <summary>The seed-001 indicator table: a table per strategic goal, a row per indicator with its task's
/// implementers and funding on the task's first row, every value of 2020 in Polish format.</summary>
public class IndicatorTableReportTests
{
    private static readonly Report Report = IndicatorTableReport.Build(SeedFiles.BialystokReport, 2020);
    private static List<Table> Tables => Report.Sections.SelectMany(s => s.Blocks).OfType<Table>().ToList();

    [Fact]
    public void A_table_per_strategic_goal_with_a_row_per_indicator_and_a_group_row_per_priority()
    {
        Assert.Equal(7, Tables.Count);
        Assert.Equal(175, Tables.Sum(t => t.Rows.Count(r => r.Kind == RowKind.Body)));
        Assert.Equal(28, Tables.Sum(t => t.Rows.Count(r => r.Kind == RowKind.Group)));
    }

    [Fact]
    public void The_first_task_row_names_its_implementers_and_funding()
    {
        var first = Tables[0].Rows.First(r => r.Kind == RowKind.Body);
        Assert.StartsWith("A.1.1. Rozwój środowiskowych form wsparcia", first.Cells[0].Text);
        Assert.StartsWith("Urząd Miejski, Miejski Ośrodek Pomocy Rodzinie", first.Cells[1].Text);
        Assert.Equal("Budżet Miasta", first.Cells[2].Text);
        Assert.Equal("18", first.Cells[4].Text);
    }

    [Fact]
    public void Every_value_of_the_year_is_in_the_report()
    {
        var texts = Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells).Select(c => c.Text).ToHashSet();
        Assert.All(SeedFiles.BialystokReport.AllIndicators().SelectMany(i => i.Values), v => Assert.Contains(ValueCells.Of(v.Value).Text, texts));
        Assert.Contains("9\u00A0353,2\u00A0tys. zł", texts);
        Assert.Contains("b.d.", texts);
    }
}
