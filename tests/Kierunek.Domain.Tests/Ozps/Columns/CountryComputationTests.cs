using Kierunek.Domain.Ozps;
using Kierunek.Domain.Ozps.Columns;
using Kierunek.Domain.Ozps.Comparisons;
using Kierunek.Domain.Ozps.Indicators;
using Kierunek.Domain.Ozps.Synthetic;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Domain.Values;
using Kierunek.Import.Territory;

namespace Kierunek.Domain.Tests.Ozps.Columns;

/// <summary>The column-wise computation of a country gives the per-unit computations' results to the last digit.</summary>
public class CountryComputationTests
{
    private static readonly OzpsTemplate Template = OzpsTemplate.ForYear(2019);

    [Fact]
    public void Two_voivodeships_computed_column_wise_have_the_per_unit_computations_checksum()
    {
        // Lubuskie and świętokrzyskie: 184 gminas, six years; the benchmark does the same for the whole country.
        var voivodeships = new[] { "08", "26" }.Select(v => OzpsGenerator.Generate(TercFile.Register, v, 2014, 2019, seed: 7, Template)).ToList();
        var columns = new OzpsColumns.Builder(OzpsColumns.RowsRead(Template), 2014, 2019);
        foreach (var units in voivodeships) columns.Add(units);
        var country = new CountryComputation(columns.Build(), Template, 2019);

        var expected = OzpsChecksum.OfUnits(voivodeships, Template, 2014, 2019);
        var actual = OzpsChecksum.Of(country);
        Assert.Equal(expected, actual);
        Assert.True(actual.Lines > 184 * 6 * Template.Indicators.Count);
        Assert.Contains(country.Indicators, i => i.Has.Any(h => h));
        Assert.Equal(2, country.Barometers.Count);
    }

    [Fact]
    public void A_sum_skips_rows_marked_x_and_is_unknown_when_a_row_is_missing_as_per_unit()
    {
        var gminas = TercFile.Register.GminasIn("0601").Take(3).ToList();
        var cost = Template.Indicators.First(i => i.Numerator.From.Any(f => f.Contains('+')) || i.Denominator.From.Any(f => f.Contains('+')));
        var source = cost.Numerator.From.Concat(cost.Denominator.From).First(f => f.Contains('+'));
        var (table, rows) = (source[..source.IndexOf('/')], source[(source.IndexOf('/') + 1)..].Split('+'));
        OzpsUnitData Unit(int g, Func<int, OzpsValue?> row) => new(gminas[g],
            [.. rows.Select((_, i) => row(i)).OfType<OzpsValue>(), .. Everything(gminas[g].Code, except: table)]);
        var units = new[]
        {
            Unit(0, i => TestData.Value(table, rows[i], 2019, 10 + i)),
            Unit(1, i => i == 0 ? NotApplicable(table, rows[i]) : TestData.Value(table, rows[i], 2019, 10 + i)),
            Unit(2, i => i == 0 ? null : TestData.Value(table, rows[i], 2019, 10 + i)),
        };
        var columns = new OzpsColumns.Builder(OzpsColumns.RowsRead(Template), 2019, 2019).Add(units).Build();
        var country = new CountryComputation(columns, Template, 2019);
        var column = country.Indicators.Single(i => i.Definition.Code == cost.Code);

        for (var u = 0; u < units.Length; u++)
            Assert.Equal(OzpsIndicators.Compute(units[u], cost, 2019).Value, column.At(columns.Cell(u, 2019)));
        Assert.Null(column.At(columns.Cell(2, 2019))); // a missing row: no total made from part of its rows
        Assert.Equal(OzpsChecksum.OfUnits([units], Template, 2019, 2019), OzpsChecksum.Of(country));
    }

    [Fact]
    public void Ranks_shared_by_equal_values_and_level_means_match_the_region_comparison()
    {
        var powiat = TercFile.Register.GminasIn("0601").Take(3).ToList();
        var elsewhere = TercFile.Register.GminasIn("0602").First();
        var units = new[]
        {
            TestData.Unit(powiat[0], 2019, ("kadra", "mieszkancy", 10000), ("korzystajacy", "2", 400)),
            TestData.Unit(powiat[1], 2019, ("kadra", "mieszkancy", 10000), ("korzystajacy", "2", 400)),
            TestData.Unit(powiat[2], 2019, ("kadra", "mieszkancy", 5000), ("korzystajacy", "2", 100)),
            TestData.Unit(elsewhere, 2019, ("kadra", "mieszkancy", 3000), ("korzystajacy", "2", 300)),
        };
        var country = new CountryComputation(new OzpsColumns.Builder(OzpsColumns.RowsRead(Template), 2019, 2019).Add(units).Build(), Template, 2019);
        var deprivation = country.Comparisons.Single(c => c.Definition.Code == "deprywacja"); // lower is better: 4%, 4%, 2%, 10%
        Assert.Equal([2, 2, 1, 1], deprivation.RankInPowiat);
        Assert.Equal([2, 2, 1, 4], deprivation.RankInVoivodeship);

        var region = new RegionIndicators(units, Template, 2019);
        var expected = region.Compare(powiat[0].Code).Single(c => c.Result.Definition.Code == "deprywacja");
        Assert.Equal(expected.Powiat, deprivation.PowiatMean[country.PowiatOf[0]]);
        Assert.Equal(expected.Voivodeship, deprivation.VoivodeshipMean[country.VoivodeshipOf[0]]);
        Assert.Equal(expected.Country, deprivation.Country);
    }

    private static OzpsValue NotApplicable(string table, string row) =>
        new(new OzpsKey(table, row, 2019), new RecordedValue("X", new ValueReading { Kind = ValueKind.NotApplicable, Text = "X" }));

    /// <summary>The rest of a synthetic gmina's values for 2019, without the table under test.</summary>
    private static IEnumerable<OzpsValue> Everything(string code, string except) =>
        OzpsGenerator.Unit(TercFile.Register.Find(code)!, 2019, 2019, 3, Template).Values.Where(v => v.Key.Table != except && !v.Key.Forecast);
}
