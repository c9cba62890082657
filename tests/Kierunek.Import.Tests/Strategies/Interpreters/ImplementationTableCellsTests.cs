using Kierunek.Domain.Strategies;
using Kierunek.Domain.Values;

namespace Kierunek.Import.Tests.Strategies.Interpreters;

/// <summary>Seed 000, cell by cell: first, middle and last pages, page-break cuts, HTML cells,
/// markers, breakdowns and approximations — raw text and typed reading.</summary>
public class ImplementationTableCellsTests
{
    private static readonly StrategyDocument Lublin = SeedFiles.LublinReport;

    [Fact]
    public void The_tree_has_every_level_in_printed_order()
    {
        Assert.Equal(["1", "2", "3", "4", "5", "6"], Lublin.Roots.Select(r => r.Code));
        Assert.Equal(21, Lublin.AllNodes().Count(n => n.Kind == NodeKind.SpecificGoal));
        var tasks = Lublin.AllNodes().Where(n => n.Kind == NodeKind.Task).Select(n => n.Code).ToList();
        Assert.Equal(55, tasks.Count);
        Assert.Equal(["1.1.1", "1.1.2", "1.1.3", "1.1.4", "1.2.1"], tasks.Take(5));
        Assert.Equal("6.2.1", tasks[^1]);
        Assert.Equal(308, Lublin.AllNodes().Count(n => n.Kind == NodeKind.Measure));
        Assert.Equal("Cel szczegółowy", Lublin.Node("1.1").LevelName);
    }

    [Fact]
    public void A_goal_printed_without_its_heading_is_named_from_its_razem_row() =>
        Assert.Equal("Stworzenie zintegrowanego systemu wsparcia dla osób niepełnosprawnych", Lublin.Node("2.2").Title);

    [Fact]
    public void First_task_keeps_coordinator_and_statutory_cost()
    {
        var task = Lublin.Node("1.1.1");
        Assert.Equal("Wydział Inicjatyw i Programów Społecznych", task.CoordinatorText);
        var cost = Lublin.Measure("1.1.1", "Współpraca z organizacjami pozarządowymi").Costs.Single();
        Assert.Equal("W ramach działalności statutowej", cost.Total!.Raw);
        Assert.Equal(ValueKind.NoFinancialOutlay, cost.Total.Kind);
        Assert.Equal(ValueKind.NotApplicable, cost.State!.Kind);
        Assert.Equal(MeasureStatus.Completed, Lublin.Measure("1.1.1", "Współpraca z organizacjami pozarządowymi").Status);
    }

    [Fact]
    public void A_number_with_words_keeps_them()
    {
        var v = Lublin.Measure("1.1.2", "Udostępnianie zasobów lokalowych IPS").Indicator("liczba formalnie zawartych partnerstw").Value();
        Assert.Equal("64 porozumienia z organizacjami pozarządowymi", v.Raw);
        Assert.Equal(64m, v.Reading.Number);
    }

    [Fact]
    public void No_data_stays_no_data()
    {
        // Three measures of 1.1.3 are printed as "b.d" themselves: the action is unknown, and it stays so.
        var measures = Lublin.Node("1.1.3").Children;
        Assert.All(measures, m => Assert.Equal("b.d", m.Title));
        var v = measures[0].Indicator("liczba zorganizowanych konferencji").Value();
        Assert.Equal("b.d", v.Raw);
        Assert.Equal(ValueKind.NoData, v.Kind);
        Assert.Null(v.Reading.Number);
    }

    [Fact]
    public void A_row_after_a_page_break_keeps_its_cost_and_joins_the_cut_implementers_cell()
    {
        var cost = Lublin.Measure("1.1.4", "Dofinansowanie opieki nad dziećmi w wieku do lat 3").Costs.Single();
        Assert.Equal(163_600.00m, cost.Total!.Reading.InZloty);
        Assert.Equal(ValueKind.NoData, cost.State!.Kind);
        Assert.EndsWith("organizacje pozarządowe", Lublin.Node("1.1.4").ImplementersText);
    }

