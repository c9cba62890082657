using Kierunek.Domain.Strategies.Mapping;

namespace Kierunek.Domain.Tests.Strategies.Mapping;

/// <summary>A printed code's shape says its level: the shapes in the order a table first shows them.</summary>
public class LevelCodesTests
{
    [Theory]
    [InlineData("I.", "R")]
    [InlineData("XIV", "R")]
    [InlineData("1.", "N1")]
    [InlineData("1.1", "N2")]
    [InlineData("1.1.", "N2")]
    [InlineData("2.3.4", "N3")]
    [InlineData("A)", "L")]
    [InlineData("c)", "L")]
    [InlineData("C.", "L")]
    [InlineData("2021", null)]
    [InlineData("Cel", null)]
    public void A_code_has_a_shape(string code, string? shape) => Assert.Equal(shape, LevelCodes.Shape(code));

    [Fact]
    public void Roman_then_numbered_codes_are_three_levels_in_the_order_they_appear() =>
        Assert.Equal(new Dictionary<string, int> { ["R"] = 1, ["N1"] = 2, ["N2"] = 3 }, LevelCodes.Levels(["I.", "1.", "1.1", "1.2", "2.", "II."]));

    [Theory]
    [InlineData("1.1. Zwiększenie dostępu do usług", "1.1.")]
    [InlineData("II. OBSZAR RODZINA", "II.")]
    [InlineData("A) Wsparcie", "A)")]
    [InlineData("500+ program", null)]
    [InlineData("12 osób", null)]
    public void A_name_may_start_with_its_code(string name, string? code) => Assert.Equal(code, LevelCodes.LeadingCode(name));
}
