using Kierunek.Domain.Strategies;
using Kierunek.Domain.Values;

namespace Kierunek.Import.Tests.Strategies.Interpreters;

/// <summary>Seed 001 (Białystok, report for 2020), cell by cell: the tree, first/middle/last
/// pages, values cut by page breaks, rows Word printed before their task, HTML lists,
/// amounts with footnote marks, percentages, qualitative levels and "Brak danych".</summary>
public class IndicatorTableCellsTests
{
    private static readonly StrategyDocument Bialystok = SeedFiles.BialystokReport;

    [Fact]
    public void The_tree_has_seven_strategic_goals_28_priorities_and_88_tasks()
    {
        Assert.Equal(DocumentLayout.IndicatorTable, Bialystok.Layout);
        Assert.Equal(["A", "B", "C", "D", "E", "F", "G"], Bialystok.Roots.Select(r => r.Code));
        var levels = Bialystok.NodesPerLevel();
        Assert.Equal(7, levels["Cel strategiczny"]);
        Assert.Equal(28, levels["Priorytet"]);
        Assert.Equal(88, levels["Zadanie realizacyjne"]);
        Assert.Equal(175, Bialystok.AllIndicators().Count());
        Assert.Equal("Rodzina-najlepszym środowiskiem rozwoju", Bialystok.Node("A").Title);
        Assert.Equal("Promocja przedsiębiorczości i samozatrudnienia", Bialystok.Node("C.2").Title);
        Assert.Equal(["G.7.1"], Bialystok.Node("G.7").Children.Select(c => c.Code));
    }

    [Fact]
    public void Metadata_comes_from_the_title_page()
    {
        Assert.StartsWith("Raport z wykonania zadań przyjętych w „Strategii Rozwiązywania Problemów Społecznych Miasta Białegostoku", Bialystok.Title);
        Assert.Equal(2011, Bialystok.PeriodFrom);
        Assert.Equal(2020, Bialystok.PeriodTo);
        Assert.Equal([2020], Bialystok.ReportedYears);
        Assert.Equal("Miejski Ośrodek Pomocy Rodzinie w Białymstoku", Bialystok.AuthorInstitution);
        Assert.Equal("PREZYDENT MIASTA dr hab. Tadeusz Truskolaski", Bialystok.Signatory);
    }

    [Fact]
    public void First_task_has_implementers_funding_and_two_indicators()
    {
        var task = Bialystok.Node("A.1.1");
        Assert.Equal("Rozwój środowiskowych form wsparcia dziecka i rodziny w tym asystenta rodziny", task.Title);
        Assert.StartsWith("Urząd Miejski, Miejski Ośrodek Pomocy Rodzinie", task.ImplementersText);
        Assert.Equal(["Budżet Miasta"], task.FundingSources.Select(f => f.Name));
        Assert.Equal(FundingCategory.Gmina, task.FundingSources[0].Category);
        Assert.Equal("Analiza bieżących danych pod kątem zachodzących zmian", task.MonitoringMethod);
        var value = task.Indicator("Liczba placówek wsparcia dziennego").Value();
        Assert.Equal("18", value.Raw);
        Assert.Equal(18m, value.Reading.Number);
        Assert.Equal(2020, task.Indicator("Liczba asystentów rodzinnych").Values.Single().Period.FromYear);
    }

    [Fact]
    public void Implementers_cut_by_a_page_break_are_joined()
    {
        var task = Bialystok.Node("A.1.3");
        Assert.Contains("poradnie pedagogiczno – psychologiczne, szkoły i przedszkola, MOPR", task.ImplementersText);
        Assert.Equal(2, task.Indicators.Count);
        Assert.Equal(4795m, task.Indicator("Liczba rodziców objętych wsparciem").Value().Reading.Number);
    }

    [Fact]
    public void A_number_with_a_space_separator_is_read()
    {
        var v = Bialystok.Node("A.3.4").Indicator("Liczba udzielonych porad").Value();
        Assert.Equal("27 993", v.Raw);
        Assert.Equal(27993m, v.Reading.Number);
    }

    [Fact]
    public void Amounts_in_thousands_keep_their_footnote_mark_and_the_note_explains_it()
    {
        var task = Bialystok.Node("C.2.2");
        var v = task.Indicator("Wysokość pozyskanych środków na rozwój przedsiębiorczości").Value();
        Assert.Equal("9 353,2 tys. zł *", v.Raw);
        Assert.Equal(ValueKind.Amount, v.Kind);
        Assert.Equal(9353.2m, v.Reading.Number);
        Assert.Equal(9_353_200m, v.Reading.InZloty);
        Assert.Equal(["*"], v.Reading.FootnoteMarks);
        Assert.Equal("tys. zł", task.Indicator("Wysokość pozyskanych środków").Unit);
        Assert.StartsWith("*Podane kwoty dotyczą Miasta Białostok", task.Notes.Single());
        Assert.Contains(Bialystok.Footnotes, f => f.Mark == "*" && f.Text.StartsWith("Podane kwoty dotyczą Miasta Białostok"));
    }

