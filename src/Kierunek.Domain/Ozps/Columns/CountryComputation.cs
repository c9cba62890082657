using Kierunek.Domain.Ozps.Barometer;
using Kierunek.Domain.Ozps.Comparisons;
using Kierunek.Domain.Ozps.Indicators;
using Kierunek.Domain.Ozps.Template;

namespace Kierunek.Domain.Ozps.Columns;

/// <summary>One indicator for every cell (unit × year) of <see cref="OzpsColumns"/>: the value where it can be computed.</summary>
public sealed record IndicatorColumn(IndicatorDefinition Definition, decimal[] Values, bool[] Has)
{
    public decimal? At(int cell) => Has[cell] ? Values[cell] : null;
}

/// <summary>The barometer of one voivodeship's gminas for the year: <paramref name="Gminas"/> are unit indices of the
/// columns; each array follows them. The same arithmetic as <see cref="PovertyBarometer"/> (whose statistics and
/// standardisation it calls), without a dictionary per gmina.</summary>
public sealed record VoivodeshipBarometer(string Voivodeship, int[] Gminas, IReadOnlyList<ComponentStatistics> Statistics,
    decimal?[][] Measured, decimal?[][] Standardised, decimal?[][] Dimensions, decimal?[] Value);

/// <summary>An indicator's comparison for the year: each gmina's place among the gminas of its powiat and voivodeship
/// (0: no value, not ranked) and the means of the levels (<see cref="RegionIndicators"/>'s rules: gminas with a value,
/// ties share a rank), from one sort.</summary>
public sealed record ComparisonColumn(IndicatorDefinition Definition, LevelMean Country, LevelMean[] PowiatMean, LevelMean[] VoivodeshipMean,
    int[] RankInPowiat, int[] RankInVoivodeship);

/// <summary>Every indicator for every unit and year, the staffing check, the barometer of every voivodeship and the
/// comparisons for the assessment year — the whole country's OZPS — as loops over <see cref="OzpsColumns"/>:
/// indicators and voivodeships side by side on the machine's cores, comparisons by one sort per indicator. The
/// results equal the per-unit computations (<see cref="OzpsIndicators"/>, <see cref="StaffingCheck"/>,
/// <see cref="PovertyBarometer"/>, <see cref="RegionIndicators"/>) to the last digit: the same decimal operations in
/// the same order; <see cref="OzpsChecksum"/> proves it on the whole country.</summary>
public sealed class CountryComputation
{
    public OzpsColumns Data { get; }
    public OzpsTemplate Template { get; }
    public int Year { get; }
    public IReadOnlyList<IndicatorColumn> Indicators { get; }
    public StaffingCheck?[] Staffing { get; }
    public IReadOnlyList<VoivodeshipBarometer> Barometers { get; }
    public IReadOnlyList<ComparisonColumn> Comparisons { get; }

    /// <summary>The powiat (TERYT 4 digits) and voivodeship (2 digits) group of each unit, and the groups' codes.</summary>
    public int[] PowiatOf { get; }
    public int[] VoivodeshipOf { get; }
    public IReadOnlyList<string> Powiats { get; }
    public IReadOnlyList<string> Voivodeships { get; }

    public CountryComputation(OzpsColumns data, OzpsTemplate template, int year)
    {
        (Data, Template, Year) = (data, template, year);
        (PowiatOf, Powiats) = Groups(data, 4);
        (VoivodeshipOf, Voivodeships) = Groups(data, 2);
        var indicators = new IndicatorColumn[template.Indicators.Count];
        Parallel.For(0, indicators.Length, i => indicators[i] = Indicator(data, template.Indicators[i]));
        Indicators = indicators;
        Staffing = StaffingChecks(data);
        var barometers = new VoivodeshipBarometer[Voivodeships.Count];
        Parallel.For(0, barometers.Length, v => barometers[v] = Barometer(v));
        Barometers = barometers;
        var comparisons = new ComparisonColumn[indicators.Length];
        Parallel.For(0, comparisons.Length, i => comparisons[i] = Compare(indicators[i]));
        Comparisons = comparisons;
    }

