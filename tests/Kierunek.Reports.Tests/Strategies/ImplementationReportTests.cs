using Kierunek.Domain.Strategies;
using Kierunek.Import.Tests;
using Kierunek.Reports.Model;
using Kierunek.Reports.Strategies;

namespace Kierunek.Reports.Tests.Strategies;

/// <summary>The seed-000 implementation report: a table per specific goal with two header rows, every
/// printed cost and indicator value, "razem" rows by the document's rule marked where the printed
/// total differs, and the summary across main goals.</summary>
public class ImplementationReportTests
{
    private static readonly StrategyDocument Lublin = SeedFiles.LublinReport;
    private static readonly Report Report = ImplementationReport.Build(Lublin, 2020);
    private static List<Table> Tables => Report.Sections.SelectMany(s => s.Blocks).OfType<Table>().ToList();

    [Fact]
    public void The_source_names_the_document_and_year_but_never_the_file_it_was_loaded_from()
    {
        Assert.NotNull(Lublin.SourceFile);
        Assert.Equal($"Na podstawie: {Lublin.Title}; rok sprawozdawczy 2020.", Report.Source);
        Assert.DoesNotContain(Lublin.SourceFile!, Report.Source);
    }

    [Fact]
    public void The_source_names_the_stored_version_the_report_was_made_from()
    {
        var stored = Kierunek.Domain.Strategies.Exchange.DocumentJson.Read(Kierunek.Domain.Strategies.Exchange.DocumentJson.Write(Lublin), Lublin.Key).Value!;
        stored.StoredVersion = 3;
        Assert.Equal($"Na podstawie: {Lublin.Title} (wersja 3); rok sprawozdawczy 2020.", ImplementationReport.Build(stored, 2020).Source);
    }

    [Fact]
    public void A_table_per_specific_goal_and_one_summary()
    {
        Assert.Equal(22, Tables.Count);
        Assert.All(Tables.Take(21), t => Assert.Equal(2, t.HeaderRows.Count));
        Assert.All(Tables.Take(21), t => Assert.Equal(12, t.ColumnCount));
        Assert.All(Tables.Take(21), t => Assert.All(t.Rows, r => Assert.Equal(12, r.Cells.Sum(c => c.ColumnSpan))));
        Assert.All(Report.Sections.Take(21), s => Assert.True(s.Landscape));
    }

    [Fact]
    public void Every_printed_cost_and_value_is_in_the_report_in_polish_format()
    {
        var texts = Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells).Select(c => c.Text).ToHashSet();
        var costs = Lublin.AllNodes().SelectMany(n => n.Costs).SelectMany(c => new[] { c.Total, c.State, c.Gmina, c.Other }).OfType<Domain.Values.RecordedValue>().ToList();
        Assert.True(costs.Count > 1000);
        Assert.All(costs, v => Assert.Contains(ValueCells.Of(v).Text, texts));
        Assert.All(Lublin.AllIndicators().SelectMany(i => i.Values), v => Assert.Contains(ValueCells.Of(v.Value).Text, texts));
        Assert.Contains("72\u00A0344\u00A0401,00\u00A0zł", texts);
    }

    [Theory]
    [InlineData("1.1")]
    [InlineData("2.4")]
    [InlineData("3.3")]
    [InlineData("4.2")]
    [InlineData("4.3")]
    [InlineData("5.1")]
    [InlineData("5.5")]
    public void A_goal_whose_printed_total_adds_up_has_no_warning(string goal) =>
        Assert.All(RazemRow(goal).Cells, c => Assert.Null(c.Warning));

    [Fact]
    public void A_goal_whose_printed_total_does_not_add_up_is_marked_with_the_printed_figure()
    {
        // Seed 000 prints goal 2.1's 4 500,00 under "gmina" while the action prints it under "inne".
        var row = RazemRow("2.1");
        Assert.Null(row.Cells[2].Warning); // the total, 281 500,00 zł, agrees
        Assert.Equal("wydrukowano 4\u00A0500,00\u00A0zł", row.Cells[4].Warning);
        Assert.Equal("wydrukowano 0,00\u00A0zł", row.Cells[5].Warning);
    }

    [Fact]
    public void The_multi_year_rule_is_stated()
    {
        var notes = Report.Sections[^1].Blocks.OfType<Paragraph>().Select(p => p.Text);
        Assert.Contains("Zgodnie z dokumentem nie ujęto kosztów działań wieloletnich.", notes);
    }

    private static Row RazemRow(string goal) => Tables.SelectMany(t => t.Rows).Single(r => r.Kind == RowKind.Total && r.Cells[0].Text == $"Razem cel {goal}");
}