    [Fact]
    public void Double_footnote_marks_are_kept()
    {
        var v = Bialystok.Node("C.4.1").Indicator("Liczba osób objętych programami rynku pracy").Value();
        Assert.Equal("475 **", v.Raw);
        Assert.Equal(475m, v.Reading.Number);
        Assert.Equal(["**"], v.Reading.FootnoteMarks);
    }

    [Fact]
    public void Funding_sources_printed_one_after_another_are_separate()
    {
        Assert.Equal(["Budżet Miasta", "Fundusz Pracy", "Europejski Fundusz Społeczny"], Bialystok.Node("C.1.4").FundingSources.Select(f => f.Name));
        Assert.Equal(["budżet państwa", "EFS", "Fundusz Pracy", "Europejski Fundusz Społeczny"], Bialystok.Node("C.4.2").FundingSources.Select(f => f.Name));
        Assert.Equal(["Budżet Miasta", "Prywatni sponsorzy"], Bialystok.Node("A.4.1").FundingSources.Select(f => f.Name));
        Assert.Equal(FundingCategory.Other, Bialystok.Node("A.4.1").FundingSources[1].Category);
        Assert.Contains(Bialystok.Node("G.6.2").FundingSources, f => f.Name == "Budżet państwa (MSWA, MEN)" && f.Category == FundingCategory.State);
    }

    [Fact]
    public void A_task_title_cut_by_the_running_header_is_joined()
    {
        Assert.Equal("Realizacja programów profilaktycznych oraz działań edukacyjnych", Bialystok.Node("D.1.1").Title);
        Assert.Equal("Analiza bieżących danych pod kątem zachodzących zmian", Bialystok.Node("D.1.1").MonitoringMethod);
        Assert.Equal("Działania zmierzające do poprawy bezpieczeństwa osobistego i socjalnego osób starszych", Bialystok.Node("G.5.3").Title);
    }

    [Fact]
    public void Money_and_no_data_in_one_task()
    {
        var task = Bialystok.Node("D.2.2");
        var money = task.Indicator("Wysokość dofinansowania").Value();
        Assert.Equal("1 332 190,00 zł", money.Raw);
        Assert.Equal(1_332_190.00m, money.Reading.InZloty);
        var none = task.Indicator("Ilość pacjentów").Value();
        Assert.Equal("Brak danych", none.Raw);
        Assert.Equal(ValueKind.NoData, none.Kind);
        Assert.Null(none.Reading.Number);
    }

    [Fact]
    public void Ratio_indicators_are_percentages()
    {
        var v = Bialystok.Node("E.1.2").Indicator("Ilość lokali socjalnych x100%").Value();
        Assert.Equal("0,01 %", v.Raw);
        Assert.Equal(ValueKind.Percentage, v.Kind);
        Assert.Equal(0.01m, v.Reading.Number);
        Assert.Equal(0.006m, Bialystok.Node("E.1.3").Indicators.Single().Value().Reading.Number);
        Assert.Equal(38.41m, Bialystok.Node("E.3.1").Indicators.Single().Value().Reading.Number);
    }

    [Fact]
    public void A_row_printed_before_its_task_row_belongs_to_that_task_and_its_name_is_joined()
    {
        var task = Bialystok.Node("F.1.1");
        var first = task.Indicators[0];
        Assert.Equal("Liczba zaangażowanych ośrodków aktywności społecznej oraz ich pracowników (współpracowników)", first.Name);
        Assert.Equal(29m, first.Value().Reading.Number);
        Assert.Equal(6, task.Indicators.Count);
    }

    [Fact]
    public void A_value_spread_over_page_breaks_keeps_every_piece_raw()
    {
        var v = Bialystok.Node("F.1.1").Indicator("Liczba i rodzaje form proponowanego wsparcia").Value();
        Assert.StartsWith("81 w tym m. in.: - wsparcie techniczne", v.Raw);
        Assert.Contains("<p>pozarządowych;</p>", v.Raw);
        Assert.EndsWith("- konsultacje dla rodziców", v.Reading.Text);
        Assert.Equal(ValueKind.Text, v.Kind);
        var given = Bialystok.Node("F.1.1").Indicator("Liczba i rodzaje form udzielonego wsparcia").Value();
        Assert.StartsWith("<p>81</p> <p>w tym m.in.:</p>", given.Raw);
        Assert.Contains("Forum Inicjatyw Społecznych", given.Reading.Text);
    }

