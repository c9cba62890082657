using Kierunek.Domain.Strategies;
using Kierunek.Domain.Values;

namespace Kierunek.Import.Tests.Strategies.Interpreters;

/// <summary>Seed 002 (ROPS Lublin, data for 2016), cell by cell: goals, baseline / 2016 / target
/// with relative targets, composite values, the row cut by a page break, the NEET and PAI tables,
/// the recommendations and the resolutions.</summary>
public class MonitoringReportCellsTests
{
    private static readonly StrategyDocument Rops = SeedFiles.RopsReport;

    private static Indicator Indicator(string goal, string nameStart) =>
        Rops.Node(goal).Indicators.Single(i => i.Name!.StartsWith(nameStart, StringComparison.Ordinal));

    [Fact]
    public void Five_specific_goals_hold_25_indicators()
    {
        Assert.Equal(DocumentLayout.MonitoringReport, Rops.Layout);
        Assert.Equal(5, Rops.NodesPerLevel()["Cel szczegółowy"]);
        Assert.Equal(["1", "2", "3", "4", "5"], Rops.Roots.Select(r => r.Code));
        Assert.Equal([8, 5, 6, 2, 4], Rops.Roots.Select(r => r.Indicators.Count));
        Assert.Equal("Ograniczenie wykluczenia społecznego osób bezdomnych", Rops.Node("3").Title);
    }

    [Fact]
    public void The_report_and_the_programme_keep_their_resolutions()
    {
        Assert.Equal("Raport z monitoringu Regionalnego Programu Pomocy Społecznej i Włączenia Społecznego na lata 2016 – 2020", Rops.Title);
        Assert.Equal(new Resolution("CCXXXIV/4594/2017", new DateOnly(2017, 12, 4), "Zarząd Województwa Lubelskiego"), Rops.Resolution);
        Assert.Equal(new Resolution("XIII/200/2015", new DateOnly(2015, 12, 30), "Sejmik Województwa Lubelskiego"), Rops.StrategyResolution);
        Assert.Equal("Regionalny Ośrodek Polityki Społecznej w Lublinie", Rops.AuthorInstitution);
        Assert.Equal([2016], Rops.ReportedYears);
        Assert.Equal((2016, 2020), (Rops.PeriodFrom, Rops.PeriodTo));
        Assert.Equal("lubelskie", Rops.TerritorialUnitName);
    }

    [Fact]
    public void First_indicator_has_baseline_value_and_target()
    {
        var i = Indicator("1", "Liczba programów i projektów aktywizujących");
        Assert.Equal("5", i.Baseline!.Value.Raw);
        Assert.Equal(2014, i.Baseline.Year);
        Assert.Equal("5 (PAL)", i.ValueIn(2016).Raw);
        Assert.Equal(5m, i.ValueIn(2016).Reading.Number);
        Assert.Equal(10m, i.Target!.Value.Reading.Number);
        Assert.False(i.Target.IsRelative);
        Assert.Equal(DesiredDirection.Increase, i.Direction);
        Assert.StartsWith("Opracowanie własne na podstawie danych z Oceny Zasobów Pomocy Społecznej za 2016 r.", i.DataSource);
    }

    [Fact]
    public void A_count_with_a_percentage_is_a_breakdown()
    {
        var v = Indicator("1", "Odsetek rodzin objętych pracą socjalną").ValueIn(2016);
        Assert.Equal("52 570 rodzin / 83 %", v.Raw);
        Assert.Equal(ValueKind.Breakdown, v.Kind);
        Assert.Contains(v.Reading.Parts, p => p.Number == 52570m && p.Unit == "rodzin");
        Assert.Contains(v.Reading.Parts, p => p.Number == 83m && p.IsPercentage);
        Assert.Equal(78m, Indicator("1", "Odsetek rodzin objętych pracą socjalną").Baseline!.Value.Reading.Number);
    }

    [Fact]
    public void Contracts_with_persons_and_a_share()
    {
        var v = Indicator("1", "Odsetek osób objętych kontraktem socjalnym").ValueIn(2016);
        Assert.Equal("3 210 kontraktów z 3 819 osobami 8%", v.Raw);
        Assert.Equal([3210m, 3819m, 8m], v.Reading.Parts.Select(p => p.Number));
    }

    [Fact]
    public void Relative_targets_are_relative()
    {
        var neet = Indicator("1", "Liczba osób młodych w kategorii NEET");
        Assert.Equal("Wzrost o 10%", neet.Target!.Value.Raw);
        Assert.Equal(10m, neet.Target.RelativeChangePercent);
        Assert.Equal(14175m, neet.ValueIn(2016).Reading.Number);
        var spaced = Indicator("2", "Liczba projektów/porozumień na rzecz integracji zawodowej");
        Assert.Equal("Wzrost o 20 %", spaced.Target!.Value.Raw);
        Assert.Equal(20m, spaced.Target.RelativeChangePercent);
        Assert.Equal(30m, Indicator("3", "Liczba osób bezdomnych uczestniczących").Target!.RelativeChangePercent);
    }

