using Kierunek.Import.Territory;

namespace Kierunek.Import.Tests.Territory;

/// <summary>The shipped boundaries: every powiat and voivodeship once, each with a TERC code, lubelskie's 24 powiats.</summary>
public class BoundaryFileTests
{
    [Fact]
    public void Every_powiat_and_voivodeship_is_there_once_under_its_TERC_code()
    {
        Assert.Equal(380, BoundaryFile.Powiats.Select(b => b.Code).Distinct().Count());
        Assert.Equal(16, BoundaryFile.Voivodeships.Select(b => b.Code).Distinct().Count());
        Assert.All(BoundaryFile.Powiats.Concat(BoundaryFile.Voivodeships), b => Assert.NotNull(TercFile.Register.Find(b.Code)));
        Assert.All(BoundaryFile.Powiats, b => Assert.All(b.Rings, r => Assert.True(r.Count >= 4, b.Name)));
    }

    [Fact]
    public void Lubelskie_has_its_24_powiats_with_Lublin_and_Lubartow_among_them()
    {
        var lubelskie = BoundaryFile.PowiatsOf("06");
        Assert.Equal(24, lubelskie.Count);
        Assert.Contains(lubelskie, b => b.Code == "0663");
        Assert.Contains(lubelskie, b => b.Code == "0608");
        // Longitude and latitude, not the other way round: lubelskie lies east of 21° E and between 50° and 52,5° N.
        Assert.All(lubelskie.SelectMany(b => b.Rings).SelectMany(r => r), p => Assert.True(p.Longitude is > 21 and < 24.5 && p.Latitude is > 50 and < 52.5, $"{p}"));
    }
}
