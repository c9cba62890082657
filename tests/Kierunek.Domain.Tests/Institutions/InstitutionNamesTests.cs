using Kierunek.Domain.Institutions;

namespace Kierunek.Domain.Tests.Institutions;

public class InstitutionNamesTests
{
    [Fact]
    public void Names_printed_one_after_another_are_separate_institutions() =>
        Assert.Equal(["Urząd Miejski", "Departament Spraw Społecznych", "Departament Edukacji", "Placówki oświatowe, kulturalne", "Ośrodki Pomocy Społecznej", "Organizacje Pozarządowe"],
            InstitutionNames.Split("Urząd Miejski Departament Spraw Społecznych Departament Edukacji Placówki oświatowe, kulturalne Ośrodki Pomocy Społecznej Organizacje Pozarządowe"));

    [Fact]
    public void Departments_in_brackets_are_named_and_the_text_after_the_bracket_is_the_next_name() =>
        Assert.Equal(["Urząd Miejski", "Departament Spraw Społecznych", "Departament Edukacji", "żłobki", "przedszkola"],
            InstitutionNames.Split("Urząd Miejski (Departament Spraw Społecznych, Departament Edukacji) żłobki, przedszkola"));

    [Fact]
    public void A_name_with_a_preposition_is_not_cut() =>
        Assert.Equal(["Pracownia Badań i Analiz przy CKU", "Wydział Socjologii UwB"], InstitutionNames.Split("Pracownia Badań i Analiz przy CKU Wydział Socjologii UwB"));

    [Fact]
    public void A_multi_word_head_stays_whole() =>
        Assert.Equal(["MOPR", "Powiatowy Urząd Pracy w Białymstoku"], InstitutionNames.Split("MOPR Powiatowy Urząd Pracy w Białymstoku"));

    [Theory]
    [InlineData("MOPR", "Miejski Ośrodek Pomocy Rodzinie")]
    [InlineData("NGO", "Organizacje pozarządowe")]
    [InlineData("organizacje pozarządowe", "Organizacje pozarządowe")]
    [InlineData("Powiatowy Urząd Pracy w Białymstoku", "Powiatowy Urząd Pracy")]
    [InlineData("PUP", "Powiatowy Urząd Pracy")]
    public void Aliases_name_one_institution(string printed, string canonical) => Assert.Equal(canonical, InstitutionNames.Canonical(printed));

    [Theory]
    [InlineData("Miejski Ośrodek Pomocy Rodzinie", InstitutionKind.SocialWelfareCentre)]
    [InlineData("Powiatowe Centrum Pomocy Rodzinie w Bełchatowie", InstitutionKind.FamilySupportCentre)]
    [InlineData("Regionalny Ośrodek Polityki Społecznej w Lublinie", InstitutionKind.RegionalSocialPolicyCentre)]
    [InlineData("Centrum Integracji Społecznej", InstitutionKind.SocialIntegrationCentre)]
    [InlineData("Klub Integracji Społecznej", InstitutionKind.SocialIntegrationClub)]
    [InlineData("MUP Lublin", InstitutionKind.LabourOffice)]
    [InlineData("Wydział Inicjatyw i Programów Społecznych", InstitutionKind.CityHall)]
    [InlineData("Wydział Zdrowia i Profilaktyki UM Lublin", InstitutionKind.CityHall)]
    [InlineData("Stowarzyszenie Eleos", InstitutionKind.Ngo)]
    [InlineData("Placówki służby zdrowia", InstitutionKind.HealthCare)]
    [InlineData("Kuratorzy sądowi", InstitutionKind.Court)]
    [InlineData("Policja", InstitutionKind.Police)]
    [InlineData("Wydział Socjologii UwB", InstitutionKind.University)]
    public void Kinds_are_recognised_from_the_name(string name, InstitutionKind kind) => Assert.Equal(kind, InstitutionNames.KindOf(name));
}
