using Kierunek.Domain.Values;

namespace Kierunek.Domain.Tests.Values;

/// <summary>Dates as offices type them and browsers send them; anything doubtful is not guessed.</summary>
public class DateTextTests
{
    [Theory]
    [InlineData("2022-03-15")]
    [InlineData("15.03.2022")]
    [InlineData("15.3.2022")]
    [InlineData("15-03-2022")]
    [InlineData("15 . 03 . 2022 r.")]
    [InlineData("15 marca 2022 r.")]
    [InlineData("15 MARCA 2022")]
    public void The_forms_an_office_uses_are_read(string text) => Assert.Equal(new DateOnly(2022, 3, 15), DateText.Read(text));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("31.02.2022")]
    [InlineData("15/03")]
    [InlineData("03/15/2022")]
    [InlineData("15 marzec 2022")]
    [InlineData("2022-13-01")]
    [InlineData("marzec")]
    public void Anything_else_is_not_a_date(string? text) => Assert.Null(DateText.Read(text));
}
