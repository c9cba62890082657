using Kierunek.Domain.Values;

namespace Kierunek.Domain.Tests.Values;

public class ValueReaderTests
{
    [Theory]
    [InlineData("b.d", ValueKind.NoData)]
    [InlineData("b.d.", ValueKind.NoData)]
    [InlineData("bd.", ValueKind.NoData)]
    [InlineData("Brak danych", ValueKind.NoData)]
    [InlineData("x", ValueKind.NotApplicable)]
    [InlineData("X", ValueKind.NotApplicable)]
    [InlineData("-", ValueKind.NotApplicable)]
    [InlineData("j.w.", ValueKind.SameAsAbove)]
    [InlineData("", ValueKind.Empty)]
    [InlineData("Zgodnie z zapisami w Strategii pomiar wskaźnika monitorującego nastąpił od 2022 roku", ValueKind.NotMeasuredYet)]
    public void Markers_are_states_never_numbers(string text, ValueKind kind)
    {
        var r = Read(text);
        Assert.Equal(kind, r.Kind);
        Assert.Null(r.Number);
    }

    [Theory]
    [InlineData("W ramach działalności statutowej")]
    [InlineData("bez nakładów finansowych")]
    [InlineData("w ramach realizowanych zadań, bezkosztowo")]
    [InlineData("bez dodatkowych nakładów finansowych")]
    public void Cost_phrases_mean_no_financial_outlay(string text) =>
        Assert.Equal(ValueKind.NoFinancialOutlay, Read(text, ValueContext.Money).Kind);

    [Fact]
    public void A_cost_cross_reference_keeps_the_codes_it_points_to()
    {
        var r = Read("realizacja w ramach zadań bieżących, środki własne: koszt wykazany w poz. 2.2.3, 2.3.1, 2.3.2, 2.4.2", ValueContext.Money);
        Assert.Equal(ValueKind.NoFinancialOutlay, r.Kind);
        Assert.Equal(["2.2.3", "2.3.1", "2.3.2", "2.4.2"], r.Items);
    }

    [Fact]
    public void Not_measured_yet_remembers_the_first_year() =>
        Assert.Equal(2022, Read("Zgodnie z zapisami w Strategii pomiar wskaźnika monitorującego nastąpił od 2022 roku").Year);

    [Theory]
    [InlineData("72 344 401,00", 72344401.00, "zł")]
    [InlineData("0,00 zł", 0, "zł")]
    [InlineData("250 100 zł", 250100, "zł")]
    [InlineData("0,00zł", 0, "zł")]
    [InlineData("6 445", 6445, "zł")]
    [InlineData("1.128.611,65 zł", 1128611.65, "zł")]
    public void Bare_numbers_in_a_cost_column_are_amounts_in_zloty(string text, double amount, string unit)
    {
        var r = Read(text, ValueContext.Money);
        Assert.Equal(ValueKind.Amount, r.Kind);
        Assert.Equal((decimal)amount, r.Number);
        Assert.Equal(unit, r.Unit);
    }

    [Fact]
    public void Thousands_of_zloty_keep_the_printed_number_and_scale_on_demand()
    {
        var r = Read("9 353,2 tys. zł *");
        Assert.Equal(ValueKind.Amount, r.Kind);
        Assert.Equal(9353.2m, r.Number);
        Assert.Equal("tys. zł", r.Unit);
        Assert.Equal(9_353_200m, r.InZloty);
        Assert.Equal(["*"], r.FootnoteMarks);
    }

    [Theory]
    [InlineData("ok. 3.700", 3700)]
    [InlineData("ok. 1.150", 1150)]
    [InlineData("ok. 200", 200)]
    public void Approximations_are_numbers_that_say_so(string text, int value)
    {
        var r = Read(text);
        Assert.Equal(ValueKind.Approximate, r.Kind);
        Assert.Equal(value, r.Number);
    }

