using Kierunek.Domain.Ozps;
using Kierunek.Domain.Ozps.Indicators;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Import.Tests.Ozps;

namespace Kierunek.Domain.Tests.Ozps.Indicators;

/// <summary>Seed 003's printed indicators recomputed from its printed inputs, to the digits it printed — and,
/// where the document's figure cannot be reproduced, the arithmetic that shows why.</summary>
public class SeedIndicatorTests
{
    private static readonly OzpsTemplate Template = OzpsTemplate.ForYear(2019);

    private static IndicatorResult Indicator(string code, int year) =>
        OzpsIndicators.Compute(Seed003.Data.Value, Template.Indicators.Single(i => i.Code == code), year);

    [Theory]
    [InlineData(2014, 653, 560, "116,61%")]
    [InlineData(2015, 637, 553, "115,19%")]
    [InlineData(2016, 619, 544, "113,79%")]
    [InlineData(2017, 565, 449, "125,84%")]
    [InlineData(2018, 508, 410, "123,90%")]
    [InlineData(2019, 494, 401, "123,19%")]
    public void Wskaznik_pracy_socjalnej_reproduces_the_printed_value(int year, int families, int granted, string printed)
    {
        var result = Indicator("praca-socjalna", year);
        Assert.Equal((families, granted), ((int)result.Numerator!.Value, (int)result.Denominator!.Value));
        Assert.Equal(printed, result.Printed!.Raw);
        Assert.Equal(PrintedMatch.Rounded, result.Match);
        Assert.Equal(printed.Replace("%", ""), result.Text.Replace("%", ""));
    }

    [Theory]
    [InlineData(2016, 732, 22220, "3,29%")]
    [InlineData(2017, 584, 22138, "2,64%")]
    [InlineData(2018, 521, 22066, "2,36%")]
    [InlineData(2019, 505, 21995, "2,30%")]
    public void Wskaznik_deprywacji_lokalnej_is_beneficiaries_by_decision_over_residents(int year, int beneficiaries, int residents, string printed)
    {
        var result = Indicator("deprywacja", year);
        Assert.Equal(("swiadczeniobiorcy/gmina", (decimal)beneficiaries), (result.Numerator!.Source, result.Numerator.Value));
        Assert.Equal(("kadra/mieszkancy", (decimal)residents), (result.Denominator!.Source, result.Denominator.Value));
        Assert.Equal(printed, result.Printed!.Raw);
        Assert.Equal(PrintedMatch.Rounded, result.Match);
    }

    [Theory]
    [InlineData(2016, 22220, 619, 12)]
    [InlineData(2017, 22138, 565, 12)]
    [InlineData(2018, 22066, 508, 12)]
    [InlineData(2019, 21995, 494, 11)]
    public void The_staffing_check_says_Tak_for_2016_to_2019_as_printed(int year, int residents, int families, int workers)
    {
        var check = StaffingCheck.For(Seed003.Data.Value, year)!;
        Assert.Equal((residents, families, workers), ((int)check.Residents, (int)check.FamiliesInSocialWork, (int)check.Workers));
        Assert.True(check.Met);
        Assert.Equal(0, check.Shortfall);
        Assert.Equal(check.Printed, check.Answer);
    }

    [Fact]
    public void In_2019_eleven_workers_meet_the_residents_ratio_exactly_and_ten_would_meet_the_families_ratio()
    {
        var check = StaffingCheck.For(Seed003.Data.Value, 2019)!;
        Assert.Equal(10.9975m, check.ByResidents); // 21 995 ÷ 2 000
        Assert.Equal(9.88m, check.ByFamilies);     // 494 ÷ 50
        Assert.Equal(10, check.Required);          // "lub": the more favourable ratio, rounded up
    }

    [Fact]
    public void A_centre_below_both_ratios_is_short_of_the_workers_it_needs()
    {
        var check = new StaffingCheck(2019, Residents: 25_000, FamiliesInSocialWork: 700, Workers: 9, Printed: null);
        Assert.Equal((false, 13, 4), (check.Met, check.Required, check.Shortfall)); // 12,5 by residents, 14 by families
        Assert.Equal((false, 3, 1), (new StaffingCheck(2019, 3_000, 40, 2, null) is var small ? (small.Met, small.Required, small.Shortfall) : default));
    }