    private static (int[] Of, List<string> Codes) Groups(OzpsColumns data, int digits)
    {
        var codes = new List<string>();
        var index = new Dictionary<string, int>();
        var of = new int[data.Units.Count];
        for (var u = 0; u < of.Length; u++)
        {
            var code = data.Units[u].Code[..digits];
            if (!index.TryGetValue(code, out var g)) (index[code], g) = (codes.Count, codes.Count);
            if (g == codes.Count) codes.Add(code);
            of[u] = g;
        }
        return (of, codes);
    }

    private static IndicatorColumn Indicator(OzpsColumns data, IndicatorDefinition definition)
    {
        var cells = data.Present.Length;
        var (numerator, hasNumerator) = Input(data, definition.Numerator);
        var (denominator, hasDenominator) = Input(data, definition.Denominator);
        var values = new decimal[cells];
        var has = new bool[cells];
        for (var c = 0; c < cells; c++)
        {
            if (!hasNumerator[c] || !hasDenominator[c] || denominator[c] == 0) continue;
            values[c] = numerator[c] / denominator[c] * definition.Scale;
            has[c] = true;
        }
        return new IndicatorColumn(definition, values, has);
    }

    /// <summary>The first source with a number; a sum of rows skips X and is unknown when a row is missing (as <see cref="OzpsIndicators"/>).</summary>
    private static (decimal[] Values, bool[] Has) Input(OzpsColumns data, IndicatorInput input)
    {
        var cells = data.Present.Length;
        var values = new decimal[cells];
        var has = new bool[cells];
        foreach (var source in input.From)
        {
            var slash = source.IndexOf('/');
            var table = source[..slash];
            var columns = source[(slash + 1)..].Split('+').Select(row => data.Column(table, row)).ToArray();
            for (var c = 0; c < cells; c++)
            {
                if (has[c]) continue;
                if (columns.Length == 1)
                {
                    if (columns[0] >= 0 && data.States[columns[0]][c] == OzpsColumns.Number) (values[c], has[c]) = (data.Numbers[columns[0]][c], true);
                    continue;
                }
                var sum = 0m;
                var known = true;
                foreach (var column in columns)
                {
                    var state = column < 0 ? OzpsColumns.Missing : data.States[column][c];
                    if (state == OzpsColumns.NotApplicable) continue;
                    if (state != OzpsColumns.Number) { known = false; break; }
                    sum += data.Numbers[column][c];
                }
                if (known) (values[c], has[c]) = (sum, true);
            }
        }
        return (values, has);
    }

    private static StaffingCheck?[] StaffingChecks(OzpsColumns data)
    {
        decimal? At(int column, int cell) => column >= 0 && data.States[column][cell] == OzpsColumns.Number ? data.Numbers[column][cell] : null;
        var columns = StaffingColumns.RowsRead.Select(r => data.Column(r.Table, r.Row)).ToArray();
        var checks = new StaffingCheck?[data.Present.Length];
        for (var c = 0; c < checks.Length; c++)
        {
            if (!data.Present[c]) continue;
            var residents = At(columns[0], c) ?? At(columns[1], c);
            var families = At(columns[2], c) ?? At(columns[3], c);
            var workers = At(columns[4], c);
            if (residents is null || families is null || workers is null) continue;
            checks[c] = new StaffingCheck(data.FromYear + c % data.Years, residents.Value, families.Value, workers.Value, null);
        }
        return checks;
    }

    private VoivodeshipBarometer Barometer(int voivodeship)
    {
        var definition = Template.Barometer;
        var gminas = Enumerable.Range(0, Data.Units.Count).Where(u => VoivodeshipOf[u] == voivodeship && Data.Units[u].IsGmina).ToArray();
        var measured = definition.Components.Select(component => gminas.Select(u => Measure(component, Data.Cell(u, Year))).ToArray()).ToArray();
        var statistics = definition.Components.Select((c, k) => PovertyBarometer.Statistics(c.Code, measured[k])).ToList();
        var z = definition.Components.Select((component, k) => measured[k]
            .Select(x => x is { } value ? PovertyBarometer.Standardise(value, statistics[k], component.HigherIsBetter) : (decimal?)null).ToArray()).ToArray();
        var dimensions = definition.Dimensions.Select(d =>
        {
            var members = definition.Components.Select((c, k) => (c, k)).Where(x => x.c.Dimension == d.Code).Select(x => x.k).ToArray();
            return Enumerable.Range(0, gminas.Length).Select(g => PovertyBarometer.Mean(members.Select(k => z[k][g]))).ToArray();
        }).ToArray();
        var value = Enumerable.Range(0, gminas.Length)
            .Select(g => dimensions.All(d => d[g] is not null) ? PovertyBarometer.Mean(dimensions.Select(d => d[g])) : null).ToArray();
        return new VoivodeshipBarometer(Voivodeships[voivodeship], gminas, statistics, measured, z, dimensions, value);
    }

