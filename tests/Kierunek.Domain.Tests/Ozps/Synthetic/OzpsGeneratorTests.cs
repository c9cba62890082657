using Kierunek.Domain.Ozps;
using Kierunek.Domain.Ozps.Checks;
using Kierunek.Domain.Ozps.Indicators;
using Kierunek.Domain.Ozps.Synthetic;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Import.Territory;

namespace Kierunek.Domain.Tests.Ozps.Synthetic;

/// <summary>The generator fills every gmina of a voivodeship with every template row, marked synthetic, keeping
/// every rule, and the same seed gives the same numbers.</summary>
public class OzpsGeneratorTests
{
    private static readonly OzpsTemplate Template = OzpsTemplate.ForYear(2019);
    private static readonly Lazy<IReadOnlyList<OzpsUnitData>> Lubelskie = new(() => OzpsGenerator.Generate(TercFile.Register, "06", 2014, 2019, seed: 1, Template));

    [Fact]
    public void Every_gmina_of_the_voivodeship_gets_every_template_row_for_every_year_and_the_forecast()
    {
        var gminas = TercFile.Register.GminasIn("06").Count();
        Assert.Equal(gminas, Lubelskie.Value.Count);
        var unit = Lubelskie.Value[0];
        Assert.True(unit.Synthetic);
        foreach (var table in Template.Tables)
            foreach (var row in table.Rows)
            {
                foreach (var year in Enumerable.Range(2014, 6)) Assert.NotNull(unit.Number(table.Code, row.No.ToString(), year));
                Assert.NotNull(unit.Number(table.Code, row.No.ToString(), 2020, forecast: true));
            }
    }

    [Fact]
    public void Synthetic_data_keeps_every_rule_of_the_template()
    {
        var findings = Lubelskie.Value.SelectMany(u => OzpsRules.Check(u, Template)).ToList();
        Assert.True(findings.Count == 0, string.Join("\n", findings.Take(5)));
    }

    [Fact]
    public void Every_indicator_and_the_staffing_check_can_be_computed()
    {
        var unit = Lubelskie.Value[^1];
        Assert.All(OzpsIndicators.Compute(unit, Template, [2019]), r => Assert.True(r.Value is not null, $"{r.Definition.Code}: {r.Missing}"));
        Assert.NotNull(StaffingCheck.For(unit, 2019));
    }

    [Fact]
    public void The_same_seed_gives_the_same_numbers_and_another_seed_others()
    {
        var unit = TercFile.Register.Find("0608011")!;
        var first = OzpsGenerator.Unit(unit, 2014, 2019, 1, Template);
        var again = OzpsGenerator.Unit(unit, 2014, 2019, 1, Template);
        var other = OzpsGenerator.Unit(unit, 2014, 2019, 2, Template);
        Assert.Equal(first.Values.Select(v => (v.Key, v.Value.Raw)), again.Values.Select(v => (v.Key, v.Value.Raw)));
        Assert.NotEqual(first.Values.Select(v => v.Value.Raw), other.Values.Select(v => v.Value.Raw));
    }
}
