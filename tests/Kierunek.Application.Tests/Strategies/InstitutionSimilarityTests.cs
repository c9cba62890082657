using Kierunek.Application.Strategies;

namespace Kierunek.Application.Tests.Strategies;

/// <summary>The register's duplicates as the documents print them are suggested; different institutions are not.</summary>
public class InstitutionSimilarityTests
{
    [Theory]
    [InlineData("Organizacje pozarządowe", "Organizacje poazrządowe")]
    [InlineData("Organizacje pozarządowe", "Organizacje pzarządowe")]
    [InlineData("Org", "Organizacje pozarządowe")]
    [InlineData("Biuro ds. Osób Niepełnosprawnych", "Biuro do spraw Osób Niepełnosprawnych")]
    [InlineData("Biuro ds. Osób Niepełnosprawnych", "Biuro ds. Osób Niepełnosprawnyc")]
    [InlineData("MOPR Lublin", "Miejski Ośrodek Pomocy Rodzinie w Lublinie")]
    [InlineData("MOPR Lublin", "Miejski Ośrodek Pomocy Rodzinie")]
    [InlineData("Wydział Oświaty i Wychowania UM Lublin", "Wydział Oświaty i Wychowania Urzędu Miasta Lublin")]
    public void Spellings_of_one_institution_are_suggested(string a, string b)
    {
        var (score, why) = InstitutionSimilarity.Of(a, b);
        Assert.True(score >= InstitutionSimilarity.Threshold, $"{a} ~ {b}: {score} ({why})");
        Assert.NotEmpty(why);
    }

    [Theory]
    [InlineData("Szkoła Podstawowa nr 1", "Szkoła Podstawowa nr 2")]
    [InlineData("Miejski Ośrodek Pomocy Rodzinie w Lublinie", "Miejski Ośrodek Pomocy Społecznej w Chełmie")]
    [InlineData("MOPR Lublin", "Miejski Urząd Pracy w Lublinie")]
    [InlineData("Policja", "Prokuratura")]
    [InlineData("Wydział Oświaty i Wychowania UM Lublin", "Urząd Miejski")]
    [InlineData("Biuro ds. Osób Niepełnosprawnych UM Lublin", "Wydział Kultury Urzędu Miasta")]
    public void Different_institutions_are_not(string a, string b) =>
        Assert.True(InstitutionSimilarity.Of(a, b).Score < InstitutionSimilarity.Threshold, $"{a} ~ {b}: {InstitutionSimilarity.Of(a, b)}");

    [Fact]
    public void An_acronym_with_its_place_scores_above_one_without() =>
        Assert.True(InstitutionSimilarity.Of("MOPR Lublin", "Miejski Ośrodek Pomocy Rodzinie w Lublinie").Score > InstitutionSimilarity.Of("MOPR Lublin", "Miejski Ośrodek Pomocy Rodzinie").Score);
}
