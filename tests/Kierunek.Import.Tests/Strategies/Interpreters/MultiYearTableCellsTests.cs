using Kierunek.Domain.Strategies;
using Kierunek.Domain.Values;

namespace Kierunek.Import.Tests.Strategies.Interpreters;

/// <summary>Seed 004 (Bełchatów, 2021–2023), cell by cell: areas, strategic and operational goals,
/// directions shared by several indicators, dot thousands separators, approximations, lists,
/// "pomiar od 2022 roku", descriptions printed under an indicator, cells cut by page breaks.</summary>
public class MultiYearTableCellsTests
{
    private static readonly StrategyDocument Belchatow = SeedFiles.BelchatowReport;

    private static Indicator Indicator(string code, string nameStart) =>
        Belchatow.AllIndicators().Single(i => i.Code == code && i.Name!.StartsWith(nameStart, StringComparison.Ordinal));

    [Fact]
    public void The_tree_has_areas_goals_operational_goals_and_directions()
    {
        var levels = Belchatow.NodesPerLevel();
        Assert.Equal(4, levels["Obszar priorytetowy"]);
        Assert.Equal(5, levels["Cel strategiczny"]);
        Assert.Equal(18, levels["Cel operacyjny"]);
        Assert.Equal(67, levels["Kierunek działań"]);
        Assert.Equal(123, Belchatow.AllIndicators().Count());
        Assert.Equal(["I", "II", "III", "IV", "5"], Belchatow.Roots.Select(r => r.Code));
        Assert.Equal("ZAPEWNIENIE RODZINOM BĘDĄCYM W KRYZYSIE ODPOWIEDNIH WARUNKÓW DO PRAWIDŁOWEGO FUNKCJONOWANIA", Belchatow.Node("1").Title);
        Assert.Equal("SKUTECZNE PRZECIWDZIAŁANIE PRZEMOCY W RODZINIE I UZALEŻNIENIOM", Belchatow.Node("2").Title);
        Assert.Equal("WSPIERANIE FUNKCJONOWANIA I INTEGRACJI OSÓB STARSZYCH ORAZ OSÓB NIEPEŁNOSPRAWNYCH W ŚRODOWISKU LOKALNYM", Belchatow.Node("3").Title);
        Assert.Equal("PARTNERSTWO NA RZECZ BUDOWY KAPITAŁU SPOŁECZNEGO", Belchatow.Node("5").Title);
        Assert.Equal("Cel operacyjny", Belchatow.Node("1.3").LevelName);
        Assert.Equal([2021, 2022, 2023], Belchatow.ReportedYears);
    }

    [Fact]
    public void One_direction_code_holds_several_indicators()
    {
        var direction = Belchatow.Node("1.1.2");
        Assert.Equal(NodeKind.Direction, direction.Kind);
        Assert.Equal(4, direction.Indicators.Count);
        Assert.Equal(5, Belchatow.Node("1.1.5").Indicators.Count);
        Assert.Equal(7, Belchatow.Node("2.1.6").Indicators.Count);
    }

    [Fact]
    public void The_signature_names_the_author_and_the_signatory()
    {
        Assert.Equal("Miejski Ośrodek Pomocy Społecznej w Bełchatowie", Belchatow.AuthorInstitution);
        Assert.Equal("mgr Sylwia Witkowska, Dyrektor Miejskiego Ośrodka Pomocy Społecznej w Bełchatowie", Belchatow.Signatory);
    }

    [Fact]
    public void A_dot_is_a_thousands_separator()
    {
        var i = Indicator("1.1.2", "Liczba osób/rodzin objętych wsparciem specjalistycznym");
        Assert.Equal("2.511", i.ValueIn(2021).Raw);
        Assert.Equal(2511m, i.ValueIn(2021).Reading.Number);
        Assert.Equal(2768m, i.ValueIn(2022).Reading.Number);
        Assert.Equal(2752m, i.ValueIn(2023).Reading.Number);
    }

    [Fact]
    public void Approximations_stay_approximate()
    {
        var v = Indicator("1.1.4", "Liczba osób objętych działaniami psychoedukacyjnymi").ValueIn(2021);
        Assert.Equal("ok. 3.700", v.Raw);
        Assert.Equal(ValueKind.Approximate, v.Kind);
        Assert.Equal(3700m, v.Reading.Number);
    }

    [Fact]
    public void An_html_list_with_counts_is_a_breakdown()
    {
        var v = Indicator("1.1.1", "Liczba rodzin objętych pracą socjalną").ValueIn(2021);
        Assert.StartsWith("<ul style=\"list-style-type: none\"> ochrona macierzyństwa i wielodzietność – 84", v.Raw);
        Assert.Equal(ValueKind.Breakdown, v.Kind);
        Assert.Equal([84m, 90m], v.Reading.Parts.Select(p => p.Number));
    }

