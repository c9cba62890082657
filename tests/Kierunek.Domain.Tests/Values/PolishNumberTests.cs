using Kierunek.Domain.Values;

namespace Kierunek.Domain.Tests.Values;

public class PolishNumberTests
{
    [Theory]
    [InlineData("1 234 567,89", 1234567.89)]
    [InlineData("72 344 401,00", 72344401.00)]
    [InlineData("2.511", 2511)]
    [InlineData("21.955", 21955)]
    [InlineData("1.128.611,65", 1128611.65)]
    [InlineData("0,01", 0.01)]
    [InlineData("2486", 2486)]
    [InlineData("9 353,2", 9353.2)]
    [InlineData("1\u00A0036", 1036)]
    [InlineData("-4,5", -4.5)]
    public void Reads_the_polish_forms(string text, double expected) =>
        Assert.Equal((decimal)expected, Parse(text));

    [Theory]
    [InlineData("12,3,4")]
    [InlineData("1 23")]
    [InlineData("2.5114")]
    [InlineData("abc")]
    [InlineData("")]
    public void Rejects_what_is_not_one_number(string text) =>
        Assert.False(PolishNumber.TryParse(text, out _));

    [Fact]
    public void A_dot_before_three_digits_is_a_thousands_separator_and_says_so()
    {
        Assert.True(PolishNumber.TryParse("2.768", out var v, out var remark));
        Assert.Equal(2768m, v);
        Assert.Equal(PolishNumber.DotThousandsRemark, remark);
    }

    private static decimal Parse(string text)
    {
        Assert.True(PolishNumber.TryParse(text, out var v), text);
        return v;
    }
}