    [Fact]
    public void Multi_year_deadline_is_parsed()
    {
        var cost = Lublin.Measure("1.1.4", "Budowa szkoły").Costs.Single();
        Assert.Equal("72 344 401,00", cost.Total!.Raw);
        Assert.Equal(72_344_401.00m, cost.Total.Reading.InZloty);
        Assert.Equal((2018, 2020), (cost.Deadline!.FromYear, cost.Deadline.ToYear));
        Assert.True(cost.IsMultiYear);
    }

    [Fact]
    public void Families_and_persons_breakdown()
    {
        var v = Lublin.Measure("1.2.1", "Wspieranie materialne rodzin").Indicators[0].Value();
        Assert.Equal(ValueKind.Breakdown, v.Kind);
        Assert.StartsWith("8096 rodzin / 14 113 osób", v.Raw);
        Assert.Equal([8096m, 14113m, 5862m, 9285m], v.Reading.Parts.Select(p => p.Number));
    }

    [Fact]
    public void Labelled_parts_of_a_contract_count()
    {
        var v = Lublin.Measure("1.2.1", "Motywowanie do zmiany sytuacji życiowej").Indicators.Single().Value();
        Assert.Equal([("kontakty cz. A", 516m), ("kontakty cz. B", 52m)], v.Reading.Parts.Select(p => (p.Label, p.Number)));
    }

    [Fact]
    public void One_cost_merged_over_five_payment_rows_is_kept_once()
    {
        var m = Lublin.Measure("1.2.1", "Wyplata zasiłków rodzinnych i dodatków");
        Assert.Equal(109_669_113.54m, m.Costs.Single().Total!.Reading.InZloty);
        var parental = Lublin.Measure("1.2.1", "Wyplata świadczeń rodzicielskich").Costs.Single();
        Assert.Null(parental.Total);
        Assert.Equal(7_532_227.10m, parental.State!.Reading.InZloty);
    }

    [Fact]
    public void Zero_amount_with_currency()
    {
        var cost = Lublin.Measure("1.2.1", "Aktywizacja zawodowa osób bezrobotnych").Costs.Single();
        Assert.Equal("0,00 zł", cost.Total!.Raw);
        Assert.Equal(0m, cost.Total.Reading.InZloty);
    }

    [Fact]
    public void A_measure_cut_by_a_page_break_is_joined_and_belongs_to_the_next_task()
    {
        var m = Lublin.Measure("1.2.2", "Wspieranie rodzin zastępczych w formie wypłaty świadczeń");
        Assert.Equal([5_094_981.04m, 1_397_927.74m], m.Costs.Select(c => c.Total!.Reading.InZloty!.Value));
        Assert.Equal(351m, m.Indicator("liczba rodzin zastępczych").Value().Reading.Number);
    }

    [Fact]
    public void Html_cells_keep_their_markup_in_raw_and_read_plain()
    {
        var m = Lublin.Measure("1.2.3", "Utrzymanie na poziomie roku 2013 sieci mieszkań chronionych");
        var v = m.Indicators.Single().Value();
        Assert.Equal("<p>7/25</p>", v.Raw);
        Assert.Equal([7m, 25m], v.Reading.Parts.Select(p => p.Number));
        Assert.Equal(76_494.30m, m.Costs.Single().Total!.Reading.InZloty);
    }

    [Fact]
    public void Same_as_above_is_linked_not_copied()
    {
        var cost = Lublin.Measure("1.2.3", "Udzielanie pomocy w postaci przyznania pobytu").Costs.Single();
        Assert.Equal("<p>j.w.</p>", cost.Total!.Raw);
        Assert.Equal(ValueKind.SameAsAbove, cost.Total.Kind);
        Assert.Null(cost.Total.Reading.InZloty);
        Assert.Equal(69, cost.Total.Repeats!.SourceLine);
        Assert.Equal("Koszt działania", cost.Total.Repeats.Column);
        Assert.Equal(76_494.30m, cost.Total.Meaning.Reading.InZloty);
        Assert.Equal(76_494.30m, cost.Gmina!.Meaning.Reading.InZloty);
        Assert.Null(cost.State!.Repeats);
    }