    private decimal? Measure(BarometerComponent component, int cell)
    {
        if (component.Indicator is { } code)
            return Indicators.FirstOrDefault(i => i.Definition.Code == code)?.At(cell);
        if (component.Source is not { } source) return null;
        var slash = source.IndexOf('/');
        var column = Data.Column(source[..slash], source[(slash + 1)..]);
        return column >= 0 && Data.States[column][cell] == OzpsColumns.Number ? Data.Numbers[column][cell] : null;
    }

    private ComparisonColumn Compare(IndicatorColumn indicator)
    {
        var units = Data.Units.Count;
        // The gminas with a value for the year, in the units' order: means add up in that order, as RegionIndicators does.
        var present = Enumerable.Range(0, units).Where(u => Data.Units[u].IsGmina && indicator.Has[Data.Cell(u, Year)]).ToArray();
        var value = new decimal[units];
        foreach (var u in present) value[u] = indicator.Values[Data.Cell(u, Year)];

        var (powiatSum, powiatCount) = (new decimal[Powiats.Count], new int[Powiats.Count]);
        var (voivodeshipSum, voivodeshipCount) = (new decimal[Voivodeships.Count], new int[Voivodeships.Count]);
        var countrySum = 0m;
        foreach (var u in present)
        {
            (powiatSum[PowiatOf[u]], powiatCount[PowiatOf[u]]) = (powiatSum[PowiatOf[u]] + value[u], powiatCount[PowiatOf[u]] + 1);
            (voivodeshipSum[VoivodeshipOf[u]], voivodeshipCount[VoivodeshipOf[u]]) = (voivodeshipSum[VoivodeshipOf[u]] + value[u], voivodeshipCount[VoivodeshipOf[u]] + 1);
            countrySum += value[u];
        }
        static LevelMean Mean(decimal sum, int count) => new(count == 0 ? null : sum / count, count);

        // One sort, best first; walking it, each group's members come in their own order, so a group's rank is its
        // count so far — or, for a value equal to the group's previous one, that one's rank.
        var order = present.ToArray();
        var keys = order.Select(u => value[u]).ToArray();
        Array.Sort(keys, order);
        if (indicator.Definition.HigherIsBetter) { Array.Reverse(order); Array.Reverse(keys); }
        var rankInPowiat = new int[units];
        var rankInVoivodeship = new int[units];
        Rank(order, value, PowiatOf, Powiats.Count, rankInPowiat);
        Rank(order, value, VoivodeshipOf, Voivodeships.Count, rankInVoivodeship);
        return new ComparisonColumn(indicator.Definition, Mean(countrySum, present.Length),
            Enumerable.Range(0, Powiats.Count).Select(g => Mean(powiatSum[g], powiatCount[g])).ToArray(),
            Enumerable.Range(0, Voivodeships.Count).Select(g => Mean(voivodeshipSum[g], voivodeshipCount[g])).ToArray(),
            rankInPowiat, rankInVoivodeship);
    }

    private static void Rank(int[] order, decimal[] value, int[] groupOf, int groups, int[] rank)
    {
        var seen = new int[groups];
        var last = new int[groups];
        Array.Fill(last, -1);
        foreach (var u in order)
        {
            var g = groupOf[u];
            seen[g]++;
            rank[u] = last[g] >= 0 && value[last[g]] == value[u] ? rank[last[g]] : seen[g];
            last[g] = u;
        }
    }
}

/// <summary>The rows the staffing check reads, in the order <see cref="StaffingCheck.For"/> tries them: residents
/// (kadra, else the narrative), families in social work (kadra, else the multi-year table), workers.</summary>
public static class StaffingColumns
{
    public static readonly IReadOnlyList<(string Table, string Row)> RowsRead =
    [
        ("kadra", "mieszkancy"), (OzpsKey.Narrative, "ludnosc"),
        ("kadra", "rodziny-praca-socjalna"), ("praca-socjalna", "rodziny-praca-socjalna"),
        ("kadra", "pracownicy-socjalni"),
    ];
}