    [Fact]
    public void The_share_of_residents_helped_printed_as_4_23_percent_cannot_be_reproduced_from_the_printed_populations()
    {
        // 906 persons helped (table "korzystajacy", row 1, 2019). The document prints two populations for 2019:
        // 21.955 in its narrative and 21 995 in the staffing table. 906 ÷ 21 995 = 4,119%; 906 ÷ 21 955 = 4,127%.
        // 4,23% would need about 21 418 residents — a number the document never prints. We show 4,12% and report it.
        var result = Indicator("odsetek-korzystajacych", 2019);
        Assert.Equal((906m, 21995m), (result.Numerator!.Value, result.Denominator!.Value));
        Assert.Equal("4,12%", result.Text);
        Assert.Equal("4,23%", result.Printed!.Raw);
        Assert.Equal(PrintedMatch.Differs, result.Match);
        Assert.Equal(4.13m, Math.Round(906m / 21955m * 100, 2));
        Assert.Equal(21418m, Math.Round(906m / 0.0423m));

        var reported = Assert.Single(Kierunek.Domain.Ozps.Checks.OzpsRules.Check(Seed003.Data.Value, Template), f => f.Row == "odsetek-korzystajacych");
        Assert.Equal("Odsetek mieszkańców korzystających z pomocy i wsparcia, rok 2019: dokument podaje 4,23%, a z jego danych wychodzi 4,12% (906 ÷ 21 995 × 100; korzystajacy/1, kadra/mieszkancy).",
            reported.Message.Replace('\u00A0', ' '));
    }

    [Fact]
    public void A_share_printed_truncated_instead_of_rounded_is_reported_as_such_with_both_figures()
    {
        var findings = Kierunek.Domain.Ozps.Checks.OzpsRules.Check(Seed003.Data.Value, Template);
        var cut = Assert.Single(findings, f => f.Row == "bezrobocie-wobec-kraju");
        Assert.Equal(Kierunek.Domain.Ozps.Checks.Severity.Warning, cut.Severity);
        Assert.StartsWith("Lokalna stopa bezrobocia wobec krajowej, rok 2019: dokument podaje 198,07% — wynik obcięty, nie zaokrąglony: z jego danych wychodzi 198,0769, po zaokrągleniu 198,08%",
            cut.Message.Replace('\u00A0', ' '));
        Assert.Contains(findings, f => f.Row == "bezrobocie-wobec-wojewodztwa" && f.Message.Contains("obcięty", StringComparison.Ordinal));
    }

    [Theory]
    // The document prints only the share; workers are printed for 2016–2019 (staffing table). Each printed share
    // times those workers gives a whole number of specialised workers: 4, 5, 5 and 4. For 2014 and 2015 it prints
    // no worker count: 33,33% and 30,77% are 4 of 12 and 4 of 13 — the smallest counts that give them.
    [InlineData(2014, "33,33%", 12, 4)]
    [InlineData(2015, "30,77%", 13, 4)]
    [InlineData(2016, "33,33%", 12, 4)]
    [InlineData(2017, "41,67%", 12, 5)]
    [InlineData(2018, "41,67%", 12, 5)]
    [InlineData(2019, "36,36%", 11, 4)]
    public void The_specialisation_share_is_specialised_over_all_social_workers(int year, string printed, int workers, int specialised)
    {
        var printedWorkers = Seed003.Data.Value.Number("kadra", "pracownicy-socjalni", year);
        var withCount = Seed003.Data.Value with
        {
            Values = [.. Seed003.Data.Value.Values, TestData.Value("kadra", "pracownicy-specjalizacja", year, specialised),
                .. printedWorkers is null ? [TestData.Value("kadra", "pracownicy-socjalni", year, workers)] : Array.Empty<OzpsValue>()],
        };
        var result = OzpsIndicators.Compute(withCount, Template.Indicators.Single(i => i.Code == "specjalizacja"), year);
        Assert.Equal(workers, result.Denominator!.Value);
        Assert.Equal(printed, result.Printed!.Raw);
        Assert.Equal(PrintedMatch.Rounded, result.Match);
    }

