using Kierunek.Domain.Ozps;
using Kierunek.Domain.Results;
using Kierunek.Domain.Values;
using Kierunek.Import.Ozps;
using Kierunek.TestSupport;

namespace Kierunek.Import.Tests.Ozps;

/// <summary>Bulk CSV: many units at once; any bad line — unknown table or row, a TERYT code that does not exist,
/// a word in a numeric row, a broken rule — gives an error naming the line and cell, and nothing is returned.</summary>
public class OzpsCsvTests
{
    private const string Header = "jednostka;tabela;wiersz;rok;wartość;komentarz";

    [Fact]
    public void Values_of_several_units_are_read_with_their_forecast_column_and_markers()
    {
        var result = Import(
            "0608011;korzystajacy;1;2019;906;",
            "0608011;korzystajacy;1;2020P;922;",
            "0608011;infrastruktura;8;2019;X;",
            "0608072;korzystajacy;1;2019;b.d.;dane w przygotowaniu",
            "0608072;kadra;mieszkancy;2019;11 342;");
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        var units = result.Value!.Units.ToDictionary(u => u.Unit.Code);
        Assert.Equal(906m, units["0608011"].Number("korzystajacy", "1", 2019));
        Assert.Equal(922m, units["0608011"].Number("korzystajacy", "1", 2020, forecast: true));
        Assert.Equal(ValueKind.NotApplicable, units["0608011"][new OzpsKey("infrastruktura", "8", 2019)]!.Value.Kind);
        var noData = units["0608072"][new OzpsKey("korzystajacy", "1", 2019)]!;
        Assert.Equal((ValueKind.NoData, "dane w przygotowaniu"), (noData.Value.Kind, noData.Comment));
        Assert.Equal(11342m, units["0608072"].Number("kadra", "mieszkancy", 2019));
    }

    [Theory]
    [InlineData("0608011;nieznana;1;2019;5;", 2, "tabela", "Wzór OZPS 2019.1 nie ma tabeli „nieznana”")]
    [InlineData("0608011;infrastruktura;9;2019;5;", 2, "wiersz", "Tabela „infrastruktura” (Infrastruktura społeczna (stan na 31.XII)) nie ma wiersza „9” (wiersze 1–8)")]
    [InlineData("0608011;kadra;etaty;2019;5;", 2, "wiersz", "nie ma wiersza „etaty”")]
    [InlineData("0699999;infrastruktura;1;2019;5;", 2, "jednostka", "Kod TERYT „0699999” nie istnieje w rejestrze TERC")]
    [InlineData("0608011;infrastruktura;1;2019;dużo;", 2, "wartość", "Tabela „infrastruktura”, wiersz 1, rok 2019: „dużo” nie jest liczbą")]
    [InlineData("0608011;infrastruktura;1;dwa tysiące;5;", 2, "rok", "nie jest rokiem")]
    public void A_bad_line_gives_an_error_naming_the_line_and_the_cell_and_nothing_is_returned(string line, int lineNumber, string column, string message)
    {
        var result = Import("0608011;infrastruktura;2;2019;11;", line);
        Assert.False(result.IsSuccess);
        var error = Assert.Single(result.Errors);
        Assert.Equal((lineNumber + 1, column), (error.At.Line, error.At.Column));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_control_character_in_a_comment_is_refused_at_its_line_and_column()
    {
        var result = Import("0608011;infrastruktura;1;2019;198;", "0608011;infrastruktura;2;2019;11;uwaga\u0000wklejona");
        var error = Assert.Single(result.Errors);
        Assert.Equal((3, "komentarz", Kierunek.Domain.Input.InputText.ControlCharacterCode), (error.At.Line, error.At.Column, error.Code));
        Assert.Contains("niedozwolony znak niewidoczny (kod U+0000) na pozycji 6", error.Message);
    }

    [Fact]
    public void A_broken_rule_stops_the_import_and_points_at_the_value()
    {
        var result = Import(
            "0608011;infrastruktura;1;2019;198;",
            "0608011;infrastruktura;3;2019;250;");
        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.At.Line);
        Assert.Contains("250 > 198 (wiersz 1)", error.Message.Replace('\u00A0', ' '));
    }

    [Fact]
    public void A_value_given_twice_is_an_error()
    {
        var result = Import("0608011;infrastruktura;1;2019;198;", "0608011;infrastruktura;1;2019;199;");
        Assert.Contains("podano dwa razy", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void A_file_without_the_header_is_refused()
    {
        using var csv = new TemporaryFile(".csv");
        File.WriteAllText(csv.Path, "0608011;infrastruktura;1;2019;198\n");
        var error = Assert.Single(OzpsImporter.Import([csv.Path]).Errors);
        Assert.Contains("Pierwszy wiersz musi być nagłówkiem", error.Message);
    }

    private static Result<OzpsImport> Import(params string[] lines)
    {
        using var csv = new TemporaryFile(".csv");
        File.WriteAllLines(csv.Path, [Header, .. lines]);
        return OzpsImporter.Import([csv.Path]);
    }
}
