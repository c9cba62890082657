using Kierunek.Domain.Strategies.Mapping;

namespace Kierunek.Domain.Tests.Strategies.Mapping;

/// <summary>A column's way of writing numbers, found from its cells, and a cell rewritten the Polish way for the value
/// reader — words, markers, codes and dates untouched.</summary>
public class NumberConventionsTests
{
    [Theory]
    [InlineData(new[] { "12.500.000", "1.200", "b.d." }, NumberConvention.DotThousands)]
    [InlineData(new[] { "1.234,5", "x" }, NumberConvention.DotThousands)]
    [InlineData(new[] { "3.75%", "12.5", "ok. 14" }, NumberConvention.DotDecimal)]
    [InlineData(new[] { "1,234.5" }, NumberConvention.DotDecimal)]
    [InlineData(new[] { "12 500,50", "15.03.2022", "w ramach działalności statutowej" }, NumberConvention.Polish)]
    public void A_column_shows_its_convention(string[] cells, NumberConvention expected) =>
        Assert.Equal(expected, NumberConventions.Detect(cells));

    [Theory]
    [InlineData("12.500.000", NumberConvention.DotThousands, "12 500 000")]
    [InlineData("1.234,5 zł", NumberConvention.DotThousands, "1 234,5 zł")]
    [InlineData("3.75%", NumberConvention.DotDecimal, "3,75%")]
    [InlineData("1,234.5", NumberConvention.DotDecimal, "1 234,5")]
    [InlineData("ok. 3.700 osób", NumberConvention.DotThousands, "ok. 3 700 osób")]
    [InlineData("b.d.", NumberConvention.DotThousands, "b.d.")]
    [InlineData("zmiana 15.03.2022", NumberConvention.DotThousands, "zmiana 15.03.2022")]
    [InlineData("pkt 2.", NumberConvention.DotDecimal, "pkt 2.")]
    [InlineData("12.500.000", NumberConvention.Polish, "12.500.000")]
    public void A_cell_is_rewritten_the_Polish_way_and_nothing_else_is_touched(string cell, NumberConvention convention, string expected) =>
        Assert.Equal(expected, NumberConventions.ToPolish(cell, convention));

    [Fact]
    public void A_dot_before_exactly_three_digits_is_doubtful_either_way()
    {
        Assert.NotNull(NumberConventions.Ambiguity("1.500", NumberConvention.DotThousands));
        Assert.NotNull(NumberConventions.Ambiguity("1.500", NumberConvention.DotDecimal));
        Assert.Null(NumberConventions.Ambiguity("1.500.000", NumberConvention.DotThousands));
        Assert.Null(NumberConventions.Ambiguity("1.500", NumberConvention.Polish));
    }
}
