using Kierunek.Domain.Language;

namespace Kierunek.Domain.Tests.Language;

/// <summary>A share said in words against the percentage printed beside it: contradictions found with what the
/// words mean, agreements and unrelated percentages (a change "o 20%", one far away) left alone.</summary>
public class SharesInWordsTests
{
    [Theory]
    [InlineData("Ponad połowa rodzin korzystających z pomocy (38%) to rodziny z dziećmi.", "Ponad połowa", "ponad 50%", "38%")]
    [InlineData("Co trzecia osoba bezrobotna (52,5 %) jest długotrwale bezrobotna.", "Co trzecia", "ok. 33%", "52,5 %")]
    [InlineData("Większość świadczeniobiorców, tj. 41% ogółu, stanowią kobiety.", "Większość", "ponad 50%", "41%")]
    [InlineData("Blisko połowa środków (62%) trafiła do działu 855.", "Blisko połowa", "nieco poniżej 50%", "62%")]
    [InlineData("Dwie trzecie uczestników (30%) ukończyło szkolenie.", "Dwie trzecie", "ok. 67%", "30%")]
    public void Words_and_a_percentage_that_cannot_both_be_true_are_a_contradiction(string sentence, string words, string meaning, string printed)
    {
        var c = Assert.Single(SharesInWords.In(sentence));
        Assert.Equal((words, meaning, printed), (c.Words, c.Meaning, c.Printed));
    }

    [Theory]
    [InlineData("Ponad połowa rodzin (54%) to rodziny z dziećmi.")]
    [InlineData("Co trzecia osoba (33,3%) korzystała z zasiłku.")]
    [InlineData("Połowa środków (49 %) trafiła do działu 855.")]
    [InlineData("Większość klientów to osoby starsze, a liczba porad wzrosła o 20%.")]
    [InlineData("Ponad połowa rodzin to rodziny z dziećmi. Udział wydatków działu 852 wyniósł 18%.")]
    public void Agreement_a_change_and_a_percentage_of_another_sentence_are_left_alone(string text)
    {
        Assert.Empty(SharesInWords.Sentences(text).SelectMany(SharesInWords.In));
    }

    [Fact]
    public void Thousands_dots_and_abbreviations_do_not_end_a_sentence()
    {
        Assert.Single(SharesInWords.Sentences("Wydatki wyniosły 28.673.233 zł. w 2019 r. i ok. 40% z nich to zasiłki."));
    }
}
