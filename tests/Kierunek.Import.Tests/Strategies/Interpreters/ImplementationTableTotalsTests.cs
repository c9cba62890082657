using Kierunek.Domain.Strategies;
using Kierunek.Domain.Strategies.Checks;

namespace Kierunek.Import.Tests.Strategies.Interpreters;

/// <summary>Seed 000 (Lublin SRPS, 2020): computed goal totals against the printed "razem" rows.</summary>
public class ImplementationTableTotalsTests
{
    private static readonly StrategyDocument Lublin = SeedFiles.LublinReport;

    [Theory]
    [InlineData("1.1")] [InlineData("2.4")] [InlineData("3.3")] [InlineData("4.2")] [InlineData("4.3")] [InlineData("5.1")] [InlineData("5.5")]
    [InlineData("2.5")] [InlineData("3.1")] [InlineData("3.2")] [InlineData("4.1")] [InlineData("5.2")] [InlineData("5.3")] [InlineData("6.1")] [InlineData("6.2")]
    public void Computed_goal_total_equals_the_printed_razem_row_in_all_four_columns(string goal)
    {
        var printed = PrintedRow(goal);
        var computed = Computed(goal);
        foreach (var column in CostTotaller.Columns)
            Assert.Equal(printed[column]!.Reading.InZloty, computed[column] ?? 0m);
    }

    [Fact]
    public void Goal_totals_leave_out_multi_year_measures_as_the_document_says()
    {
        Assert.Equal(CostRollupRule.ExcludeMultiYearMeasures, Lublin.CostRule);
        Assert.Equal("*nie ujęto kosztów działań wieloletnich", PrintedRow("1.1").Footnote);
        // 1.1 prints 163 600,00: "Budowa szkoły… ul. Berylowej" (2018-2020) and "Przebudowa… ul. Północnej" (2019-2020) are left out.
        Assert.True(Lublin.Measure("1.1.4", "Budowa szkoły").IsMultiYear);
        Assert.Equal(163_600.00m, Computed("1.1").Total);
    }

    [Fact]
    public void Goal_1_2_mismatch_is_the_cost_cells_missing_from_the_extract()
    {
        // Państwo adds up exactly; the HTML rows "Działania placówek opiekuńczo-wychowawczych… Wykazano koszty p.l.o-w."
        // have empty money cells in the extract, which is the whole gap in gmina (1 710 287,91) and inne.
        var computed = Computed("1.2");
        Assert.Equal(476_381_494.95m, computed.State);
        Assert.Equal(505_178_649.42m, computed.Total);
        Assert.Equal(507_960_589.38m - 505_178_649.42m, Difference("1.2", CostColumn.Total));
        Assert.Equal(1_710_287.91m, Difference("1.2", CostColumn.Gmina));
        Assert.All(Lublin.MeasureInGoal("1.2", "Działania placówek opiekuńczo").Costs, c => Assert.Null(c.Total));
    }

    [Fact]
    public void Goal_1_3_mismatch_is_the_document_leaving_out_more_than_its_rule_says()
    {
        // Printed 243 420,00 = 216 640,00 + 26 780,00 only; the other single-year programmes of 2020
        // (100 000 + 296 988 + 298 067 + 150 360 + 517 297) are left out without a footnote.
        Assert.Equal(243_420.00m, PrintedRow("1.3").Total!.Reading.InZloty);
        Assert.Equal(216_640.00m + 26_780.00m, PrintedRow("1.3").Total!.Reading.InZloty);
        Assert.Equal(100_000m + 296_988m + 298_067m + 150_360m + 517_297m + 216_640m + 26_780m, Computed("1.3").Total);
    }

    [Fact]
    public void Goal_2_1_prints_the_4500_under_gmina_while_the_row_has_it_under_inne()
    {
        Assert.Equal(281_500.00m, Computed("2.1").Total);
        Assert.Equal(4_500.00m, Lublin.MeasureInGoal("2.1", "Usługa wsparcia psychologicznego").Costs.Single().Other!.Reading.InZloty);
        Assert.Equal(4_500.00m, PrintedRow("2.1").Gmina!.Reading.InZloty);
        Assert.Equal(0m, PrintedRow("2.1").Other!.Reading.InZloty);
    }

    [Fact]
    public void Goal_2_2_printed_total_omits_the_100000_pfron_measure()
    {
        Assert.Equal(-100_000m, Difference("2.2", CostColumn.Total));
        Assert.Equal(-100_000m, Difference("2.2", CostColumn.State));
        Assert.Equal(0m, Difference("2.2", CostColumn.Gmina));
        var pfron = Lublin.Measure("2.2.2", "Zapewnienie pomocy osobom niepełnosprawnym");
        Assert.Equal(100_000.00m, pfron.Costs.Single().Total!.Reading.InZloty);
    }

    [Fact]
    public void Goal_2_3_mismatch_is_all_in_gmina()
    {
        Assert.Equal(71_080.50m, Difference("2.3", CostColumn.Total));
        Assert.Equal(71_080.50m, Difference("2.3", CostColumn.Gmina));
        Assert.Equal(0m, Difference("2.3", CostColumn.State));
        Assert.Equal(0m, Difference("2.3", CostColumn.Other));
    }

    [Fact]
    public void Goal_5_4_printed_total_leaves_out_the_row_dated_2019()
    {
        var dated2019 = Lublin.MeasureInGoal("5.4", "Osobom bezdomnym udzielono").Costs.Single(c => c.Deadline!.Printed == "2019");
        foreach (var column in CostTotaller.Columns)
            Assert.Equal(dated2019[column]!.Reading.InZloty, -Difference("5.4", column));
    }

    [Fact]
    public void Main_goal_summary_rows_equal_the_sum_of_the_printed_goal_rows()
    {
        var findings = CostCheck.Run(Lublin);
        Assert.DoesNotContain(findings, f => f.Kind == FindingKind.SummaryMismatch);
        Assert.Equal(6, Lublin.PrintedTotals.Count(t => t.Kind == PrintedTotalKind.SummaryMainGoal));
    }

    [Fact]
    public void A_subtotal_row_counts_once_and_its_parts_not_again()
    {
        var subtotal = Lublin.Measure("3.3.2", "Organizacja tematycznych inicjatyw międzypokoleniowych razem, w tym");
        Assert.True(subtotal.Costs.Single().IsSubtotalOfFollowing);
        Assert.True(Lublin.Measure("3.3.2", "Spotkania z dziećmi").Costs.Single().IsPartOfSubtotal);
    }

    [Fact]
    public void Check_lists_every_mismatch_with_printed_computed_and_difference()
    {
        var mismatch = CostCheck.Run(Lublin).Single(f => f.Kind == FindingKind.TotalMismatch && f.GoalCode == "2.2"
            && f.Column == CostColumn.Total && f.SourceLine == 147);
        Assert.Equal(18_811_319.91m, mismatch.Printed);
        Assert.Equal(18_911_319.91m, mismatch.Computed);
        Assert.Equal(-100_000m, mismatch.Difference);
        Assert.Contains("18 811 319,91", mismatch.Message.Replace('\u00A0', ' '));
    }

    private static PrintedTotal PrintedRow(string goal) =>
        Lublin.PrintedTotals.Single(t => t.GoalCode == goal && t.Kind == PrintedTotalKind.GoalRow);

    private static CostTotals Computed(string goal) => CostTotaller.ByGoal(Lublin)[goal];

    private static decimal Difference(string goal, CostColumn column) =>
        PrintedRow(goal)[column]!.Reading.InZloty!.Value - (Computed(goal)[column] ?? 0m);
}