    [Fact]
    public void A_value_with_a_footnote_mark_and_a_label_before_an_amount()
    {
        var task = Bialystok.Node("F.1.1");
        var people = task.Indicator("Liczba osób objętych wsparciem").Value();
        Assert.Equal("1491*", people.Raw);
        Assert.Equal(1491m, people.Reading.Number);
        var cost = task.Indicator("Koszt jednorazowego wsparcia").Value();
        Assert.Equal(ValueKind.Amount, cost.Kind);
        Assert.Equal(119_995.76m, cost.Reading.InZloty);
        Assert.Equal("Departament Edukacji", cost.Reading.Label);
        Assert.Equal("*w tym 576 organizacji pozarządowych znajdujących się w bazie", task.Notes.Single());
    }

    [Fact]
    public void Qualitative_levels_are_read_as_levels()
    {
        var satisfied = Bialystok.Node("F.1.1").Indicator("Stopień zadowolenia").Value();
        Assert.Equal(ValueKind.QualitativeLevel, satisfied.Kind);
        Assert.Equal("wysoki", satisfied.Raw);
        var readiness = Bialystok.Node("F.3.2").Indicator("Poziom gotowości").Value();
        Assert.Equal("wysoki/wystarczający/ minimalny", readiness.Raw);
        Assert.Equal(ValueKind.QualitativeLevel, readiness.Kind);
    }

    [Fact]
    public void The_last_row_of_a_task_printed_above_the_next_task_moves_to_it()
    {
        // F.2.3 and F.3.1 measure the same four things; Word printed F.2.3's first one above its task row.
        Assert.Equal(["Suma środków", "Stopień adekwatności"], Bialystok.Node("F.2.2").Indicators.Select(i => i.Name![..12].TrimEnd()).Select(n => n.StartsWith("Suma") ? "Suma środków" : "Stopień adekwatności"));
        Assert.Equal("Liczba instytucji podejmujących współpracę", Bialystok.Node("F.2.3").Indicators[0].Name);
        Assert.Equal(170m, Bialystok.Node("F.2.3").Indicators[0].Value().Reading.Number);
        Assert.Equal("Liczba instytucji tworzących sieć wspierania rodzin", Bialystok.Node("F.3.3").Indicators[0].Name);
        Assert.Equal(46m, Bialystok.Node("F.3.3").Indicators[0].Value().Reading.Number);
    }

    [Fact]
    public void A_lowercase_line_continues_an_open_text_value_not_the_name()
    {
        var v = Bialystok.Node("F.3.2").Indicator("Rodzaj działań w zakresie integracji").Value();
        Assert.EndsWith("(np. Osiedlowy Klub Inspiracji).", v.Reading.Text);
        Assert.Equal("Rodzaj działań w zakresie integracji międzypokoleniowej", Bialystok.Node("F.3.2").Indicator("Rodzaj działań").Name);
    }

    [Fact]
    public void A_lowercase_line_under_a_closed_value_continues_the_name()
    {
        var i = Bialystok.Node("G.2.2").Indicator("Liczba osób objętych specjalistycznymi");
        Assert.Equal("Liczba osób objętych specjalistycznymi usługami opiekuńczymi dla osób z zaburzeniami psychicznymi w miejscu zamieszkania", i.Name);
        Assert.Equal(10m, i.Value().Reading.Number);
        Assert.EndsWith("realizowanych przez miejskie instytucje kultury", Bialystok.Node("G.6.2").Indicators[^1].Name);
    }

    [Fact]
    public void A_value_printed_above_its_empty_indicator_cell_fills_it()
    {
        var database = Bialystok.Node("G.3.1").Indicator("Baza danych").Value();
        Assert.StartsWith("Bezrobotni wg przyczyn niepełnosprawności: 1.upośledzenie umysłowe - 50 osób", database.Raw);
        Assert.EndsWith("12.inne - 87 osób,", database.Raw);
        Assert.Equal(ValueKind.Breakdown, database.Kind);
        Assert.Contains(database.Reading.Parts, p => p.Number == 130 && p.Label!.Contains("choroby psychiczne"));
        Assert.Equal(808m, Bialystok.Node("G.3.1").Indicator("Liczba osób niepełnosprawnych zarejestrowanych").Value().Reading.Number);
        var roma = Bialystok.Node("G.6.2").Indicators[0].Value();
        Assert.StartsWith("MOPR realizował Program na rzecz społeczności romskiej", roma.Raw);
        Assert.Equal(ValueKind.Text, roma.Kind);
    }