    [Theory]
    [InlineData("0,01 %", 0.01)]
    [InlineData("123,19%", 123.19)]
    [InlineData("83 %", 83)]
    [InlineData("0,006 %", 0.006)]
    public void Percentages_are_read_in_percent_points(string text, double value)
    {
        var r = Read(text);
        Assert.Equal(ValueKind.Percentage, r.Kind);
        Assert.Equal((decimal)value, r.Number);
    }

    [Theory]
    [InlineData("288 *", 288, "*")]
    [InlineData("475 **", 475, "**")]
    [InlineData("1491*", 1491, "*")]
    [InlineData("0*", 0, "*")]
    public void Footnote_marks_are_kept_beside_the_number(string text, int value, string mark)
    {
        var r = Read(text);
        Assert.Equal(ValueKind.Number, r.Kind);
        Assert.Equal(value, r.Number);
        Assert.Equal([mark], r.FootnoteMarks);
    }

    [Fact]
    public void Families_and_persons_become_a_breakdown()
    {
        var r = Read("8096 rodzin / 14 113 osób, w tym: korzystający z pomocy finansowej (świadczenia pieniężne i niepieniężne) 5862 rodzin/ 9285 osoby");
        Assert.Equal(ValueKind.Breakdown, r.Kind);
        Assert.Equal([8096m, 14113m, 5862m, 9285m], r.Parts.Select(p => p.Number));
        Assert.Equal("rodzin", r.Parts[0].Unit);
        Assert.Equal("osób", r.Parts[1].Unit);
    }

    [Fact]
    public void Labels_before_a_dash_name_the_parts()
    {
        var r = Read("przemoc - 124 • alkoholizm - 301");
        Assert.Equal(ValueKind.Breakdown, r.Kind);
        Assert.Equal([("przemoc", 124m), ("alkoholizm", 301m)], r.Parts.Select(p => (p.Label, p.Number)));
    }

    [Fact]
    public void A_contract_count_typo_still_splits_into_labelled_parts()
    {
        var r = Read("kontakty cz. A - 516 kontakty cz. B - 52");
        Assert.Equal([("kontakty cz. A", 516m), ("kontakty cz. B", 52m)], r.Parts.Select(p => (p.Label, p.Number)));
    }

    [Theory]
    [InlineData("7/25", new[] { 7.0, 25.0 })]
    [InlineData("1 022 rodziny/ 2 902 osoby", new[] { 1022.0, 2902.0 })]
    [InlineData("1.070 osób/554 rodziny", new[] { 1070.0, 554.0 })]
    [InlineData("101 specjalistów 29 instytucji", new[] { 101.0, 29.0 })]
    [InlineData("52 570 rodzin / 83 %", new[] { 52570.0, 83.0 })]
    [InlineData("1 628 form kształcenia, 1 849 osób uczestniczących", new[] { 1628.0, 1849.0 })]
    [InlineData("• 116 rodzin • 421 osób", new[] { 116.0, 421.0 })]
    [InlineData("0,00 0", new[] { 0.0, 0.0 })]
    public void Composite_cells_keep_every_number(string text, double[] numbers)
    {
        var r = Read(text);
        Assert.Equal(ValueKind.Breakdown, r.Kind);
        Assert.Equal(numbers.Select(n => (decimal)n), r.Parts.Select(p => p.Number));
    }

    [Fact]
    public void A_percentage_inside_a_breakdown_is_marked()
    {
        var r = Read("52 570 rodzin / 83 %");
        Assert.True(r.Parts[1].IsPercentage);
        Assert.Equal("rodzin", r.Parts[0].Unit);
    }

    [Theory]
    [InlineData("10 osób", 10, "osób")]
    [InlineData("126 dzieci", 126, "dzieci")]
    [InlineData("1.465 szt.", 1465, "szt.")]
    [InlineData("64 porozumienia z organizacjami pozarządowymi", 64, "porozumienia z organizacjami pozarządowymi")]
    [InlineData("8 2łobków niepublicznych", 8, "2łobków niepublicznych")]
    public void A_number_with_words_keeps_the_words_as_its_unit(string text, int value, string unit)
    {
        var r = Read(text);
        Assert.Equal(ValueKind.Number, r.Kind);
        Assert.Equal(value, r.Number);
        Assert.Equal(unit, r.Unit);
    }