    [Fact]
    public void Lower_is_better_when_the_target_is_below_the_baseline()
    {
        var i = Indicator("1", "Odsetek liczby osób korzystających z pomocy społecznej");
        Assert.Equal(ValueKind.Percentage, i.ValueIn(2016).Kind);
        Assert.Equal(8.2m, i.ValueIn(2016).Reading.Number);
        Assert.Equal(DesiredDirection.Decrease, i.Direction);
    }

    [Fact]
    public void People_with_children_in_brackets()
    {
        var v = Indicator("1", "Liczba osób korzystających z programu dożywiania").ValueIn(2016);
        Assert.Equal("50 036 osób (w tym 46 871 dzieci)", v.Raw);
        Assert.Equal([50036m, 46871m], v.Reading.Parts.Select(p => p.Number));
    }

    [Fact]
    public void A_row_cut_by_a_page_break_keeps_one_name_and_its_numbers()
    {
        var i = Indicator("2", "Liczba instytucji opieki nad dziećmi");
        Assert.Equal("Liczba instytucji opieki nad dziećmi do lat 3", i.Name);
        Assert.Equal(67m, i.Baseline!.Value.Reading.Number);
        Assert.Equal(93m, i.ValueIn(2016).Reading.Number);
        Assert.Equal(90m, i.Target!.Value.Reading.Number);
    }

    [Fact]
    public void One_baseline_two_current_values()
    {
        var v = Indicator("5", "Liczba różnorodnych form kształcenia").ValueIn(2016);
        Assert.Equal("1 628 form kształcenia, 1 849 osób uczestniczących", v.Raw);
        Assert.Equal([1628m, 1849m], v.Reading.Parts.Select(p => p.Number));
        Assert.Equal(1102m, Indicator("5", "Liczba różnorodnych form kształcenia").Baseline!.Value.Reading.Number);
    }

    [Fact]
    public void The_last_indicator_targets_all_213_centres()
    {
        var i = Indicator("5", "Liczba ośrodków pomocy społecznej spełniających wskaźnik zatrudnienia");
        Assert.Equal((191m, 191m, 213m), (i.Baseline!.Value.Reading.Number!.Value, i.ValueIn(2016).Reading.Number!.Value, i.Target!.Value.Reading.Number!.Value));
        Assert.Contains("informacji uzyskanych z ośrodków pomocy społecznej", i.DataSource);
    }

    [Fact]
    public void The_NEET_table_has_one_row_per_labour_office()
    {
        var table = Rops.DataTables.Single(t => t.Title.StartsWith("Tabela nr 2.", StringComparison.Ordinal));
        Assert.Equal(21, table.Rows.Count);
        Assert.Equal("(2015 + 2016)", table.ColumnHeaders[0]);
        Assert.Equal("ukończyły staże", table.ColumnHeaders[2]);
        var lublin = table.Rows.Single(r => r.Label == "MUP Lublin");
        Assert.Equal(["64", "1252", "999"], lublin.Cells.Select(c => c.Raw));
        Assert.Equal(1252m, lublin.Cells[1].Reading.Number);
        Assert.Equal("PUP Zamość", table.Rows[^1].Label);
        Assert.Equal("Źródło: Wojewódzki Urząd Pracy w Lublinie", table.Source);
    }

    [Fact]
    public void The_PAI_table_keeps_zeros_and_all_columns()
    {
        var table = Rops.DataTables.Single(t => t.Title.StartsWith("Tabela nr 3.", StringComparison.Ordinal));
        Assert.Equal(9, table.Rows.Count);
        var total = table.Rows[0];
        Assert.Equal("Ogółem", total.Label);
        Assert.Equal([213m, 205m, 164m, 14m, 27m, 1m, 0m, 0m], total.Cells.Select(c => c.Reading.Number!.Value));
        Assert.Equal("niepełnosprawni", table.Rows[^1].Label);
        Assert.Equal(9, table.ColumnHeaders.Count);
    }

    [Fact]
    public void Recommendations_are_grouped_by_goal()
    {
        Assert.Equal(["1", "2", "3", "4", "5"], Rops.Recommendations.Select(r => r.GoalCode));
        var staffing = Rops.Recommendations.Single(r => r.GoalCode == "5");
        Assert.Contains("W województwie lubelskim wymogu tego nie spełniają 22 gminy.", staffing.Conclusions);
        Assert.StartsWith("Regionalny Ośrodek Polityki Społecznej w Lublinie, jednostki samorządu terytorialnego", staffing.Implementers);
        Assert.Contains("\n", Rops.Recommendations[0].Conclusions);
    }