    [Fact]
    public void A_bulleted_breakdown_of_families_and_people()
    {
        var v = Indicator("1.2.4", "Liczba rodzin, które otrzymały Kartę Dużej Rodziny").ValueIn(2022);
        Assert.Equal("• 388 rodzin • 993 osoby", v.Raw);
        Assert.Equal(ValueKind.Breakdown, v.Kind);
        Assert.Equal([(388m, "rodzin"), (993m, "osoby")], v.Reading.Parts.Select(p => (p.Number, p.Unit!)));
    }

    [Fact]
    public void A_list_cut_by_a_page_break_is_one_value()
    {
        var v = Indicator("1.2.3", "Liczba miejsc wydawania bezpłatnych posiłków").ValueIn(2022);
        Assert.StartsWith("33 ", v.Raw);
        Assert.EndsWith("• 5 placówek spoza terenu miasta", v.Reading.Text);
        Assert.Equal(33m, v.Reading.Number);
    }

    [Fact]
    public void A_description_under_an_indicator_is_its_note()
    {
        var i = Indicator("1.1.3", "Liczba podejmowanych działań psychoedukacyjnych");
        Assert.Equal(106m, i.ValueIn(2021).Reading.Number);
        Assert.StartsWith("Podejmowane działania: warsztaty z socjoterapeutą", i.Notes.Single());
    }

    [Fact]
    public void A_comment_in_one_year_column_belongs_to_that_year()
    {
        var i = Indicator("1.1.2", "Liczba rozpowszechnionych materiałów informacyjnych");
        Assert.Equal(ValueKind.Text, i.ValueIn(2021).Kind);
        Assert.Equal(1000m, i.ValueIn(2022).Reading.Number);
        Assert.StartsWith("Ponadto większość materiałów", i.Values.Single(v => v.Period.FromYear == 2022).Comment);
        Assert.Null(i.Values.Single(v => v.Period.FromYear == 2023).Comment);
    }

    [Fact]
    public void Not_measured_yet_is_neither_zero_nor_missing()
    {
        var i = Indicator("3.5.1", "Liczba wprowadzonych nowych technologii");
        var v = i.ValueIn(2021);
        Assert.Equal(ValueKind.NotMeasuredYet, v.Kind);
        Assert.Null(v.Reading.Number);
        Assert.Equal(2022, i.FirstMeasuredYear);
        Assert.Equal(1m, i.ValueIn(2022).Reading.Number);
        Assert.StartsWith("W ramach programu „Korpus Wsparcia Seniorów”", i.Values.Single(x => x.Period.FromYear == 2022).Comment);
    }

    [Fact]
    public void An_empty_year_cell_is_no_value_at_all()
    {
        var i = Indicator("3.3.3", "Liczba miejsc opieki wytchnieniowej");
        Assert.Equal([2022, 2023], i.Values.Select(v => v.Period.FromYear));
        Assert.Equal(27m, i.ValueIn(2023).Reading.Number);
    }

    [Fact]
    public void A_dash_means_not_applicable()
    {
        var v = Indicator("2.1.7", "Liczba osób, którym udzielono tymczasowego schronienia").ValueIn(2023);
        Assert.Equal("-", v.Raw);
        Assert.Equal(ValueKind.NotApplicable, v.Kind);
    }

    [Fact]
    public void Counts_printed_above_their_indicator_belong_to_it()
    {
        var i = Indicator("3.1.1", "Liczba przedsięwzięć profilaktycznych");
        Assert.Equal([16m, 28m, 28m], i.Values.Select(v => v.Value.Reading.Number!.Value));
        Assert.StartsWith("W latach 2021-2023 odbyły się m.in.:", i.Notes[0]);
        Assert.Contains("i aktywnego stylu życia na Uniwersytecie Trzeciego Wieku", i.Notes[0]);
        Assert.Contains("„Cukier pod kontrolą”", i.Notes[0]);
    }

    [Fact]
    public void A_name_cut_by_a_page_break_is_joined_and_the_line_before_it_is_a_note()
    {
        var i = Indicator("4.1.1", "Liczba zawartych porozumień");
        Assert.EndsWith("w zakresie wsparcia osób bezrobotnych.", i.Name);
        Assert.Equal(["Porozumienie w sprawie organizowania prac społecznie użytecznych."], i.Notes);
        var named = Indicator("3.2.6", "Liczba podmiotów udostępniających sprzęt");
        Assert.Equal("Liczba podmiotów udostępniających sprzęt rehabilitacyjny i medyczny.", named.Name);
        Assert.StartsWith("Powiatowe Centrum Pomocy Rodzinie w Bełchatowie", named.Notes.Single());
    }

