using Kierunek.Domain.Ozps.Indicators;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Domain.Territory;

namespace Kierunek.Domain.Ozps.Comparisons;

/// <summary>The mean of an indicator over the gminas of a level (powiat, województwo, kraj) and how many it covers.</summary>
public sealed record LevelMean(decimal? Mean, int Units);

/// <summary>An indicator of one gmina beside the means of its powiat, voivodeship and the country, with its rank
/// (1 = best, as the indicator's direction says) among the gminas of its powiat and of its voivodeship.</summary>
public sealed record Comparison(IndicatorResult Result, LevelMean Powiat, LevelMean Voivodeship, LevelMean Country,
    int? RankInPowiat, int RankedInPowiat, int? RankInVoivodeship, int RankedInVoivodeship);

/// <summary>Every indicator of every stored gmina for a year, computed once; comparisons read from it. Only
/// gminas are compared (cities with county rights count as gminas); a gmina without a value is left out of the
/// means and the ranks, and the number of units behind each mean says so.</summary>
public sealed class RegionIndicators
{
    private readonly Dictionary<string, IndicatorResult[]> byUnit = [];
    private readonly Dictionary<(string Level, string Indicator), Group> groups = [];

    public OzpsTemplate Template { get; }
    public int Year { get; }
    public IReadOnlyList<TerritorialUnit> Units { get; }

    public RegionIndicators(IEnumerable<OzpsUnitData> units, OzpsTemplate template, int year)
        : this(units.Where(u => u.Unit.IsGmina).Select(g => (g.Unit, template.Indicators.Select(d => OzpsIndicators.Compute(g, d, year)).ToArray())), template, year)
    {
    }

    /// <summary>From indicators already computed, one array per gmina in the template's order — so a whole country
    /// can be computed a voivodeship at a time without holding all of its data.</summary>
    public RegionIndicators(IEnumerable<(TerritorialUnit Unit, IndicatorResult[] Results)> computed, OzpsTemplate template, int year)
    {
        Template = template;
        Year = year;
        var gminas = computed.Where(c => c.Unit.IsGmina).ToList();
        Units = gminas.Select(g => g.Unit).ToList();
        foreach (var (unit, results) in gminas) byUnit[unit.Code] = results;
        for (var i = 0; i < template.Indicators.Count; i++)
        {
            var definition = template.Indicators[i];
            var index = i;
            var present = gminas.Select(g => (Code: g.Unit.Code, Value: byUnit[g.Unit.Code][index].Value)).Where(x => x.Value is not null).Select(x => (x.Code, Value: x.Value!.Value)).ToList();
            groups[("", definition.Code)] = new Group(present, definition.HigherIsBetter);
            foreach (var level in present.GroupBy(p => p.Code[..2]).Concat(present.GroupBy(p => p.Code[..4])))
                groups[(level.Key, definition.Code)] = new Group(level.ToList(), definition.HigherIsBetter);
        }
    }

    public IReadOnlyList<IndicatorResult> Of(string unitCode) => byUnit.TryGetValue(unitCode, out var results) ? results : [];

    public IReadOnlyList<Comparison> Compare(string unitCode) => Of(unitCode).Select(r =>
    {
        var code = r.Definition.Code;
        var powiat = GroupOf(unitCode[..4], code);
        var voivodeship = GroupOf(unitCode[..2], code);
        return new Comparison(r, powiat.Mean, voivodeship.Mean, GroupOf("", code).Mean,
            powiat.Rank(unitCode), powiat.Count, voivodeship.Rank(unitCode), voivodeship.Count);
    }).ToList();

    /// <summary>The mean of an indicator over a level ("06" a voivodeship, "0608" a powiat, "" the country).</summary>
    public LevelMean MeanOf(string level, string indicator) => GroupOf(level, indicator).Mean;

    private Group GroupOf(string level, string indicator) => groups.TryGetValue((level, indicator), out var g) ? g : Group.Empty;

    /// <summary>The gminas of a level with a value: their mean, and ranks by the indicator's direction (ties share a rank).</summary>
    private sealed class Group
    {
        public static readonly Group Empty = new([], true);
        private readonly Dictionary<string, int> ranks = [];

        public LevelMean Mean { get; }
        public int Count { get; }

        public Group(List<(string Code, decimal Value)> members, bool higherIsBetter)
        {
            Count = members.Count;
            Mean = new LevelMean(members.Count == 0 ? null : members.Average(m => m.Value), members.Count);
            var ordered = higherIsBetter ? members.OrderByDescending(m => m.Value).ToList() : members.OrderBy(m => m.Value).ToList();
            for (var i = 0; i < ordered.Count; i++)
                ranks[ordered[i].Code] = i > 0 && ordered[i].Value == ordered[i - 1].Value ? ranks[ordered[i - 1].Code] : i + 1;
        }

        public int? Rank(string code) => ranks.TryGetValue(code, out var r) ? r : null;
    }
}