    /// <summary>Cells of every goal's table, by goal, indicator and column (baseline "bazowy", the data
    /// year, target "docelowy"): the raw text exactly as printed and its typed reading (one number, or a
    /// breakdown's parts joined by ";"). A relative target ("Wzrost o 10%") reads as its percentage.</summary>
    [Theory]
    [InlineData("1", "Liczba programów i projektów aktywizujących s", "bazowy", "5", ValueKind.Number, "5")]
    [InlineData("1", "Odsetek rodzin objętych pracą socjalną wśród ", "2016", "52 570 rodzin / 83 %", ValueKind.Breakdown, "52570;83")]
    [InlineData("1", "Odsetek osób objętych kontraktem socjalnym w ", "2016", "3 210 kontraktów z 3 819 osobami 8%", ValueKind.Breakdown, "3210;3819;8")]
    [InlineData("1", "Odsetek osób objętych kontraktem socjalnym w ", "docelowy", "20%", ValueKind.Percentage, "20")]
    [InlineData("1", "Liczba osób objętych indywidualnym programem ", "bazowy", "479", ValueKind.Number, "479")]
    [InlineData("1", "Liczba osób młodych w kategorii NEET, które p", "2016", "14 175", ValueKind.Number, "14175")]
    [InlineData("1", "Liczba osób młodych w kategorii NEET, które p", "docelowy", "Wzrost o 10%", ValueKind.Number, "10")]
    [InlineData("1", "Liczba osób bezrobotnych objętych Programem A", "docelowy", "Wzrost o 20%", ValueKind.Number, "20")]
    [InlineData("1", "Odsetek liczby osób korzystających z pomocy s", "bazowy", "9,7%", ValueKind.Percentage, "9.7")]
    [InlineData("1", "Liczba osób korzystających z programu dożywia", "2016", "50 036 osób (w tym 46 871 dzieci)", ValueKind.Breakdown, "50036;46871")]
    [InlineData("2", "Liczba projektów/porozumień na rzecz integrac", "docelowy", "Wzrost o 20 %", ValueKind.Number, "20")]
    [InlineData("2", "Liczba projektów/porozumień na rzecz aktywnej", "bazowy", "45", ValueKind.Number, "45")]
    [InlineData("2", "Liczba wolontariuszy biorących udział w dział", "2016", "109", ValueKind.Number, "109")]
    [InlineData("2", "Liczba działań na rzecz promocji grup samopom", "docelowy", "Wzrost o 10 %", ValueKind.Number, "10")]
    [InlineData("2", "Liczba instytucji opieki nad dziećmi do lat 3", "bazowy", "67", ValueKind.Number, "67")]
    [InlineData("3", "Liczba bezdomnych objętych indywidualnym prog", "2016", "22", ValueKind.Number, "22")]
    [InlineData("3", "Liczba osób bezdomnych uczestniczących w zaję", "docelowy", "Wzrost o 30 %", ValueKind.Number, "30")]
    [InlineData("3", "Liczba placówek udzielających schronienia oso", "bazowy", "18", ValueKind.Number, "18")]
    [InlineData("3", "Liczba mieszkań chronionych", "2016", "53", ValueKind.Number, "53")]
    [InlineData("3", "Liczba osób bezdomnych, które skorzystały z p", "docelowy", "Wzrost o 30 %", ValueKind.Number, "30")]
    [InlineData("3", "Liczba organizacji pozarządowych, którym zlec", "bazowy", "8", ValueKind.Number, "8")]
    [InlineData("4", "Liczba działań/akcji na rzecz integracji cudz", "2016", "42", ValueKind.Number, "42")]
    [InlineData("4", "Liczba cudzoziemców realizujących indywidualn", "docelowy", "100", ValueKind.Number, "100")]
    [InlineData("5", "Liczba różnorodnych form kształcenia (studia,", "bazowy", "1102", ValueKind.Number, "1102")]
    [InlineData("5", "Liczba różnorodnych form kształcenia (studia,", "2016", "1 628 form kształcenia, 1 849 osób uczestniczących", ValueKind.Breakdown, "1628;1849")]
    [InlineData("5", "Liczba szkoleń z zakresu superwizji, umiejętn", "2016", "142 szkolenia, 412 osób", ValueKind.Breakdown, "142;412")]
    [InlineData("5", "Liczba szkoleń z zakresu superwizji, umiejętn", "docelowy", "Wzrost o 20 %", ValueKind.Number, "20")]
    [InlineData("5", "Liczba działań (akcji medialnych, dobrych pra", "docelowy", "500", ValueKind.Number, "500")]
    [InlineData("5", "Liczba ośrodków pomocy społecznej spełniający", "bazowy", "191", ValueKind.Number, "191")]
    public void A_cell_keeps_its_printed_text_and_its_typed_reading(string goal, string indicator, string column, string raw, ValueKind kind, string? numbers)
    {
        var i = Indicator(goal, indicator);
        var value = column switch
        {
            "bazowy" => i.Baseline!.Value,
            "docelowy" => i.Target!.Value,
            _ => i.ValueIn(int.Parse(column)),
        };
        Assert.Equal(raw, value.Raw);
        Assert.Equal(kind, value.Kind);
        CellReading.AssertNumbers(value, numbers);
    }
}
