using Kierunek.Data;
using Kierunek.Data.Ozps;
using Kierunek.Domain.Ozps.Synthetic;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Import.Territory;

namespace Kierunek.Application.Demo;

/// <summary>The demo's OZPS region: every gmina of lubelskie with generated (marked synthetic) values for three years up
/// to the seed's assessment year, beside Lubartów's real seed 003 (generated data never overwrites real). The demo GOPS's
/// gmina has only the earlier years, so its worker has the assessment year to fill — as in a real campaign.</summary>
public static class DemoRegion
{
    public const string Voivodeship = "06";
    public const int AssessmentYear = 2019;
    /// <summary>Gmina wiejska Lubartów: the demo GOPS account's unit.</summary>
    public const string DemoGmina = "0608072";
    private const int Years = 3;
    private const int Seed = 1;

    public static async Task SaveAsync(KierunekDb db, string user, TimeProvider clock, CancellationToken ct = default)
    {
        var units = OzpsGenerator.Generate(TercFile.Register, Voivodeship, AssessmentYear - Years + 1, AssessmentYear, Seed, OzpsTemplate.ForYear(AssessmentYear))
            .Select(u => u.Unit.Code == DemoGmina ? u with { Values = u.Values.Where(v => v.Key.Year < AssessmentYear).ToList() } : u)
            .ToList();
        await new OzpsStore(db, TercFile.Register, clock).SaveAsync(units, user, ct);
    }
}
