using Kierunek.Domain.Ozps.Checks;

namespace Kierunek.Domain.Tests.Ozps.Checks;

/// <summary>Shares printed in an assessment's narrative, recomputed from the narrative's own figures (the sentences
/// are seed 003's, Lubartów 2019): a share that rounds right passes, one cut instead of rounded and one taken on the
/// wrong base are reported with the arithmetic.</summary>
public class NarrativeSharesTests
{
    private const string Budget =
        "W gminie Miasto Lubartów środki finansowe wydatkowane na zadania z zakresu polityki społecznej wyniosły w 2019 roku 28.673.233 zł. " +
        "Poziom wydatków w stosunku do roku poprzedniego (24.363.198 zł) wzrósł o 4.310.035 zł. (co stanowi 15 %). " +
        "W dziale 855 – Rodzina wydatkowano 22.788.594 zł. co stanowi 79 % ogólnych wydatków w zakresie polityki społecznej. " +
        "W dziale 852 - Pomoc społeczna wydatkowano 5.240.131 zł. co stanowi 18 % ogólnych wydatków w zakresie polityki społecznej. " +
        "W dziale 851 - Ochrona zdrowia wydatkowano 452.606 zł. co stanowi 1,5 % ogólnych wydatków w zakresie polityki społecznej. " +
        "W dziale 854 - Edukacja i opieka wychowawcza wydatkowano 179.356 zł. co stanowi 0,6 % ogólnych wydatków w zakresie polityki społecznej.";

    private static List<string> Messages(string paragraph) =>
        NarrativeShares.Check([(1123, paragraph)], 2019).Select(f => f.Message.Replace('\u00A0', ' ')).ToList();

    [Fact]
    public void Shares_of_the_total_that_round_right_pass_and_a_cut_one_is_reported_with_both_figures()
    {
        var messages = Messages(Budget);

        var cut = Assert.Single(messages, m => m.Contains("452.606"));
        Assert.Contains("wynik obcięty, nie zaokrąglony: 452 606 ÷ 28 673 233 × 100 = 1,5785%, po zaokrągleniu 1,6%", cut);
        Assert.StartsWith("Opis, wiersz 1123:", cut);
        Assert.DoesNotContain(messages, m => m.Contains("22.788.594") || m.Contains("5.240.131") || m.Contains("179.356"));
    }

    [Fact]
    public void A_change_taken_on_this_years_value_instead_of_last_years_is_reported_as_such()
    {
        var wrongBase = Assert.Single(Messages(Budget), m => m.Contains("4.310.035"));

        Assert.Contains("udział policzono od wartości roku oceny (4 310 035 ÷ 28 673 233 × 100 = 15,03%)", wrongBase);
        Assert.Contains("względem roku poprzedniego (24 363 198): 4 310 035 ÷ 24 363 198 × 100 = 17,6908%, po zaokrągleniu 18%", wrongBase);
    }

    [Fact]
    public void A_change_without_last_years_figure_is_measured_against_this_years_less_the_increase()
    {
        var messages = Messages(
            "Liczba pobierających w roku oceny zasiłek wychowawczy w ramach Programu rodzina 500 plus wyniosła 3.632 osoby. " +
            "W stosunku do roku poprzedniego liczba ta wzrosła o 1.357 osób (co stanowi wzrost o 59,64% w stosunku do roku poprzedniego).");

        // 3 632 − 1 357 = 2 275 a year before; 1 357 ÷ 2 275 = 59,648…%
        Assert.Contains("1 357 ÷ 2 275 × 100 = 59,6484%, po zaokrągleniu 59,65%", Assert.Single(messages));
    }

    [Fact]
    public void A_decrease_that_rounds_right_passes()
    {
        Assert.Empty(Messages(
            "Liczba pobierających w roku oceny zasiłek rodzinny wyniosła 417 rodzin. W stosunku do roku poprzedniego liczba ta zmalała " +
            "o 55 rodzin (co stanowi spadek o 11,65% w stosunku do roku poprzedniego)."));
    }

    [Fact]
    public void A_share_that_fits_nothing_says_what_the_figures_give()
    {
        var message = Assert.Single(Messages("Wydatki wyniosły 1 000 000 zł. W dziale 852 wydatkowano 400 000 zł, co stanowi 25 % ogólnych wydatków."));

        Assert.Contains("z liczb opisu wychodzi inaczej: względem ogółu wydatków (1 000 000 zł) 400 000 ÷ 1 000 000 × 100 = 40,0000%, po zaokrągleniu 40%", message);
    }

    [Fact]
    public void A_share_in_words_that_the_printed_percentage_contradicts_is_reported()
    {
        var message = Assert.Single(Messages("Z pomocy społecznej skorzystało 906 osób. Ponad połowa z nich (38,2%) to osoby w wieku produkcyjnym."));

        Assert.Equal("Opis, wiersz 1123: „Ponad połowa” to ponad 50%, a obok podano 38,2% — słowa i liczba sobie przeczą (38,2% nie mieści się w 50,01–100%); popraw jedno z nich.", message);
    }
}
