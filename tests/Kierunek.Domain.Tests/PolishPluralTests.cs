namespace Kierunek.Domain.Tests;

public class PolishPluralTests
{
    [Theory]
    [InlineData(1, "1 osoba")]
    [InlineData(2, "2 osoby")]
    [InlineData(4, "4 osoby")]
    [InlineData(5, "5 osób")]
    [InlineData(11, "11 osób")]
    [InlineData(12, "12 osób")]
    [InlineData(14, "14 osób")]
    [InlineData(22, "22 osoby")]
    [InlineData(25, "25 osób")]
    [InlineData(0, "0 osób")]
    [InlineData(112, "112 osób")]
    [InlineData(1022, "1\u00A0022 osoby")]
    public void A_count_takes_the_noun_form_polish_grammar_asks_for(long count, string expected) =>
        Assert.Equal(expected, PolishPlural.Of(count, "osoba", "osoby", "osób"));
}
