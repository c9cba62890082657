using Kierunek.Domain.Ozps.Template;
using Kierunek.Domain.Values;
using Kierunek.Import.Ozps;
using Kierunek.Import.Reading;

namespace Kierunek.Import.Tests.Ozps;

/// <summary>Seed 003 read through the template: every numbered row of every table with its three values, the
/// multi-year tables of the analysis part, and the narrative's figures.</summary>
public class OzpsDocumentReaderTests
{
    [Fact]
    public void The_unit_is_the_urban_gmina_of_Lubartow_and_the_year_2019()
    {
        var data = Seed003.Data.Value;
        Assert.Equal("0608011", data.Unit.Code);
        Assert.Equal(2019, data.AssessmentYear);
    }

    [Fact]
    public void Every_numbered_row_of_every_template_table_is_stored_with_its_three_values()
    {
        var template = OzpsTemplate.ForYear(2019);
        foreach (var table in template.Tables)
            foreach (var row in table.Rows)
            {
                Seed003.Value(table.Code, row.No.ToString(), 2018);
                Seed003.Value(table.Code, row.No.ToString(), 2019);
                Seed003.Value(table.Code, row.No.ToString(), 2020, forecast: true);
            }
        Assert.Equal(213, template.Tables.Sum(t => t.Rows.Count));
    }

    [Theory]
    // table, row, year (P = forecast), printed
    [InlineData("infrastruktura", "1", "2018", "201")]
    [InlineData("infrastruktura", "3", "2019", "38")]
    [InlineData("infrastruktura", "6", "2020P", "4")]
    [InlineData("korzystajacy", "1", "2018", "939")]
    [InlineData("korzystajacy", "1", "2019", "906")]
    [InlineData("korzystajacy", "1", "2020P", "922")]
    [InlineData("korzystajacy", "3", "2019", "271")]
    [InlineData("korzystajacy", "7", "2019", "401")]
    [InlineData("korzystajacy", "8", "2018", "781")]
    [InlineData("korzystajacy", "13", "2019", "91")]
    [InlineData("korzystajacy", "17", "2020P", "80")]
    [InlineData("swiadczenia", "2", "2019", "440 308")]
    [InlineData("swiadczenia", "8", "2020P", "506 000")]
    [InlineData("swiadczenia", "24", "2019", "0")] // after the repeated header on the next page
    [InlineData("swiadczenia", "31", "2018", "121")]
    [InlineData("swiadczenia", "40", "2019", "510 237")]
    [InlineData("swiadczenia", "44", "2020P", "85 000")]
    [InlineData("inne-swiadczenia", "1", "2019", "154")]
    [InlineData("inne-swiadczenia", "4", "2018", "7 549")]
    [InlineData("osrodki-wsparcia", "1", "2020P", "30")]
    [InlineData("osrodki-wsparcia", "6", "2019", "301 899")]
    [InlineData("osrodki-wsparcia", "17", "2018", "272 658")]
    [InlineData("zasoby-instytucjonalne", "22", "2018", "97 844")]
    [InlineData("zasoby-instytucjonalne", "32", "2019", "20")]
    [InlineData("wydatki", "1", "2019", "28 673 233")]
    [InlineData("wydatki", "2", "2020P", "28 566 423")]
    [InlineData("wydatki", "14", "2019", "36 363")]
    [InlineData("wydatki", "53", "2019", "16 483 043")]
    [InlineData("wydatki", "55", "2019", "5 330 864")]
    [InlineData("wydatki", "72", "2020P", "0")]
    public void A_cell_is_stored_as_printed_with_its_number(string table, string row, string column, string printed)
    {
        var forecast = column.EndsWith('P');
        var value = Seed003.Value(table, row, int.Parse(column.TrimEnd('P')), forecast);
        Assert.Equal(printed, value.Value.Raw);
        Assert.Equal(decimal.Parse(printed.Replace(" ", "")), value.Number);
    }

