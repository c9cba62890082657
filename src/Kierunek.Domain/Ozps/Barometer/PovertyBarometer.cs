using Kierunek.Domain.Ozps.Indicators;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Domain.Territory;

namespace Kierunek.Domain.Ozps.Barometer;

/// <summary>One gmina's barometer: each component as measured and standardised, each dimension, the barometer.</summary>
public sealed record GminaBarometer(
    TerritorialUnit Unit,
    IReadOnlyDictionary<string, decimal?> Measured,
    IReadOnlyDictionary<string, decimal?> Standardised,
    IReadOnlyDictionary<string, decimal?> Dimensions,
    decimal? Value,
    bool Synthetic);

/// <summary>A component's distribution over the voivodeship's gminas: the mean and standard deviation that
/// standardise it, and how many gminas it covers.</summary>
public sealed record ComponentStatistics(string Code, decimal Mean, decimal StandardDeviation, int Gminas);

/// <summary>The barometer of every gmina of a voivodeship for a year, with the means of each powiat.</summary>
public sealed record RegionBarometer(string Voivodeship, int Year, IReadOnlyList<GminaBarometer> Gminas, IReadOnlyList<ComponentStatistics> Statistics, BarometerDefinition Definition)
{
    /// <summary>The mean of a powiat's gminas, for each dimension and the barometer (the document's "Powiat (średnia)").</summary>
    public (IReadOnlyDictionary<string, decimal?> Dimensions, decimal? Value, int Gminas) Powiat(string powiatCode)
    {
        var members = Gminas.Where(g => g.Unit.Code.StartsWith(powiatCode, StringComparison.Ordinal)).ToList();
        return (Definition.Dimensions.ToDictionary(d => d.Code, d => PovertyBarometer.Mean(members.Select(m => m.Dimensions[d.Code]))),
            PovertyBarometer.Mean(members.Select(m => m.Value)), members.Count);
    }

    public GminaBarometer? Of(string unitCode) => Gminas.FirstOrDefault(g => g.Unit.Code == unitCode);
}

/// <summary>The poverty barometer (docs/barometr-ubostwa.md). Each component is standardised over the gminas of
/// the voivodeship — z = (x − mean) ÷ standard deviation (of the population, n) — so the voivodeship is zero, and
/// turned so that higher is better (a component where more is worse enters as −z). A dimension is the mean of its
/// components' z, the barometer the mean of the dimensions. A component a gmina lacks is left out of the
/// statistics and of that gmina's dimension; a dimension with no component is empty, and so is the barometer.</summary>
public static class PovertyBarometer
{
    public static RegionBarometer Compute(string voivodeship, IEnumerable<OzpsUnitData> units, OzpsTemplate template, int year)
    {
        var definition = template.Barometer;
        var gminas = units.Where(u => u.Unit.IsGmina && u.Unit.Code.StartsWith(voivodeship, StringComparison.Ordinal)).ToList();
        var measured = gminas.Select(g => definition.Components.ToDictionary(c => c.Code, c => Measure(g, c, template, year))).ToList();
        var statistics = definition.Components.Select(c => Statistics(c.Code, measured.Select(m => m[c.Code]))).ToList();
        var results = new List<GminaBarometer>(gminas.Count);
        for (var i = 0; i < gminas.Count; i++)
        {
            var z = new Dictionary<string, decimal?>();
            foreach (var (component, stats) in definition.Components.Zip(statistics))
                z[component.Code] = measured[i][component.Code] is { } x ? Standardise(x, stats, component.HigherIsBetter) : null;
            var dimensions = definition.Dimensions.ToDictionary(d => d.Code,
                d => Mean(definition.Components.Where(c => c.Dimension == d.Code).Select(c => z[c.Code])));
            var value = dimensions.Values.All(v => v is not null) ? Mean(dimensions.Values) : null;
            results.Add(new GminaBarometer(gminas[i].Unit, measured[i], z, dimensions, value, gminas[i].Synthetic));
        }
        return new RegionBarometer(voivodeship, year, results, statistics, definition);
    }

    /// <summary>The tables the barometer reads: its components' own rows and its indicators' inputs.</summary>
    public static IEnumerable<string> TablesOf(OzpsTemplate template)
    {
        var sources = template.Barometer.Components.Select(c => c.Source).OfType<string>()
            .Concat(template.Barometer.Components.Select(c => c.Indicator).OfType<string>()
                .SelectMany(code => template.Indicators.Where(i => i.Code == code).SelectMany(i => i.Numerator.From.Concat(i.Denominator.From))));
        return sources.Select(s => s[..s.IndexOf('/')]).Distinct();
    }

    public static decimal Standardise(decimal x, ComponentStatistics stats, bool higherIsBetter)
    {
        if (stats.StandardDeviation == 0) return 0; // every gmina alike: none is above or below the voivodeship
        var z = (x - stats.Mean) / stats.StandardDeviation;
        return higherIsBetter ? z : -z;
    }

    public static ComponentStatistics Statistics(string code, IEnumerable<decimal?> values)
    {
        var present = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        if (present.Count == 0) return new ComponentStatistics(code, 0, 0, 0);
        var mean = present.Average();
        var variance = present.Sum(v => (v - mean) * (v - mean)) / present.Count;
        return new ComponentStatistics(code, mean, (decimal)Math.Sqrt((double)variance), present.Count);
    }

    /// <summary>The mean of the values present; null when none is.</summary>
    public static decimal? Mean(IEnumerable<decimal?> values)
    {
        var (sum, count) = (0m, 0);
        foreach (var v in values)
            if (v is { } x) (sum, count) = (sum + x, count + 1);
        return count == 0 ? null : sum / count;
    }

    private static decimal? Measure(OzpsUnitData data, BarometerComponent component, OzpsTemplate template, int year)
    {
        if (component.Indicator is { } code)
            return template.Indicators.FirstOrDefault(i => i.Code == code) is { } indicator ? OzpsIndicators.Compute(data, indicator, year).Value : null;
        if (component.Source is not { } source) return null;
        var slash = source.IndexOf('/');
        return data.Number(source[..slash], source[(slash + 1)..], year);
    }
}