    [Fact]
    public void Implementers_continued_after_a_page_break_join_the_task_above()
    {
        var task = Bialystok.Node("G.3.4");
        Assert.EndsWith("Organizacje pozarządowe Urząd Miejski MOPR", task.ImplementersText);
        Assert.Equal("275**", task.Indicator("Zatrudnionych").Value().Raw);
        Assert.Equal(2, task.Notes.Count);
    }

    [Fact]
    public void A_note_continued_over_a_page_break_is_one_note()
    {
        var notes = Bialystok.Node("G.4.1").Notes;
        Assert.Equal(2, notes.Count);
        Assert.StartsWith("*Od 01.03.2012r.do 31.08.2013r. MOPR uczestniczył", notes[0]);
        Assert.Contains("organizacjami pozarządowymi (Caritas Archidiecezji Białostockiej", notes[1]);
        Assert.EndsWith("„Białystok na rzecz wychodzenia z bezdomności”", notes[1]);
    }

    [Fact]
    public void The_last_task_holds_zeros_that_are_real_zeros()
    {
        var task = Bialystok.Node("G.7.1");
        Assert.Equal(["Budżet państwa", "Budżet Miasta", "Środki UE", "Środki PFRON"], task.FundingSources.Select(f => f.Name));
        Assert.All(task.Indicators, i => Assert.Equal(0m, i.Value().Reading.Number));
        Assert.StartsWith("Podmioty ekonomii społecznej", task.Notes.Single());
    }