    [Fact]
    public void Footnoted_counts_in_a_list_keep_their_marks()
    {
        var i = Indicator("4.1.1", "Liczba osób objętych usługą pośrednictwa");
        var v = i.ValueIn(2021);
        Assert.Contains("1.025*", v.Raw);
        Assert.Contains(v.Reading.Parts, p => p.Number == 1025m);
        Assert.Contains(v.Reading.Parts, p => p.Number == 1657m);
        Assert.StartsWith("* jedna osoba może być objęta", i.Notes.Single());
    }

    [Fact]
    public void Money_with_dots_and_a_comma_is_read_in_zloty()
    {
        var v = Indicator("4.3.2", "Ogólna kwota wydatków w zakresie dodatku mieszkaniowego").ValueIn(2023);
        Assert.Equal("1.599.173,51 zł", v.Raw);
        Assert.Equal(ValueKind.Amount, v.Kind);
        Assert.Equal(1_599_173.51m, v.Reading.InZloty);
    }

    [Fact]
    public void Persons_over_families_is_a_breakdown()
    {
        var v = Indicator("4.1.4", "Liczba osób/rodzin").ValueIn(2021);
        Assert.Equal("1.070 osób/554 rodziny", v.Raw);
        Assert.Equal([1070m, 554m], v.Reading.Parts.Select(p => p.Number));
    }

    [Fact]
    public void Last_rows_keep_units_and_comments()
    {
        Assert.Equal(135m, Indicator("5.2.2", "Liczba godzin uczestnictwa").ValueIn(2021).Reading.Number);
        Assert.Equal("godzin", Indicator("5.2.2", "Liczba godzin uczestnictwa").ValueIn(2021).Reading.Unit);
        var last = Indicator("5.2.3", "Liczba i rodzaj rozpowszechnionych materiałów");
        Assert.Equal(1465m, last.ValueIn(2022).Reading.Number);
        Assert.Equal("Ulotki, informatory, plakaty, broszury, artykuły prasowe.", last.Values.Single(v => v.Period.FromYear == 2022).Comment);
    }