    [Fact]
    public void The_letter_o_written_for_zero_is_read_as_zero_and_remarked()
    {
        var r = Read("o");
        Assert.Equal(0m, r.Number);
        Assert.Contains(ValueReader.LetterOAsZeroRemark, r.Remarks);
    }

    [Theory]
    [InlineData("wysoki")]
    [InlineData("wysoki/wystarczający, minimalny")]
    [InlineData("wysoki/wystarczający/ minimalny")]
    public void Qualitative_levels_are_recognised(string text) =>
        Assert.Equal(ValueKind.QualitativeLevel, Read(text).Kind);

    [Fact]
    public void Prose_with_years_stays_text()
    {
        var r = Read("W latach 2021-2023 na terenie Miasta funkcjonowały 4 placówki wsparcia dziennego prowadzone przez organizacje pozarządowe i parafie, z których korzystały dzieci");
        Assert.Equal(ValueKind.Text, r.Kind);
    }

    [Fact]
    public void A_list_of_names_stays_a_list()
    {
        var r = Read("Ulotki Plakaty", listItems: ["Ulotki", "Plakaty"]);
        Assert.Equal(ValueKind.List, r.Kind);
        Assert.Equal(["Ulotki", "Plakaty"], r.Items);
    }

    [Fact]
    public void A_number_before_a_list_is_the_headline_value()
    {
        var r = Read("30 • 24 placówki oświatowe z terenu Miasta Bełchatowa • 6 placówek spoza terenu miasta",
            listItems: ["24 placówki oświatowe z terenu Miasta Bełchatowa", "6 placówek spoza terenu miasta"]);
        Assert.Equal(ValueKind.Number, r.Kind);
        Assert.Equal(30m, r.Number);
        Assert.Equal([24m, 6m], r.Parts.Select(p => p.Number));
    }

    [Fact]
    public void A_number_in_its_own_paragraph_over_names_is_the_value_and_the_names_its_item()
    {
        var r = Read("5\nMiejski Ośrodek Pomocy Społecznej Abstynencki Klub Wzajemnej Pomocy „Przyjaciel” Stowarzyszenie Rodzin Katolickich");
        Assert.Equal(ValueKind.Number, r.Kind);
        Assert.Equal(5m, r.Number);
        Assert.Equal(["Miejski Ośrodek Pomocy Społecznej Abstynencki Klub Wzajemnej Pomocy „Przyjaciel” Stowarzyszenie Rodzin Katolickich"], r.Items);
    }

    [Fact]
    public void A_sentence_starting_with_a_number_on_one_line_stays_text() =>
        Assert.Equal(ValueKind.Text, Read("5 punktów prowadziły w 2021 roku organizacje pozarządowe, parafie, szkoły oraz miejski ośrodek pomocy społecznej").Kind);

    [Fact]
    public void A_number_hyphenated_to_a_word_is_part_of_a_name_not_a_quantity()
    {
        var r = Read("w minimalnym stopniu z powodu epidemii SARS-CoV-2 -46 osób");
        Assert.DoesNotContain(r.Parts, p => p.Number == 2m);
        Assert.NotEqual(2m, r.Number);
    }

    [Theory]
    [InlineData("12,3,4")]
    [InlineData("1 23,4")]
    [InlineData("12..5")]
    public void Text_that_looks_numeric_but_is_not_a_number_is_an_error(string text)
    {
        var result = ValueReader.Read(text);
        Assert.False(result.IsSuccess);
        Assert.Contains(text, result.Error);
    }

    private static ValueReading Read(string text, ValueContext context = ValueContext.General, IReadOnlyList<string>? listItems = null)
    {
        var result = ValueReader.Read(text, context, listItems);
        Assert.True(result.IsSuccess, result.Error);
        return result.Reading!;
    }
}