    /// <summary>Values from the first to the last page, by task code and indicator: the raw text
    /// exactly as printed and its typed reading (one number, or a breakdown's parts joined by ";").</summary>
    [Theory]
    [InlineData("A.1.1", "Liczba placówek wsparcia dziennego (w tym świ", 2020, "18", ValueKind.Number, "18")]
    [InlineData("A.1.4", "Liczba dzieci i młodzieży objętych dożywianie", 2020, "1096", ValueKind.Number, "1096")]
    [InlineData("A.2.1", "Liczba osób uczestniczących w szkoleniach dla", 2020, "7", ValueKind.Number, "7")]
    [InlineData("A.3.3", "Liczba osób korzystających z hostelu w OIK", 2020, "28", ValueKind.Number, "28")]
    [InlineData("A.4.3", "Liczba organizacji pozarządowych, które otrzy", 2020, "14", ValueKind.Number, "14")]
    [InlineData("B.1.6", "Ilość rodzajów potencjalnych zagrożeń", 2020, "45", ValueKind.Number, "45")]
    [InlineData("B.4.1", "Średnia roczna liczba osób zagrożonych przeży", 2020, "19", ValueKind.Number, "19")]
    [InlineData("C.1.3", "Wysokość pozyskanych środków na organizację s", 2020, "413 tys. zł *", ValueKind.Amount, "413")]
    [InlineData("C.1.4", "Wysokość pozyskanych środków na organizację s", 2020, "413 tys. zł *", ValueKind.Amount, "413")]
    [InlineData("C.2.2", "Wysokość pozyskanych środków na rozwój przeds", 2020, "9 353,2 tys. zł *", ValueKind.Amount, "9353.2")]
    [InlineData("C.2.3", "Wysokość pozyskanych środków na tworzenie now", 2020, "766,5 tys. zł *", ValueKind.Amount, "766.5")]
    [InlineData("C.3.2", "Liczba przekazanych raportów, analiz (jednost", 2020, "0", ValueKind.Number, "0")]
    [InlineData("C.4.2", "Kwota pozyskanych środków", 2020, "10 153,0 tys. zł", ValueKind.Amount, "10153.0")]
    [InlineData("C.4.2", "Wysokość pozyskanych środków na realizację pr", 2020, "10 153,0 tys. zł", ValueKind.Amount, "10153.0")]
    [InlineData("D.1.3", "Ilość działań", 2020, "7285", ValueKind.Number, "7285")]
    [InlineData("D.2.2", "Wysokość dofinansowania", 2020, "1 332 190,00 zł", ValueKind.Amount, "1332190.0")]
    [InlineData("D.2.2", "Ilość pacjentów w placówkach lecznictwa odwyk", 2020, "Brak danych", ValueKind.NoData, null)]
    [InlineData("D.2.3", "Ilość placówek pomocowych prowadzonych przez ", 2020, "9", ValueKind.Number, "9")]
    [InlineData("E.1.2", "Ilość lokali socjalnych x100% ogólna liczba l", 2020, "0,01 %", ValueKind.Percentage, "0.01")]
    [InlineData("E.1.3", "Ilość zamian x 100% ilość gospodarstw domowyc", 2020, "0,006 %", ValueKind.Percentage, "0.006")]
    [InlineData("E.2.1", "Liczba rodzin objętych wsparciem", 2020, "4287", ValueKind.Number, "4287")]
    [InlineData("E.2.2", "Średniomiesięczna ilość obniżek x100% ilość g", 2020, "22,36 %", ValueKind.Percentage, "22.36")]
    [InlineData("E.3.1", "Kwota wierzytelności objęta działaniami ułatw", 2020, "38,41 %", ValueKind.Percentage, "38.41")]
    [InlineData("F.1.1", "Koszt jednorazowego wsparcia", 2020, "Departament Edukacji: 119 995,76 zł (wydatki na Białostocką Akademię Rodziny)", ValueKind.Amount, "119995.76")]
    [InlineData("F.1.1", "Stopień zadowolenia osób korzystających ze ws", 2020, "wysoki", ValueKind.QualitativeLevel, null)]
    [InlineData("F.1.2", "Stopień zaangażowania instytucji", 2020, "wysoki/wystarczający, minimalny", ValueKind.QualitativeLevel, null)]
    [InlineData("F.1.3", "Liczba instytucji zaangażowanych w działania ", 2020, "67", ValueKind.Number, "67")]
    [InlineData("F.2.1", "Liczba instytucji promujących ofertę kształce", 2020, "82", ValueKind.Number, "82")]
    [InlineData("F.2.2", "Suma środków przeznaczonych na kształcenie us", 2020, "4 014 862,58 zł", ValueKind.Amount, "4014862.58")]
    [InlineData("F.2.2", "Stopień adekwatności środków przeznaczonych n", 2020, "wysoki", ValueKind.QualitativeLevel, null)]
    [InlineData("F.2.3", "Stopień zaangażowania instytucji", 2020, "wysoki/wystarczający", ValueKind.QualitativeLevel, null)]
    [InlineData("F.3.1", "Ilość obszarów współpracy", 2020, "90", ValueKind.Number, "90")]
    [InlineData("F.3.1", "Stopień zaangażowania instytucji", 2020, "wysoki/wystarczający", ValueKind.QualitativeLevel, null)]
    [InlineData("F.3.2", "Poziom gotowości do udziału w integracji międ", 2020, "wysoki/wystarczający/ minimalny", ValueKind.QualitativeLevel, null)]
    [InlineData("F.3.3", "Liczba instytucji tworzących sieć wspierania ", 2020, "46", ValueKind.Number, "46")]
    [InlineData("G.2.2", "Liczba osób objętych usługami opiekuńczymi w ", 2020, "527 *", ValueKind.Number, "527")]
    [InlineData("G.3.1", "Efekt udzielanej pomocy (ankiety dot. jakości", 2020, "Brak danych", ValueKind.NoData, null)]
    [InlineData("G.3.3", "Projekty, ilość imprez integracyjnych, kampan", 2020, "5", ValueKind.Number, "5")]
    [InlineData("G.3.4", "Miejsca aktywizacji", 2020, "warsztaty terapii zajęciowej/środowiskowy dom samopomocy", ValueKind.Text, null)]
    [InlineData("G.4.1", "Liczba podmiotów uczestniczących w realizacji", 2020, "0*", ValueKind.Number, "0")]
    [InlineData("G.5.2", "Liczba warsztatów / zajęć skierowanych do osób starszych organizowanych przez miejskie", 2020, "121", ValueKind.Number, "121")]
    [InlineData("G.6.2", "Liczba osób objętych programami na rzecz społ", 2020, "MOPR realizował Program na rzecz społeczności romskiej w latach 2004-2013. W 2020 r. MOPR nie realizował ww. Programu. Społeczność romska korzystała z pomocy społecznej MOPR na zasadach ogólnych.", ValueKind.Text, null)]
    [InlineData("G.6.2", "Liczba projektów skierowanych do społeczności romskiej realizowanych przez NGO", 2020, "0", ValueKind.Number, "0")]
    public void A_cell_keeps_its_printed_text_and_its_typed_reading(string code, string indicator, int year, string raw, ValueKind kind, string? numbers)
    {
        var value = Bialystok.Node(code).Indicators.Single(i => i.Name!.StartsWith(indicator, StringComparison.Ordinal)).ValueIn(year);
        Assert.Equal(raw, value.Raw);
        Assert.Equal(kind, value.Kind);
        CellReading.AssertNumbers(value, numbers);
    }
}
