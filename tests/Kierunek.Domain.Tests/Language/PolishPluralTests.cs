using Kierunek.Domain.Language;
namespace Kierunek.Domain.Tests.Language;

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

/// <summary>The nouns generated text counts most, with every kind of number the rules distinguish.</summary>
public class PolishNounTests
{
    [Theory]
    [InlineData("0", "0 osób", "0 rodzin", "0 pracowników")]
    [InlineData("1", "1 osoba", "1 rodzina", "1 pracownik")]
    [InlineData("2", "2 osoby", "2 rodziny", "2 pracowników")]
    [InlineData("4", "4 osoby", "4 rodziny", "4 pracowników")]
    [InlineData("5", "5 osób", "5 rodzin", "5 pracowników")]
    [InlineData("12", "12 osób", "12 rodzin", "12 pracowników")]
    [InlineData("21", "21 osób", "21 rodzin", "21 pracowników")]
    [InlineData("22", "22 osoby", "22 rodziny", "22 pracowników")]
    [InlineData("25", "25 osób", "25 rodzin", "25 pracowników")]
    [InlineData("101", "101 osób", "101 rodzin", "101 pracowników")]
    [InlineData("112", "112 osób", "112 rodzin", "112 pracowników")]
    [InlineData("1000", "1\u00A0000 osób", "1\u00A0000 rodzin", "1\u00A0000 pracowników")]
    [InlineData("1002", "1\u00A0002 osoby", "1\u00A0002 rodziny", "1\u00A0002 pracowników")]
    [InlineData("0.5", "0,5 osoby", "0,5 rodziny", "0,5 pracownika")]
    [InlineData("1.5", "1,5 osoby", "1,5 rodziny", "1,5 pracownika")]
    [InlineData("2.75", "2,75 osoby", "2,75 rodziny", "2,75 pracownika")]
    [InlineData("1234.5", "1\u00A0234,5 osoby", "1\u00A0234,5 rodziny", "1\u00A0234,5 pracownika")]
    public void A_count_is_written_in_Polish_format_with_the_form_its_number_takes(string count, string osoba, string rodzina, string pracownik)
    {
        var n = decimal.Parse(count, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal([osoba, rodzina, pracownik], new[] { PolishNoun.Osoba, PolishNoun.Rodzina, PolishNoun.Pracownik }.Select(noun => noun.Count(n)));
    }
}

/// <summary>The cases a sentence may ask for after a number: "brakuje" (genitive), "o" and objects (accusative).</summary>
public class PolishNounCaseTests
{
    [Theory]
    [InlineData("1", "1 osoby", "1 osobę", "1 pracownika")]
    [InlineData("2", "2 osób", "2 osoby", "2 pracowników")]
    [InlineData("5", "5 osób", "5 osób", "5 pracowników")]
    [InlineData("22", "22 osób", "22 osoby", "22 pracowników")]
    [InlineData("1.5", "1,5 osoby", "1,5 osoby", "1,5 pracownika")]
    public void Genitive_and_accusative_counts(string count, string osobaGenitive, string osobaAccusative, string pracownikGenitive)
    {
        var n = decimal.Parse(count, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((osobaGenitive, osobaAccusative, pracownikGenitive), (PolishNoun.Osoba.CountGenitive(n), PolishNoun.Osoba.CountAfterPreposition(n), PolishNoun.Pracownik.CountGenitive(n)));
    }
}