    [Theory]
    [InlineData("infrastruktura", "8", 2019)]
    [InlineData("zasoby-instytucjonalne", "23", 2018)]
    [InlineData("zasoby-instytucjonalne", "30", 2019)]
    [InlineData("wydatki", "1", 2018)]
    [InlineData("wydatki", "21", 2019)]
    [InlineData("wydatki", "70", 2018)]
    public void An_X_cell_is_not_applicable_and_never_a_number(string table, string row, int year)
    {
        var value = Seed003.Value(table, row, year);
        Assert.Equal("X", value.Value.Raw);
        Assert.Equal(ValueKind.NotApplicable, value.Value.Kind);
        Assert.Null(value.Number);
    }

    [Theory]
    [InlineData("praca-socjalna", "rodziny-swiadczenia", 2014, "560")]
    [InlineData("praca-socjalna", "rodziny-praca-socjalna", 2019, "494")]
    [InlineData("praca-socjalna", "wskaznik", 2019, "123,19%")]
    [InlineData("kadra", "mieszkancy", 2016, "22 220")]
    [InlineData("kadra", "pracownicy-socjalni", 2019, "11")]
    [InlineData("kadra", "warunek", 2018, "Tak")]
    [InlineData("deprywacja", "wskaznik", 2016, "3,29%")]
    [InlineData("swiadczeniobiorcy", "gmina", 2019, "505")]
    [InlineData("swiadczeniobiorcy", "wojewodztwo-srednia", 2014, "537")]
    [InlineData("korzystajacy-lata", "osoby-w-rodzinach", 2013, "1 423")]
    [InlineData("specjalizacja", "wskaznik", 2015, "30,77%")]
    [InlineData("bezrobocie-beneficjentow", "wskaznik", 2019, "63%")]
    [InlineData("zatrudnieni", "ogolem", 2019, "49")]
    [InlineData("barometr", "barometr", 2019, "-0,07")]
    [InlineData("barometr-finansowy", "jednostka", 2019, "0,01")]
    [InlineData("barometr-rynek-pracy", "powiat-srednia", 2019, "-0,37")]
    [InlineData("opis", "ludnosc", 2019, "21.955")]
    [InlineData("opis", "odsetek-korzystajacych", 2019, "4,23%")]
    public void The_multi_year_tables_and_the_narratives_figures_are_stored_as_printed(string table, string row, int year, string printed) =>
        Assert.Equal(printed, Seed003.Value(table, row, year).Value.Raw);

    [Fact]
    public void A_word_in_a_numeric_row_stops_the_import_naming_table_row_and_column()
    {
        var lines = File.ReadAllLines(Directory.GetFiles(Kierunek.Import.SeedFolder.Find()!, "003_*.txt").Single()).ToList();
        var at = lines.FindIndex(l => l.StartsWith("Liczba hospicjów\t7", StringComparison.Ordinal));
        lines[at] = "Liczba hospicjów\t7\t1\tjedno\t1";
        var result = OzpsDocumentReader.Read(new SourceText("zepsuty.txt", lines));
        var error = Assert.Single(result.Errors);
        Assert.Equal(at + 1, error.At.Line);
        Assert.Equal("rok oceny", error.At.Column);
        Assert.Contains("Tabela „Infrastruktura społeczna (stan na 31.XII)”, wiersz 7: „jedno” nie jest liczbą", error.Message);
    }

    [Fact]
    public void A_row_whose_label_differs_from_the_template_stops_the_import()
    {
        var lines = File.ReadAllLines(Directory.GetFiles(Kierunek.Import.SeedFolder.Find()!, "003_*.txt").Single()).ToList();
        var at = lines.FindIndex(l => l.StartsWith("Liczba hospicjów\t7", StringComparison.Ordinal));
        lines[at] = "Liczba schronisk\t7\t1\t1\t1";
        var error = Assert.Single(OzpsDocumentReader.Read(new SourceText("zepsuty.txt", lines)).Errors);
        Assert.Contains("ma w pliku opis „Liczba schronisk”, a we wzorze „Liczba hospicjów”", error.Message);
    }
}