    [Fact]
    public void Consecutive_same_as_above_rows_repeat_the_first_printed_value_not_each_other()
    {
        var rows = Lublin.Measure("5.2.4", "Realizacja działań w zakresie wypoczynku dzieci i młodzieży (Wydział Kultury)").Costs;
        var repeated = rows.Where(c => c.Total?.Kind == ValueKind.SameAsAbove).ToList();
        Assert.Equal([429, 430], repeated.Select(c => c.SourceLine));
        Assert.All(repeated, c => Assert.Equal(428, c.Total!.Repeats!.SourceLine));
        Assert.All(repeated, c => Assert.Equal(136_510.00m, c.Total!.Meaning.Reading.InZloty));
        Assert.All(repeated, c => Assert.Equal(("j.w.", 2020, 2020), (c.Deadline!.Printed, c.Deadline.FromYear, c.Deadline.ToYear)));
    }

    [Fact]
    public void A_measure_that_names_an_institution_stays_a_measure_in_its_printed_column()
    {
        Assert.Equal("Wydział Inwestycji i Remontów Urzędu Miasta Lublin", Lublin.Node("1.1.4").CoordinatorText);
        Assert.Equal(21, Lublin.Measure("1.1.4", "Nowo otworzone placówki wspierające rodzinę").SourceLine);
        Assert.Equal(232, Lublin.Measure("3.2", "Zajęcia zwiększające aktywność fizyczną seniorów").SourceLine);
    }

    [Fact]
    public void A_measure_printed_with_its_own_coordinator_keeps_it_and_leaves_the_task_alone()
    {
        Assert.Equal("Wydział Oświaty i Wychowania UM Lublin", Lublin.Node("5.2.5").CoordinatorText);
        Assert.Equal("Miejski Urząd Pracy w Lublinie", Lublin.Measure("5.2.5", "W celu dostosowania doskonalenia zawodowego").CoordinatorText);
    }

    [Fact]
    public void Task_coordinator_and_implementers_cut_by_a_page_break_are_joined_again()
    {
        var task = Lublin.Node("5.5.3");
        Assert.Equal("Wzmacnianie i stymulowanie działań mających na celu przezwyciężenie bezdomności wśród cudzoziemców", task.Title);
        Assert.Equal("Miejski Ośrodek Pomocy Rodzinie w Lublinie", task.CoordinatorText);
        Assert.Equal("Wydział Spraw Mieszkaniowych Urzędu Miasta Lublin, organizacje pozarządowe", task.ImplementersText);
        Assert.DoesNotContain(task.Children, m => m.Title == "Pomocy Rodzinie w Lublinie");
    }

    [Fact]
    public void Month_range_deadline_names_its_year()
    {
        var d = Lublin.Measure("1.3.1", "Program profilaktyczny wczesnego wykrywania").Deadline!;
        Assert.Equal("wrzesień-listopad 2020 r.", d.Printed);
        Assert.Equal(2020, d.FromYear);
        Assert.False(d.IsMultiYear);
    }

    [Fact]
    public void A_row_holding_five_paragraph_rows_is_split_into_five_measures()
    {
        var measures = Lublin.Node("2.2.2").Children;
        Assert.Equal(5, measures.Count);
        Assert.Equal([6_250_488.00m, 15_287_633.00m, 100_000.00m, 60_315_770.32m, 26_303.65m],
            measures.Select(m => m.Costs.Single().Total!.Reading.InZloty!.Value));
        Assert.True(measures[1].Costs.Single().IsMultiYear);
        Assert.Equal(9m, measures[0].Indicator("liczba jednostek").Value().Reading.Number);
    }

    [Fact]
    public void The_letter_o_for_zero_is_read_as_zero()
    {
        var v = Lublin.Measure("2.4.3", "Realizacja imprez promujących").Indicators.Single().Value();
        Assert.Equal("o", v.Raw);
        Assert.Equal(0m, v.Reading.Number);
        Assert.Contains(ValueReader.LetterOAsZeroRemark, v.Reading.Remarks);
    }

    [Fact]
    public void Two_numbers_in_one_cost_cell_are_kept_and_reported()
    {
        var cost = Lublin.MeasureInGoal("4.3", "Redukcja szkód zdrowotnych").Costs[0];
        Assert.Equal("0,00 0", cost.Other!.Raw);
        Assert.Equal(ValueKind.Breakdown, cost.Other.Kind);
        Assert.Contains(Domain.Strategies.Checks.CostCheck.Run(Lublin), f => f.Kind == Domain.Strategies.Checks.FindingKind.UnreadableCost && f.SourceLine == 372);
    }

