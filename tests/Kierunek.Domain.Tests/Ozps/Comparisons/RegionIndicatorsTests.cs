using Kierunek.Domain.Ozps.Comparisons;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Import.Territory;

namespace Kierunek.Domain.Tests.Ozps.Comparisons;

/// <summary>An indicator of a gmina beside the means of its powiat, voivodeship and country, computed from the
/// units stored, with how many units each mean covers and the gmina's rank.</summary>
public class RegionIndicatorsTests
{
    [Fact]
    public void A_gmina_is_compared_with_its_powiat_voivodeship_and_country_and_ranked_by_the_indicators_direction()
    {
        var register = TercFile.Register;
        var powiat = register.GminasIn("0601").Take(3).ToList();
        var other = register.GminasIn("0602").First();
        var elsewhere = register.GminasIn("02").First();
        // Deprywacja lokalna = granted ÷ residents × 100%: 2%, 4%, 4%, 6%, 10%; lower is better.
        var units = new[]
        {
            TestData.Unit(powiat[0], 2019, ("kadra", "mieszkancy", 10000), ("korzystajacy", "2", 200)),
            TestData.Unit(powiat[1], 2019, ("kadra", "mieszkancy", 10000), ("korzystajacy", "2", 400)),
            TestData.Unit(powiat[2], 2019, ("kadra", "mieszkancy", 5000), ("korzystajacy", "2", 200)),
            TestData.Unit(other, 2019, ("kadra", "mieszkancy", 10000), ("korzystajacy", "2", 600)),
            TestData.Unit(elsewhere, 2019, ("kadra", "mieszkancy", 10000), ("korzystajacy", "2", 1000)),
        };
        var region = new RegionIndicators(units, OzpsTemplate.ForYear(2019), 2019);

        var deprivation = region.Compare(powiat[1].Code).Single(c => c.Result.Definition.Code == "deprywacja");
        Assert.Equal(4m, deprivation.Result.Value);
        Assert.Equal(new LevelMean(10m / 3, 3), deprivation.Powiat);
        Assert.Equal(new LevelMean(4m, 4), deprivation.Voivodeship);
        Assert.Equal(new LevelMean(5.2m, 5), deprivation.Country);
        Assert.Equal((2, 3, 2, 4), (deprivation.RankInPowiat!.Value, deprivation.RankedInPowiat, deprivation.RankInVoivodeship!.Value, deprivation.RankedInVoivodeship));
        Assert.Equal(2, region.Compare(powiat[2].Code).Single(c => c.Result.Definition.Code == "deprywacja").RankInPowiat); // a tie shares the rank

        var missing = region.Compare(powiat[0].Code).Single(c => c.Result.Definition.Code == "praca-socjalna");
        Assert.Equal((null, 0), (missing.Result.Value, missing.Powiat.Units));
    }
}
