using Kierunek.Domain.Strategies;
using Kierunek.Domain.Strategies.Checks;
using Kierunek.Domain.Strategies.Exchange;
using Kierunek.Domain.Values;
using Kierunek.Import.Tests;

namespace Kierunek.Domain.Tests.Strategies.Checks;

/// <summary>Amounts in a unit their table or indicator is not in: none in the seeds as printed (seed 001's
/// "413 tys. zł" stands under an indicator "(tys. zł)"), and each kind found, with the arithmetic both ways,
/// once a seed's cell is changed to the wrong unit.</summary>
public class MoneyUnitCheckTests
{
    private static StrategyDocument Copy(StrategyDocument d) => DocumentJson.Read(DocumentJson.Write(d), d.Key).Value!;

    private static RecordedValue Cell(string text, ValueContext context = ValueContext.General) => new(text, ValueReader.Read(text, context).Reading!);

    [Fact]
    public void The_seeds_as_printed_have_no_amount_in_the_wrong_unit()
    {
        foreach (var seed in new[] { SeedFiles.LublinReport, SeedFiles.BialystokReport, SeedFiles.RopsReport, SeedFiles.BelchatowReport })
            Assert.Empty(MoneyUnitCheck.Run(seed));
    }

    [Fact]
    public void An_indicator_value_in_zloty_under_an_indicator_in_thousands_is_reported_with_the_conversion()
    {
        var document = Copy(SeedFiles.BialystokReport);
        var indicator = document.AllIndicators().First(i => i.Unit == "tys. zł" && i.Values.Count > 0);
        var period = indicator.Values[0].Period;
        indicator.Values[0] = new IndicatorValue(period, Cell("413 000 zł"));

        var finding = Assert.Single(MoneyUnitCheck.Run(document));

        Assert.Equal(FindingKind.UnitMismatch, finding.Kind);
        Assert.Equal($"wskaźnik jest w tys. zł, a wartość {period} „413 000 zł” podano w zł: 413 000 zł = 413 tys. zł; sprawdź, czy to nie pomyłka jednostki",
            finding.Message.Replace('\u00A0', ' '));
    }

    [Fact]
    public void A_cost_in_thousands_in_a_cost_table_in_zloty_says_how_it_was_counted_and_what_else_it_could_be()
    {
        var document = Copy(SeedFiles.LublinReport);
        var node = document.AllNodes().First(n => n.Costs.Any(c => c.Total is not null));
        var index = node.Costs.FindIndex(c => c.Total is not null);
        node.Costs[index] = node.Costs[index] with { Total = Cell("1,5 tys. zł", ValueContext.Money) };

        var finding = Assert.Single(MoneyUnitCheck.Run(document));

        Assert.Equal("koszt działania: „1,5 tys. zł” podano w tys. zł, a tabela kosztów jest w zł — w sumach liczone jako 1 500,00 zł (1,5 × 1 000); jeśli chodziło o złote, to 1,50 zł",
            finding.Message.Replace('\u00A0', ' '));
        Assert.Equal(node.Costs[index].SourceLine, finding.SourceLine);
    }
}