    [Fact]
    public void Amount_written_with_zloty_on_a_middle_page()
    {
        var cost = Lublin.Measure("5.3.1", "Realizacja projektów i programów").Costs.Single();
        Assert.Equal("44 407 935,00 zł", cost.Total!.Raw);
        Assert.Equal(43_702_452.00m, cost.Other!.Reading.InZloty);
    }

    [Fact]
    public void No_data_written_without_dots()
    {
        var cost = Lublin.MeasureInGoal("5.4", "Zadanie: „Prowadzenie schroniska").Costs.Single();
        Assert.Equal("bd.", cost.Total!.Raw);
        Assert.Equal(ValueKind.NoData, cost.Total.Kind);
        Assert.Equal(ValueKind.NoData, cost.State!.Kind);
    }

    [Fact]
    public void Last_page_approximation_and_glued_currency()
    {
        var approximate = Lublin.Measure("6.2.1", "Bieżąca aktualizacja stron internetowych").Indicators.Single().Value();
        Assert.Equal(ValueKind.Approximate, approximate.Kind);
        Assert.Equal(200m, approximate.Reading.Number);
        Assert.Equal("0,00zł", Lublin.Measure("6.2.1", "Na portalach branżowych").Costs.Single().Total!.Raw);
    }

    [Fact]
    public void A_ratio_indicator_on_the_last_page()
    {
        var v = Lublin.Measure("6.1.1", "Utrzymanie ustawowych standardów").Indicator("stosunek liczby pracowników").Value();
        Assert.Equal(1926m, v.Reading.Number);
    }

    [Fact]
    public void A_total_printed_one_number_per_line_is_read_whole()
    {
        var total = Lublin.PrintedTotals.Single(t => t.GoalCode == "1.3" && t.Kind == PrintedTotalKind.GoalRow);
        Assert.Equal(["243 420,00", "0,00", "243 420,00", "0,00"], new[] { total.Total, total.State, total.Gmina, total.Other }.Select(v => v!.Raw));
    }

    [Fact]
    public void Last_summary_rows_are_printed_totals()
    {
        var main6 = Lublin.PrintedTotals.Single(t => t.GoalCode == "6" && t.Kind == PrintedTotalKind.SummaryMainGoal);
        Assert.Equal(22_621_760.42m, main6.Total!.Reading.InZloty);
        var goal62 = Lublin.PrintedTotals.Single(t => t.GoalCode == "6.2" && t.Kind == PrintedTotalKind.GoalRow);
        Assert.Equal(855_545.64m, goal62.Total!.Reading.InZloty);
    }

    [Fact]
    public void Document_metadata_comes_from_the_title()
    {
        Assert.Equal("Strategia Rozwiązywania Problemów Społecznych Miasta Lublin 2014 - 2020", Lublin.Title);
        Assert.Equal((2014, 2020), (Lublin.PeriodFrom, Lublin.PeriodTo));
        Assert.Equal([2020], Lublin.ReportedYears);
        Assert.Equal("Lublin", Lublin.TerritorialUnitName);
    }

    [Fact]
    public void Values_are_for_the_report_year()
    {
        var value = Lublin.Measure("1.1.1", "Współpraca z organizacjami pozarządowymi").Indicators.Single().Values.Single();
        Assert.Equal(new ReportingPeriod(2020), value.Period);
        Assert.Equal(84m, value.Value.Reading.Number);
    }

