using Kierunek.Domain.Values;
using Kierunek.Reports.Model;

namespace Kierunek.Reports.Tests.Model;

/// <summary>Stored values as report cells: Polish number format, markers as printed, nothing becomes 0.</summary>
public class ValueCellsTests
{
    [Theory]
    [InlineData("Wzrost o 10%", "Wzrost o 10%")]
    [InlineData("Spadek o 5 %", "Spadek o 5%")]
    [InlineData("2.511", "2\u00A0511")]
    [InlineData("ok. 3.700", "ok. 3\u00A0700")]
    [InlineData("b.d", "b.d.")]
    [InlineData("Brak danych", "b.d.")]
    [InlineData("X", "x")]
    [InlineData("j.w.", "j.w.")]
    [InlineData("0,01 %", "0,01%")]
    [InlineData("10 osób", "10 osób")]
    [InlineData("Zgodnie z zapisami w Strategii pomiar wskaźnika monitorującego nastąpił od 2022 roku", "pomiar od 2022 r.")]
    public void A_value_is_shown_the_polish_way(string printed, string shown) =>
        Assert.Equal(shown, ValueCells.Of(Value(printed)).Text);

    [Fact]
    public void Money_keeps_its_unit_and_holds_zloty_for_spreadsheets()
    {
        var cell = ValueCells.Of(Value("1234567,89", ValueContext.Money));
        Assert.Equal("1\u00A0234\u00A0567,89\u00A0zł", cell.Text);
        Assert.Equal(1_234_567.89m, cell.Number);
        var thousands = ValueCells.Of(Value("9 353,2 tys. zł"));
        Assert.Equal("9\u00A0353,2\u00A0tys. zł", thousands.Text);
        Assert.Equal(9_353_200m, thousands.Number);
    }

    [Fact]
    public void A_percentage_is_a_fraction_for_spreadsheets() =>
        Assert.Equal(0.832m, ValueCells.Of(Value("83,2%")).Number);

    [Fact]
    public void Markers_and_approximations_carry_no_number()
    {
        Assert.Null(ValueCells.Of(Value("b.d.")).Number);
        Assert.Null(ValueCells.Of(Value("ok. 200")).Number);
        Assert.Null(ValueCells.Of(Value("w ramach działalności statutowej", ValueContext.Money)).Number);
    }

    [Fact]
    public void A_missing_value_is_an_empty_cell() => Assert.Equal("", ValueCells.Of(null).Text);

    [Fact]
    public void A_labelled_breakdown_lists_its_parts()
    {
        var cell = ValueCells.Of(Value("przemoc - 124 • alkoholizm - 301", listItems: []));
        Assert.Equal(["przemoc – 124", "alkoholizm – 301"], cell.Items);
    }

    [Fact]
    public void A_printed_list_keeps_the_words_before_it()
    {
        var cell = ValueCells.Of(Value("W latach 2021-2023 funkcjonowały 4 placówki: • świetlica „Ster” • świetlica „Promyk”",
            listItems: ["świetlica „Ster”", "świetlica „Promyk”"]));
        Assert.Equal("W latach 2021-2023 funkcjonowały 4 placówki:", cell.Text);
        Assert.Equal(["świetlica „Ster”", "świetlica „Promyk”"], cell.Items);
    }

    [Fact]
    public void A_breakdown_with_words_beyond_its_labels_stays_whole()
    {
        var text = "wszczęte - 135 SP 2.3 prowadzone - 190 ROSM";
        var cell = ValueCells.Of(Value(text));
        Assert.Equal(text, cell.Text);
        Assert.Empty(cell.Items);
    }

    private static RecordedValue Value(string text, ValueContext context = ValueContext.General, IReadOnlyList<string>? listItems = null) =>
        new(text, ValueReader.Read(text, context, listItems).Reading!);
}
