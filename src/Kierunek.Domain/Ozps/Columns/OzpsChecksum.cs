using Kierunek.Domain.Ozps.Barometer;
using Kierunek.Domain.Ozps.Comparisons;
using Kierunek.Domain.Ozps.Indicators;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Domain.Territory;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Kierunek.Domain.Ozps.Columns;

/// <summary>A fingerprint of a country's OZPS results — every indicator of every unit and year, every staffing check,
/// every gmina's barometer with its components and each voivodeship's statistics, every comparison for the year — one
/// line per figure, decimals written in full, sorted and hashed (SHA-256). Two computations with the same fingerprint
/// agree to the last digit; the benchmark prints it for the per-unit computations and for <see cref="CountryComputation"/>.</summary>
public sealed record OzpsChecksum(string Sha256, int Lines)
{
    /// <summary>The per-unit computations, fed a voivodeship at a time (as a country is worked through).</summary>
    public static OzpsChecksum OfUnits(IEnumerable<IReadOnlyList<OzpsUnitData>> voivodeships, OzpsTemplate template, int fromYear, int toYear)
    {
        var lines = new List<string>();
        var assessed = new List<(TerritorialUnit, IndicatorResult[])>();
        foreach (var units in voivodeships)
        {
            foreach (var unit in units)
            {
                foreach (var result in OzpsIndicators.Compute(unit, template, unit.Years.Where(y => y >= fromYear && y <= toYear)))
                    lines.Add(Indicator(unit.Unit.Code, result.Definition.Code, result.Year, result.Value));
                for (var year = fromYear; year <= toYear; year++)
                    if (StaffingCheck.For(unit, year) is { } check) lines.Add(Staffing(unit.Unit.Code, check));
                if (unit.Unit.IsGmina) assessed.Add((unit.Unit, template.Indicators.Select(d => OzpsIndicators.Compute(unit, d, toYear)).ToArray()));
            }
            foreach (var voivodeship in units.Select(u => u.Unit.Code[..2]).Distinct())
            {
                var barometer = PovertyBarometer.Compute(voivodeship, units, template, toYear);
                foreach (var s in barometer.Statistics) lines.Add(Statistics(voivodeship, s));
                foreach (var g in barometer.Gminas)
                {
                    foreach (var c in template.Barometer.Components) lines.Add(Component(g.Unit.Code, c.Code, g.Measured[c.Code], g.Standardised[c.Code]));
                    foreach (var d in template.Barometer.Dimensions) lines.Add(Dimension(g.Unit.Code, d.Code, g.Dimensions[d.Code]));
                    lines.Add(BarometerValue(g.Unit.Code, g.Value));
                }
            }
        }
        var region = new RegionIndicators(assessed, template, toYear);
        foreach (var (unit, _) in assessed)
            foreach (var c in region.Compare(unit.Code))
                lines.Add(Comparison(unit.Code, c.Result.Definition.Code, c.Powiat, c.Voivodeship, c.Country, c.RankInPowiat, c.RankInVoivodeship));
        return Of(lines);
    }

    public static OzpsChecksum Of(CountryComputation country)
    {
        var data = country.Data;
        var lines = new List<string>();
        for (var u = 0; u < data.Units.Count; u++)
        {
            var code = data.Units[u].Code;
            for (var year = data.FromYear; year <= data.ToYear; year++)
            {
                var cell = data.Cell(u, year);
                if (!data.Present[cell]) continue;
                foreach (var indicator in country.Indicators) lines.Add(Indicator(code, indicator.Definition.Code, year, indicator.At(cell)));
                if (country.Staffing[cell] is { } check) lines.Add(Staffing(code, check));
            }
        }
        var components = country.Template.Barometer.Components;
        var dimensions = country.Template.Barometer.Dimensions;
        foreach (var b in country.Barometers)
        {
            foreach (var s in b.Statistics) lines.Add(Statistics(b.Voivodeship, s));
            for (var g = 0; g < b.Gminas.Length; g++)
            {
                var code = data.Units[b.Gminas[g]].Code;
                for (var k = 0; k < components.Count; k++) lines.Add(Component(code, components[k].Code, b.Measured[k][g], b.Standardised[k][g]));
                for (var d = 0; d < dimensions.Count; d++) lines.Add(Dimension(code, dimensions[d].Code, b.Dimensions[d][g]));
                lines.Add(BarometerValue(code, b.Value[g]));
            }
        }
        for (var u = 0; u < data.Units.Count; u++)
        {
            if (!data.Units[u].IsGmina) continue;
            foreach (var c in country.Comparisons)
                lines.Add(Comparison(data.Units[u].Code, c.Definition.Code, c.PowiatMean[country.PowiatOf[u]], c.VoivodeshipMean[country.VoivodeshipOf[u]], c.Country,
                    c.RankInPowiat[u] == 0 ? null : c.RankInPowiat[u], c.RankInVoivodeship[u] == 0 ? null : c.RankInVoivodeship[u]));
        }
        return Of(lines);
    }

    private static OzpsChecksum Of(List<string> lines)
    {
        lines.Sort(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var line in lines) hash.AppendData(Encoding.UTF8.GetBytes(line + "\n"));
        return new OzpsChecksum(Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant(), lines.Count);
    }

    private static string D(decimal? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "-";
    private static string Indicator(string unit, string code, int year, decimal? value) => $"w|{unit}|{code}|{year}|{D(value)}";
    private static string Staffing(string unit, StaffingCheck c) => $"k|{unit}|{c.Year}|{c.Required}|{c.Met}|{c.Shortfall}";
    private static string Statistics(string voivodeship, ComponentStatistics s) => $"s|{voivodeship}|{s.Code}|{D(s.Mean)}|{D(s.StandardDeviation)}|{s.Gminas}";
    private static string Component(string unit, string code, decimal? measured, decimal? z) => $"b|{unit}|{code}|{D(measured)}|{D(z)}";
    private static string Dimension(string unit, string code, decimal? value) => $"d|{unit}|{code}|{D(value)}";
    private static string BarometerValue(string unit, decimal? value) => $"B|{unit}|{D(value)}";
    private static string Comparison(string unit, string code, LevelMean powiat, LevelMean voivodeship, LevelMean country, int? rankInPowiat, int? rankInVoivodeship) =>
        $"p|{unit}|{code}|{D(powiat.Mean)}|{powiat.Units}|{D(voivodeship.Mean)}|{voivodeship.Units}|{D(country.Mean)}|{country.Units}|{rankInPowiat?.ToString(CultureInfo.InvariantCulture) ?? "-"}|{rankInVoivodeship?.ToString(CultureInfo.InvariantCulture) ?? "-"}";
}