    /// <summary>Cells from the first to the last page, by task (or goal) code, measure, source line and
    /// column: the raw text exactly as printed, HTML included, and its typed reading (one number, or a
    /// breakdown's parts joined by ";"). Markers — b.d, x, j.w., "w ramach działalności" — never read as 0.</summary>
    [Theory]
    [InlineData("1.1.1", "Współpraca z organizacjami pozarządowymi", 9, "Koszt działania", "W ramach działalności statutowej", ValueKind.NoFinancialOutlay, null)]
    [InlineData("1.2.1", "Wyplata zasiłków rodzinnych i dodatków", 30, "państwo", "28 877 270,12", ValueKind.Amount, "28877270.12")]
    [InlineData("1.2.1", "Motywowanie do zmiany sytuacji życiowej ", 35, "Liczba", "kontakty cz. A - 516 kontakty cz. B - 52", ValueKind.Breakdown, "516;52")]
    [InlineData("1.2.1", "Wyplata świadczeń wychowawczych", 39, "państwo", "338 720 736,22", ValueKind.Amount, "338720736.22")]
    [InlineData("1.2.2", "Tworzenie nowych rodzin zastępczych", 48, "Koszt działania", "x", ValueKind.NotApplicable, null)]
    [InlineData("1.2.2", "Prowadzenie działań umożliwiających powr", 55, "gmina", "x", ValueKind.NotApplicable, null)]
    [InlineData("1.2.3", "Udzielanie pomocy: pieniężnej na kontynu", 67, "gmina", "<p>754 710,52</p>", ValueKind.Amount, "754710.52")]
    [InlineData("1.2.3", "Udzielanie pomocy w postaci przyznania p", 70, "Koszt działania", "<p>j.w.</p>", ValueKind.SameAsAbove, null)]
    [InlineData("1.2.3", "Udzielanie pomocy w postaci przyznania p", 70, "gmina", "<p>j.w.</p>", ValueKind.SameAsAbove, null)]
    [InlineData("1.2.3", "Dystrybucja poradnika Vademecum Usamodzi", 74, "Liczba", "<p>8</p>", ValueKind.Number, "8")]
    [InlineData("1.3.1", "Program profilaktyczny chorób zakaźnych ", 89, "państwo", "0,00", ValueKind.Amount, "0.0")]
    [InlineData("1.3.1", "Osoby objęte profilaktycznymi programami", 90, "państwo", "j.w.", ValueKind.SameAsAbove, null)]
    [InlineData("1.3.1", "Osoby objęte profilaktycznymi programami", 90, "inne", "j.w.", ValueKind.SameAsAbove, null)]
    [InlineData("2.1.1", "XXX Spotkania Artystów Nieprzetartego Sz", 119, "inne", "b.d", ValueKind.NoData, null)]
    [InlineData("2.1.2", "Inne inicjatywy o charakterze informacyj", 126, "Liczba", "na bieżąco", ValueKind.Text, null)]
    [InlineData("2.2.1", "Współpraca instytucji samorządowych z or", 134, "Koszt działania", "realizacja w ramach zadań bieżących, środki własne: koszt wykazany w poz. 2.2.3, 2.3.1, 2.3.2, 2.4.2", ValueKind.NoFinancialOutlay, null)]
    [InlineData("2.2.3", "W ramach programu Za Życiem w 2020 roku ", 146, "Liczba", "2", ValueKind.Number, "2")]
    [InlineData("2.3.2", "Zaopatrzenie w przedmioty ortopedyczne, ", 161, "państwo", "318 742,97", ValueKind.Amount, "318742.97")]
    [InlineData("2.4.2", "Organizacja kształcenia specjalnego i ks", 175, "gmina", "b.d.", ValueKind.NoData, null)]
    [InlineData("3.1.1", "Współpraca z organizacjami pozarządowymi", 203, "Liczba", "84", ValueKind.Number, "84")]
    [InlineData("3.1.2", "Kontynuowanie działalności wolontarystyc", 211, "gmina", "x", ValueKind.NotApplicable, null)]
    [InlineData("3.1.4", "Realizacja Programu \"Lublin Strefa 60+\",", 219, "inne", "x", ValueKind.NotApplicable, null)]
    [InlineData("3.3.1", "Organizowanie imprez, wycieczek, festynó", 248, "Koszt działania", "w ramach działalności statutowej placówek", ValueKind.NoFinancialOutlay, null)]
    [InlineData("3.3.1", "Telewsparcie 60+ - wsparcie psychologicz", 255, "gmina", "b.d.", ValueKind.NoData, null)]
    [InlineData("4.1.1", "Realizacja działań upowszechniających wi", 285, "państwo", "b.d.", ValueKind.NoData, null)]
    [InlineData("4.2.1", "Zintegrowane działania Miejskiego Centru", 326, "państwo", "b.d.", ValueKind.NoData, null)]
    [InlineData("4.2.1", "Podjęwane interwencje", 333, "gmina", "0,00", ValueKind.Amount, "0.0")]
    [InlineData("4.3.2", "Powoływanie grup roboczych w ramach Zesp", 355, "inne", "0,00", ValueKind.Amount, "0.0")]
    [InlineData("4.3.3", "Realizacja działań dla osób używających ", 374, "inne", "0,00 0", ValueKind.Breakdown, "0.0;0")]
    [InlineData("4.3.3", "Realizacja działań dla osób używających ", 374, "Liczba", "23", ValueKind.Number, "23")]
    [InlineData("5.1.2", "Organizowanie środowiska lokalnego poprz", 397, "inne", "x", ValueKind.NotApplicable, null)]
    [InlineData("5.2.3", "Długofalowe i kompleksowe działania, dos", 417, "gmina", "24 077,52", ValueKind.Amount, "24077.52")]
    [InlineData("5.2.4", "Realizacja programów MDK2: „Ferie zimowe", 425, "Liczba", "70", ValueKind.Number, "70")]
    [InlineData("5.2.4", "Realizacja działań sportowo-rekreacyjnyc", 434, "państwo", "33 600,00", ValueKind.Amount, "33600.0")]
    [InlineData("5.3.1", "Realizacja projektów i programów własnyc", 446, "inne", "43 702 452,00 zł", ValueKind.Amount, "43702452.0")]
    [InlineData("5.3.2", "Objęcie osób bezrobotnych do 30 roku życ", 455, "Koszt działania", "0,00 zł", ValueKind.Amount, "0.0")]
    [InlineData("5.3.4", "Organizacja i koordynacja spotkań Miejsk", 463, "gmina", "0,00 zł", ValueKind.Amount, "0.0")]
    [InlineData("5.4", "Zadanie: „Prowadzenie schroniska dla bez", 475, "Liczba", "Aktywizacja społeczna mieszkańców schroniska, w minimalnym stopniu z powodu epidemii SARS-CoV-2 -46 osób", ValueKind.Text, null)]
    [InlineData("5.4.1", "Prowadzenie 2 ogrzewalni dla bezdomnych ", 484, "państwo", "21 000,00", ValueKind.Amount, "21000.0")]
    [InlineData("5.4.1", "Funkcjonowanie ogrzewalni w systemie cał", 491, "inne", "0,00", ValueKind.Amount, "0.0")]
    [InlineData("5.5.1", "Rozpowszechnianie materiałów informacyjn", 513, "Koszt działania", "b.d.", ValueKind.NoData, null)]
    [InlineData("5.5.2", "Wsparcie cudzoziemców w nabywaniu prakty", 520, "gmina", "0,00 zł", ValueKind.Amount, "0.0")]
    [InlineData("6.1.1", "Utrzymanie ustawowych standardów zatrudn", 544, "Koszt działania", "10 582 535,85", ValueKind.Amount, "10582535.85")]
    [InlineData("6.2", "Zakup sprzętu komputerowego dla pracowni", 556, "państwo", "0,00", ValueKind.Amount, "0.0")]
    [InlineData("6.2.1", "Bieżąca aktualizacja stron internetowych", 563, "Liczba", "ok. 200", ValueKind.Approximate, "200")]
    [InlineData("6.2.1", "Zakup licencji Windows Server 400 szt (M", 564, "inne", "0,00", ValueKind.Amount, "0.0")]
    public void A_cell_keeps_its_printed_text_and_its_typed_reading(string code, string measure, int line, string column, string raw, ValueKind kind, string? numbers)
    {
        var m = Lublin.Measure(code, measure);
        var value = column switch
        {
            "Liczba" => m.Indicators.SelectMany(i => i.Values).Single(v => v.SourceLine == line).Value,
            _ => m.Costs.Single(c => c.SourceLine == line)[column switch
            {
                "Koszt działania" => CostColumn.Total,
                "państwo" => CostColumn.State,
                "gmina" => CostColumn.Gmina,
                _ => CostColumn.Other,
            }]!,
        };
        Assert.Equal(raw, value.Raw);
        Assert.Equal(kind, value.Kind);
        CellReading.AssertNumbers(value, numbers);
    }
}