    [Fact]
    public void Without_the_count_of_specialised_workers_the_share_is_not_computed_and_says_what_is_missing()
    {
        // Seed 003 prints the share for 2014–2019 but never the count behind it; its text says "dwóch pracowników"
        // have a specialisation in 2019, which gives 2 ÷ 11 = 18,18%, not the printed 36,36%. For 2014 and 2015 it
        // prints no worker count at all (33,33% and 30,77% fit 4 of 12 and 4 of 13).
        var result = Indicator("specjalizacja", 2019);
        Assert.Null(result.Value);
        Assert.Equal("brak danych: pracownicy socjalni ze specjalizacją", result.Missing);
        Assert.Equal("36,36%", result.Printed!.Raw);
        Assert.Equal(18.18m, Math.Round(2m / 11m * 100, 2));
        Assert.Equal(30.77m, Math.Round(4m / 13m * 100, 2));
    }

    [Theory]
    // The narrative's unemployment figures: 10,3% ÷ 5,2% = 198,0769…% and 10,3% ÷ 7,4% = 139,1891…% — the document
    // prints 198,07% and 139,18%, the truncated values (rounding gives 198,08% and 139,19%).
    [InlineData("bezrobocie-wobec-kraju", "198,07%", PrintedMatch.Truncated)]
    [InlineData("bezrobocie-wobec-wojewodztwa", "139,18%", PrintedMatch.Truncated)]
    // 2 046 women of 3 836 unemployed = 53,337…%.
    [InlineData("bezrobotni-kobiety", "53,34%", PrintedMatch.Rounded)]
    // Budget chapters over "OGÓŁEM" 28 673 233 zł: 855 = rows 53–71 = 22 788 594 zł (79,48%); 852 = rows 7–39 without
    // 33 (X in row 21 adds nothing) = 5 240 131 zł (18,28%); 851 = 60 417 + 392 189 = 452 606 zł (1,578…%, printed
    // truncated as 1,5 %); 854 = 153 881 + 25 475 = 179 356 zł (0,6255…%).
    [InlineData("udzial-855", "79 %", PrintedMatch.Rounded)]
    [InlineData("udzial-852", "18 %", PrintedMatch.Rounded)]
    [InlineData("udzial-851", "1,5 %", PrintedMatch.Truncated)]
    [InlineData("udzial-854", "0,6 %", PrintedMatch.Rounded)]
    public void The_narratives_unemployment_and_budget_shares_are_reproduced_to_the_digits_printed(string code, string printed, PrintedMatch match)
    {
        var result = Indicator(code, 2019);
        Assert.Equal(printed, result.Printed!.Raw);
        Assert.Equal(match, result.Match);
    }

    [Fact]
    public void The_budget_chapters_add_up_to_the_amounts_the_narrative_prints()
    {
        Assert.Equal(22_788_594m, Indicator("udzial-855", 2019).Numerator!.Value);
        Assert.Equal(5_240_131m, Indicator("udzial-852", 2019).Numerator!.Value);
        Assert.Equal(452_606m, Indicator("udzial-851", 2019).Numerator!.Value);
        Assert.Equal(179_356m, Indicator("udzial-854", 2019).Numerator!.Value);
    }

    [Fact]
    public void The_long_term_unemployed_share_printed_as_6_11_percent_cannot_be_reproduced()
    {
        // 2 348 long-term unemployed ÷ 21 995 residents = 10,68% (÷ 21 955 = 10,69%); 6,11% would need 38 429 residents.
        var result = Indicator("dlugotrwale-bezrobotni", 2019);
        Assert.Equal((2348m, 21995m), (result.Numerator!.Value, result.Denominator!.Value));
        Assert.Equal(("10,68%", "6,11%", PrintedMatch.Differs), (result.Text, result.Printed!.Raw, result.Match));
    }

    [Fact]
    public void The_15_percent_growth_of_spending_is_taken_on_the_wrong_base()
    {
        // 28 673 233 − 24 363 198 = 4 310 035 zł: 17,69% of 2018's spending, but 15,03% of 2019's — the document's 15 %.
        var before = Seed003.Value("opis", "wydatki-rok-poprzedni", 2019).Number!.Value;
        var now = Seed003.Value("wydatki", "1", 2019).Number!.Value;
        Assert.Equal(("15 %", 24_363_198m), (Seed003.Value("opis", "wzrost-wydatkow", 2019).Value.Raw, before));
        Assert.Equal(17.69m, Math.Round((now - before) / before * 100, 2));
        Assert.Equal(15.03m, Math.Round((now - before) / now * 100, 2));
    }
}
