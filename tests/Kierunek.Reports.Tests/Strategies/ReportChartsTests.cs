using Kierunek.Domain.Strategies;
using Kierunek.Domain.Strategies.Checks;
using Kierunek.Domain.Values;
using Kierunek.Import.Tests;
using Kierunek.Reports.Model;
using Kierunek.Reports.Strategies;

namespace Kierunek.Reports.Tests.Strategies;

/// <summary>The charts the reports carry: drawn from the same numbers as the tables, only exact numbers
/// drawn, and each says in one sentence what it shows.</summary>
public class ReportChartsTests
{
    [Fact]
    public void The_cost_chart_stacks_each_goals_computed_state_gmina_and_other_cost()
    {
        var chart = Charts(ImplementationReport.Build(SeedFiles.LublinReport, 2020)).OfType<StackedBarChart>().Single();
        var totals = CostTotaller.ByGoal(SeedFiles.LublinReport);
        Assert.Equal(["państwo", "gmina", "inne"], chart.Parts.Select(p => p.Name));
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            var goal = totals[chart.Categories[i]];
            Assert.Equal([goal.State ?? 0, goal.Gmina ?? 0, goal.Other ?? 0], chart.Parts.Select(p => p.Values[i]));
        }
        Assert.Contains("1.1", chart.Categories);
        Assert.Contains($"gmina {PolishFormat.Money(chart.Parts[1].Values.Sum())}", chart.Description);
    }

    [Fact]
    public void The_status_chart_counts_the_same_statuses_as_the_attainment_summary()
    {
        var chart = Charts(AttainmentReport.Build(SeedFiles.RopsReport, 2016)).OfType<StackedBarChart>().Single();
        Assert.Equal(["1", "2", "3", "4", "5"], chart.Categories);
        Assert.Equal([6, 2, 17, 0, 0], chart.Parts.Select(p => p.Values.Sum()));
        Assert.Equal(
            "Ocena wskaźników 5 celów w 2016 r.: osiągnięty — 6, na dobrej drodze — 2, zagrożony — 17; najwięcej zagrożonych w celu 3 (6 z 6).",
            chart.Description);
    }

    [Fact]
    public void A_trend_runs_from_the_baseline_year_to_this_year_against_the_resolved_target()
    {
        var trends = Charts(AttainmentReport.Build(SeedFiles.RopsReport, 2016)).OfType<TrendChart>().ToList();
        var neet = trends.Single(t => t.Title.StartsWith("Liczba osób młodych w kategorii NEET", StringComparison.Ordinal));
        Assert.Equal([new ChartPoint(2014, 7282), new ChartPoint(2016, 14175)], neet.Points);
        Assert.Equal(8010.2m, neet.Target);
        Assert.Equal("Wzrost: 7 282 w 2014 r., 14 175 w 2016 r.; wartość docelowa 8 010,2.", neet.Description.Replace('\u00A0', ' '));
    }

    [Fact]
    public void Values_that_are_not_exact_numbers_are_not_drawn()
    {
        var indicator = new Indicator { Name = "Liczba placówek" };
        (int, RecordedValue)[] values = [(2021, Recorded("b.d.")), (2022, Recorded("ok. 3.700")), (2023, Recorded("12"))];
        Assert.Null(ReportCharts.Trend(indicator, values, null)); // one exact number is no line

        (int, RecordedValue)[] mixed = [(2021, Recorded("83%")), (2022, Recorded("12"))];
        Assert.Null(ReportCharts.Trend(indicator, mixed, null)); // a percentage and a count are not one line
    }

    [Fact]
    public void The_multi_year_report_draws_indicators_measured_in_at_least_two_years()
    {
        var report = MultiYearReport.Build(SeedFiles.BelchatowReport, [2021, 2022, 2023]);
        var trends = Charts(report).OfType<TrendChart>().ToList();
        Assert.NotEmpty(trends);
        Assert.All(trends, t => Assert.True(t.Points.Count >= 2 && t.Points.Select(p => p.Year).Distinct().Count() == t.Points.Count));
        Assert.All(Charts(report), c => Assert.EndsWith(".", c.Description));
    }

    private static RecordedValue Recorded(string text) => new(text, ValueReader.Read(text).Reading!);

    private static IEnumerable<Chart> Charts(Report report) => Reports.Rendering.ChartImages.ChartsIn(report);
}
