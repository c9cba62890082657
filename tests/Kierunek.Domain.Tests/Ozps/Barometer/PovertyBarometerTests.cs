using Kierunek.Domain.Ozps;
using Kierunek.Domain.Ozps.Barometer;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Import.Territory;
using Kierunek.Import.Tests.Ozps;

namespace Kierunek.Domain.Tests.Ozps.Barometer;

/// <summary>The poverty barometer: the mean of seed 003's printed dimensions, and the standardisation itself on a
/// small region computed by hand (docs/barometr-ubostwa.md).</summary>
public class PovertyBarometerTests
{
    private static readonly OzpsTemplate Template = OzpsTemplate.ForYear(2019);

    [Fact]
    public void Seed_003s_barometer_is_the_mean_of_its_three_printed_dimensions()
    {
        decimal Printed(string row) => Seed003.Value("barometr", row, 2019).Number!.Value;
        var dimensions = new[] { Printed("finansowy"), Printed("warunki-zycia"), Printed("rynek-pracy") };
        Assert.Equal([0.01m, -0.05m, -0.16m], dimensions);
        Assert.Equal(Printed("barometr"), Math.Round(dimensions.Average(), 2, MidpointRounding.AwayFromZero)); // −0,0667 → −0,07
    }

    /// <summary>Four gminas, two in each of two powiats. By hand (mean, population standard deviation; "niżej" turned):
    /// income 3000/5000/3000/5000 → mean 4000, sd 1000 → z −1, +1, −1, +1;
    /// granted per 1000 residents 20/40/20/40 → mean 30, sd 10 → −z: +1, −1, +1, −1;
    /// long-term share 40/60/40/60% → mean 50, sd 10 → −z: +1, −1, +1, −1;
    /// installations 90/90/100/100% → mean 95, sd 5 → −1, −1, +1, +1; floor area 30 everywhere → sd 0 → 0;
    /// arrears 10/30/–/– % → over two gminas mean 20, sd 10 → −z: +1, −1, none, none;
    /// unemployment 5/5/9/9% → mean 7, sd 2 → −z: +1, +1, −1, −1.
    /// Dimensions: financial ⅓, −⅓, ⅓, −⅓; living 0, −⅔, ½, ½; labour 1, 1, −1, −1.
    /// Barometer: 4/9, 0, −1/18, −5/18.</summary>
    [Fact]
    public void Each_component_is_standardised_over_the_voivodeship_turned_so_higher_is_better_and_averaged()
    {
        var register = TercFile.Register;
        var units = register.GminasIn("0601").Take(2).Concat(register.GminasIn("0602").Take(2)).ToList();
        var data = new[]
        {
            Gmina(units[0], income: 3000, granted: 200, longTerm: 80, installations: 90, arrears: 10, unemployment: 5),
            Gmina(units[1], income: 5000, granted: 400, longTerm: 240, installations: 90, arrears: 30, unemployment: 5),
            Gmina(units[2], income: 3000, granted: 200, longTerm: 80, installations: 100, arrears: null, unemployment: 9),
            Gmina(units[3], income: 5000, granted: 400, longTerm: 240, installations: 100, arrears: null, unemployment: 9),
        };
        var region = PovertyBarometer.Compute("06", data, Template, 2019);

        var a = region.Of(units[0].Code)!;
        Assert.Equal([-1m, 1m, 1m, -1m, 0m, 1m, 1m], Template.Barometer.Components.Select(c => Round(a.Standardised[c.Code])));
        Assert.Equal([0.3333m, 0m, 1m], Template.Barometer.Dimensions.Select(d => Round(a.Dimensions[d.Code])));
        Assert.Equal([0.4444m, 0m, -0.0556m, -0.2778m], region.Gminas.Select(g => Round(g.Value)));
        Assert.Null(region.Of(units[2].Code)!.Standardised["zaleglosci"]);
        Assert.Equal(0.5m, Round(region.Of(units[2].Code)!.Dimensions["warunki-zycia"]));

        var arrears = region.Statistics.Single(s => s.Code == "zaleglosci");
        Assert.Equal((20m, 10m, 2), (arrears.Mean, Math.Round(arrears.StandardDeviation, 6), arrears.Gminas));
        Assert.Equal(0.2222m, Round(region.Powiat("0601").Value));
        Assert.Equal(-0.1667m, Round(region.Powiat("0602").Value));
        Assert.Equal(0m, Round(PovertyBarometer.Mean(region.Gminas.Select(g => g.Dimensions["finansowy"])))); // complete data: the voivodeship is zero
    }

    private static decimal? Round(decimal? value) => value is { } v ? Math.Round(v, 4, MidpointRounding.AwayFromZero) : null;

    private static OzpsUnitData Gmina(Kierunek.Domain.Territory.TerritorialUnit unit, decimal income, decimal granted, decimal longTerm, decimal installations, decimal? arrears, decimal unemployment)
    {
        var values = new List<OzpsValue>
        {
            V("kadra", "mieszkancy", 10000), V("korzystajacy", "2", granted), V("korzystajacy", "3", longTerm),
            V("barometr-dane", "dochod-na-mieszkanca", income), V("barometr-dane", "mieszkania-instalacje", installations),
            V("barometr-dane", "powierzchnia-na-osobe", 30), V("barometr-dane", "bezrobocie", unemployment),
        };
        if (arrears is { } x) values.Add(V("barometr-dane", "mieszkania-zaleglosci", x));
        return new OzpsUnitData(unit, values);

        static OzpsValue V(string table, string row, decimal n) => TestData.Value(table, row, 2019, n);
    }
}
