using Kierunek.Domain.Mail;

namespace Kierunek.Domain.Tests.Mail;

/// <summary>The e-mails' words: Polish plurals, the same content in plain text and HTML, typed text escaped, long lists
/// cut with a count, no assumption about the reader's gender.</summary>
public class LettersTests
{
    private static Letters.MissingValues Period(params string[] items) =>
        new("Strategia <Lublin>", 2021, new DateOnly(2022, 3, 15), "Termin przekazania: 15 marca 2022 r. (zostały 2 dni).", items,
            "https://kierunek.example.pl/monitoring/lublin/2021/wprowadzanie", "Pytania: tel. 81 466 55 00 & wewn. 12");

    [Fact]
    public void A_reminder_lists_what_is_missing_with_the_deadline_and_the_link_in_both_forms()
    {
        var letter = Letters.Reminder("Miejski Urząd Pracy", [Period("1.1.1 Liczba porad", "1.1.2 Liczba osób")]);
        Assert.Equal("Przypomnienie: dane do monitoringu za 2021 r. — termin 15 marca 2022 r.", letter.Subject);
        Assert.Contains("Miejski Urząd Pracy: do przekazania w monitoringu zostały jeszcze 2 wartości.", letter.Text);
        Assert.Contains("– 1.1.2 Liczba osób\n", letter.Text);
        Assert.Contains("> Pytania: tel. 81 466 55 00 & wewn. 12", letter.Text);
        Assert.Contains("<li>1.1.2 Liczba osób</li>", letter.Html);
        Assert.Contains("Strategia &lt;Lublin&gt;", letter.Html);
        Assert.Contains("&amp; wewn. 12", letter.Html);
        Assert.Contains("<a href=\"https://kierunek.example.pl/monitoring/lublin/2021/wprowadzanie\">", letter.Html);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"pl\">", letter.Html);
    }

    [Theory]
    [InlineData(1, "została jeszcze 1 wartość.")]
    [InlineData(2, "zostały jeszcze 2 wartości.")]
    [InlineData(5, "zostało jeszcze 5 wartości.")]
    [InlineData(22, "zostały jeszcze 22 wartości.")]
    public void The_verb_and_the_noun_agree_with_the_count_of_missing_values(int count, string expected) =>
        Assert.Contains(expected, Letters.Reminder("MOPR", [Period(Enumerable.Range(1, count).Select(i => $"1.{i} wskaźnik").ToArray())]).Text);

    [Fact]
    public void A_long_list_is_cut_with_the_number_of_the_rest()
    {
        var letter = Letters.Reminder("MOPR", [Period(Enumerable.Range(1, 35).Select(i => $"pozycja {i}").ToArray())]);
        Assert.Contains("– pozycja 30\n… i 5 innych pozycji\n", letter.Text);
        Assert.DoesNotContain("pozycja 31", letter.Text);
    }

    [Fact]
    public void A_return_names_each_value_with_its_reason_and_an_institution_complete_is_announced_with_the_response_rate()
    {
        var returned = Letters.ValuesReturned("Strategia", 2021, "MOPR", [new("1.1.1 Liczba porad", "Proszę podać liczbę osób."), new("1.1.2 Liczba osób", null)], "https://k/x");
        Assert.Equal("Zwrot do poprawy: dane za 2021 r. (2 wartości)", returned.Subject);
        Assert.Contains("– 1.1.1 Liczba porad — powód: Proszę podać liczbę osób.\n– 1.1.2 Liczba osób\n", returned.Text);

        var complete = Letters.InstitutionSubmitted("Strategia", 2021, "Miejski Ośrodek Pomocy Rodzinie", 1, "Dane przekazała 1 z 3 instytucji (33,3%).", "https://k/y");
        Assert.Contains("Instytucja Miejski Ośrodek Pomocy Rodzinie przekazała wszystkie dane do monitoringu „Strategia” za 2021 r. (1 wartość)", complete.Text);
    }

    [Fact]
    public void No_letter_assumes_the_readers_gender()
    {
        var letters = new[]
        {
            Letters.Invitation("Anna Nowak", "Sprawozdawca", "MOPR", "https://k/z", new DateOnly(2026, 12, 8)),
            Letters.Reminder("MOPR", [Period("a")]),
            Letters.ValuesReturned("S", 2021, "MOPR", [new("a", "b")], "https://k"),
            Letters.PeriodLocked("S", 2021, "koordynator@mops.pl", "https://k"),
        };
        foreach (var word in new[] { "otrzymałeś", "otrzymałaś", "Szanowny", "Szanowna", "możesz", "Twoje", "twoje" })
            Assert.All(letters, l => Assert.DoesNotContain(word, l.Text));
        Assert.Contains("do 8 grudnia 2026 r.", letters[0].Text);
    }
}
