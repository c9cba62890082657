using Kierunek.Domain.Values;

namespace Kierunek.Domain.Tests.Values;

/// <summary>"N (…)" is the number N: the parentheses hold its parts (numbers none above N that add up to it, or follow
/// "w tym") or a note about it — never a breakdown of N and a larger number (the outside probe's "3 (w tym ok. 40 osób …)").</summary>
public class NumberWithParenthesisTests
{
    [Theory]
    [InlineData("3 (w tym ok. 40 osób objętych wsparciem)", 3, "w tym ok. 40 osób objętych wsparciem")]
    [InlineData("1 (skorzystało ok. 200 seniorów)", 1, "skorzystało ok. 200 seniorów")]
    [InlineData("5 (PAL)", 5, "PAL")]
    [InlineData("16(nieformalne)", 16, "nieformalne")]
    public void A_parenthesis_that_cannot_hold_parts_is_a_note_beside_the_number(string cell, int number, string note)
    {
        var reading = ValueReader.Read(cell).Reading!;
        Assert.Equal((ValueKind.Number, (decimal?)number), (reading.Kind, reading.Number));
        Assert.Empty(reading.Parts);
        Assert.Equal([note], reading.Items);
    }

    [Theory]
    [InlineData("18 (w tym 13 j.o.Miasta)", 18, "13")]
    [InlineData("697 (SDS 513, Kluby 184)", 697, "513;184")]
    [InlineData("120 (70 kobiet, 50 mężczyzn)", 120, "70;50")]
    public void Numbers_in_the_parenthesis_that_add_up_or_follow_w_tym_are_its_parts(string cell, int number, string parts)
    {
        var reading = ValueReader.Read(cell).Reading!;
        Assert.Equal((ValueKind.Number, (decimal?)number), (reading.Kind, reading.Number));
        Assert.Equal(parts.Split(';').Select(decimal.Parse), reading.Parts.Select(p => p.Number));
        Assert.Empty(reading.Items);
    }

    [Fact]
    public void In_a_cost_column_the_number_is_an_amount_with_its_note() =>
        Assert.Equal((ValueKind.Amount, (decimal?)2500, "zł"), ValueReader.Read("2 500 (z funduszu sołeckiego)", ValueContext.Money).Reading! is var r ? (r.Kind, r.Number, r.Unit) : default);
}