    /// <summary>Cells from the first to the last page, by direction code, indicator and year:
    /// the raw text exactly as printed and its typed reading (one number, or a breakdown's parts joined by ";").</summary>
    [Theory]
    [InlineData("1.1.1", "Liczba rodzin objętych pracą socjalną z powod", 2022, "<ul style=\"list-style-type: none\"> ochrona macierzyństwa i wielodzietność – 65 bezradność opiekuńczo-wychowawcza –88 ", ValueKind.Breakdown, "65;88")]
    [InlineData("1.1.2", "Liczba osób/rodzin objętych wsparciem specjal", 2021, "2.511", ValueKind.Number, "2511")]
    [InlineData("1.1.2", "Liczba rozpowszechnionych materiałów informac", 2023, "ok. 2.100", ValueKind.Approximate, "2100")]
    [InlineData("1.1.4", "Liczba osób objętych działaniami psychoedukac", 2021, "ok. 3.700", ValueKind.Approximate, "3700")]
    [InlineData("1.1.4", "Liczba działań podnoszących kompetencje psych", 2023, "97", ValueKind.Number, "97")]
    [InlineData("1.2.4", "Liczba rodzin, które otrzymały Kartę Dużej Ro", 2022, "• 388 rodzin • 993 osoby", ValueKind.Breakdown, "388;993")]
    [InlineData("1.3.3", "Liczba osób uczestniczących w tych zajęciach ", 2022, "ok. 4.200", ValueKind.Approximate, "4200")]
    [InlineData("2.1.2", "Liczba rodzin objętych pracą socjalną z powod", 2021, "<ul style=\"list-style-type: none\"> • przemoc - 124 • alkoholizm - 301 • narkomania - 24 ", ValueKind.Breakdown, "124;301;24")]
    [InlineData("2.1.4", "Liczba działań profilaktycznych (np. pogadank", 2022, "7.453", ValueKind.Number, "7453")]
    [InlineData("2.1.6", "Liczba osób skierowanych do MKRPA, w tym osób", 2022, "55 osób, w tym 10 stosujących przemoc", ValueKind.Breakdown, "55;10")]
    [InlineData("2.1.6", "Liczba osób, które stawiły się na posiedzenia", 2023, "Stawiło się 109 osób, w tym 68 zadeklarowało podjęcia leczenia", ValueKind.Breakdown, "109;68")]
    [InlineData("2.1.6", "Liczba wydanych nakazów opuszczenia mieszkani", 2023, "<ul style=\"list-style-type: none\"> • 17 przez prokuraturę • 23 przez policję", ValueKind.Breakdown, "17;23")]
    [InlineData("2.1.7", "Liczba osób, którym udzielono tymczasowego sc", 2021, "-", ValueKind.NotApplicable, null)]
    [InlineData("2.1.7", "Liczba osób skierowanych do ośrodka wsparcia.", 2021, "-", ValueKind.NotApplicable, null)]
    [InlineData("2.1.8", "Liczba wszczętych oraz prowadzonych procedur ", 2023, "<ul style=\"list-style-type: none\"> wszczęte -163 prowadzone 224", ValueKind.Breakdown, "163;224")]
    [InlineData("2.1.8", "Liczba instytucji i specjalistów zaangażowany", 2021, "101 specjalistów 29 instytucji", ValueKind.Breakdown, "101;29")]
    [InlineData("2.2.1", "Wskaźnik wykrywalności przestępczości związan", 2022, "33 - narkotyki", ValueKind.Number, "33")]
    [InlineData("2.3.1", "Liczba materiałów edukacyjnych, np. ulotek, p", 2021, "ok. 1.000", ValueKind.Approximate, "1000")]
    [InlineData("3.1.3", "Liczba osób, którzy otrzymali Bełchatowską Ka", 2021, "<ul style=\"list-style-type: none\"> • liczba osób niepełnosprawnych - 5 • liczba osób starszych - 112 ", ValueKind.Breakdown, "5;112")]
    [InlineData("3.2.1", "Liczba funkcjonujących placówek dziennego pob", 2022, "<ul style=\"list-style-type: none\"> • liczba placówek – 11 (ŚDS, Cafe Senior Raj I i II, Sercańska Akademia Seniora, 7 Klubów Seniora) • liczba osób – 917 ", ValueKind.Breakdown, "11;7;917")]
    [InlineData("3.2.4", "Liczba mieszkań chronionych.", 2022, "1 mieszkanie chronione treningowe", ValueKind.Number, "1")]
    [InlineData("3.2.7", "Liczba osób starszych i niepełnosprawnych obj", 2023, "<ul style=\"list-style-type: none\"> liczba osób starszych – 402 liczba osób niepełnosprawnych – 552 (w tym 241 osób starszych niepełnosprawnych)", ValueKind.Breakdown, "402;552;241")]
    [InlineData("3.5.1", "Liczba wprowadzonych nowych technologii na rz", 2021, "Zgodnie z zapisami w Strategii pomiar wskaźnika monitorującego nastąpił od 2022 roku", ValueKind.NotMeasuredYet, null)]
    [InlineData("3.5.1", "Liczba wprowadzonych nowych technologii na rz", 2023, "1", ValueKind.Number, "1")]
    [InlineData("4.1.1", "Liczba osób objętych usługą pośrednictwa prac", 2023, "<ul style=\"list-style-type: none\"> • liczba osób objętych pośrednictwem pracy – 1.053* • liczba osób objętych poradnictwem zawodowym – 1.521*", ValueKind.Breakdown, "1053;1521")]
    [InlineData("4.1.4", "Liczba osób/rodzin, którym udzielono wsparcia", 2022, "864 osoby/437 rodzin", ValueKind.Breakdown, "864;437")]
    [InlineData("4.3.1", "Liczba osób/rodzin objętych wsparciem finanso", 2022, "980 osób/632 rodziny", ValueKind.Breakdown, "980;632")]
    [InlineData("4.3.2", "Ogólna kwota wydatków w zakresie dodatku mies", 2023, "1.599.173,51 zł", ValueKind.Amount, "1599173.51")]
    [InlineData("4.3.3", "Liczba osób objętych wsparciem w formie bezpł", 2023, "2.595 osób", ValueKind.Number, "2595")]
    public void A_cell_keeps_its_printed_text_and_its_typed_reading(string code, string indicator, int year, string raw, ValueKind kind, string? numbers)
    {
        var value = Indicator(code, indicator).ValueIn(year);
        Assert.Equal(raw, value.Raw);
        Assert.Equal(kind, value.Kind);
        CellReading.AssertNumbers(value, numbers);
    }

    [Fact]
    public void A_count_in_its_own_paragraph_over_the_names_it_counts_is_that_count()
    {
        var value = Indicator("1.1.2", "Liczba punktów bezpłatnego wsparcia").ValueIn(2021);
        Assert.StartsWith("<p style=\"text-align: center;\">5</p>", value.Raw);
        Assert.Equal(ValueKind.Number, value.Kind);
        Assert.Equal(5m, value.Reading.Number);
        Assert.StartsWith("Miejski Ośrodek Pomocy Społecznej", Assert.Single(value.Reading.Items));
    }
}
