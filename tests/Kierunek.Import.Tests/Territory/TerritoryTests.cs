using Kierunek.Domain.Territory;
using Kierunek.Import.Territory;

namespace Kierunek.Import.Tests.Territory;

/// <summary>The shipped TERC register and finding the unit a document is about.</summary>
public class TerritoryTests
{
    private static readonly TerritorialRegister Terc = TercFile.Register;

    [Fact]
    public void The_shipped_register_has_every_level()
    {
        Assert.Equal(16, Terc.Units.Count(u => u.Kind == TerritorialUnitKind.Voivodeship));
        Assert.Equal(66, Terc.Units.Count(u => u.Kind == TerritorialUnitKind.CityWithCountyRights));
        Assert.Equal(314, Terc.Units.Count(u => u.Kind == TerritorialUnitKind.County));
        Assert.Equal(2477, Terc.Units.Count(u => u.IsGmina));
        Assert.Equal(213, Terc.GminasIn("06").Count());
        Assert.Equal(new TerritorialUnit("0608011", "Lubartów", TerritorialUnitKind.UrbanGmina), Terc.Find("0608011"));
        Assert.Equal("0608", Terc.Find("0608011")!.ParentCode);
        Assert.Equal(TerritorialUnitKind.UrbanRuralGmina, Terc.Find("0612053")!.Kind);
    }

    [Theory]
    [InlineData("Lublin", "0663011")]
    [InlineData("Lublina", "0663011")]
    [InlineData("Białegostoku", "2061011")]
    [InlineData("Bełchatowie", "1001011")]
    [InlineData("lubelskie", "06")]
    [InlineData("Lubelskiego", "06")]
    public void A_declined_place_name_finds_its_unit(string printed, string code) => Assert.Equal(code, Terc.FindPlace(printed)?.Code);

    [Fact]
    public void An_unknown_place_finds_nothing() => Assert.Null(Terc.FindPlace("Atlantyda"));

    [Fact]
    public void Every_seed_is_linked_to_its_unit()
    {
        Assert.Equal(("0663011", "Lublin"), (SeedFiles.LublinReport.TerritorialUnitCode, SeedFiles.LublinReport.TerritorialUnitName));
        Assert.Equal(("2061011", "Białystok"), (SeedFiles.BialystokReport.TerritorialUnitCode, SeedFiles.BialystokReport.TerritorialUnitName));
        Assert.Equal("06", SeedFiles.RopsReport.TerritorialUnitCode);
        Assert.Equal(("1001011", "Bełchatów"), (SeedFiles.BelchatowReport.TerritorialUnitCode, SeedFiles.BelchatowReport.TerritorialUnitName));
    }

    [Fact]
    public void The_same_institution_named_twice_is_one_and_a_cell_naming_several_gives_several()
    {
        var doc = SeedFiles.BialystokReport;
        var mopr = doc.Institutions.Single(i => i.Name == "Miejski Ośrodek Pomocy Rodzinie");
        Assert.Contains("MOPR", mopr.Aliases);
        Assert.Equal("2061011", mopr.TerritorialUnitCode);
        var task = doc.Node("A.1.1");
        Assert.Equal(5, task.ImplementerKeys.Count);
        Assert.Contains(mopr.Key, task.ImplementerKeys);
        Assert.Contains(mopr.Key, doc.Node("G.1.1").ImplementerKeys);
        Assert.Equal(2, doc.Node("C.4.1").ImplementerKeys.Count);
    }
}
