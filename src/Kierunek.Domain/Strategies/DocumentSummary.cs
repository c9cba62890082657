using Kierunek.Domain.Strategies.Checks;
using Kierunek.Domain.Values;

namespace Kierunek.Domain.Strategies;

/// <summary>What an import found, in counts: nodes per level, measures, indicators,
/// values by kind, institutions, printed totals, and how many cost findings the check reports.</summary>
public sealed record DocumentSummary(
    string Key,
    string Title,
    string Layout,
    IReadOnlyDictionary<string, int> NodesPerLevel,
    int Measures,
    int Indicators,
    IReadOnlyDictionary<string, int> ValuesByKind,
    int Institutions,
    IReadOnlyDictionary<string, int> InstitutionsByKind,
    int CostEntries,
    int PrintedTotals,
    int Mismatches,
    int OtherFindings)
{
    /// <param name="findings">The cost check's findings when the caller has them already (it runs over every cost).</param>
    public static DocumentSummary Of(StrategyDocument d, IReadOnlyList<Finding>? findings = null)
    {
        var nodes = d.AllNodes().ToList();
        var values = nodes.SelectMany(n => n.Indicators).SelectMany(i => i.Values).Select(v => v.Value)
            .Concat(nodes.SelectMany(n => n.Costs).SelectMany(c => new[] { c.Total, c.State, c.Gmina, c.Other, c.Extra }).OfType<RecordedValue>());
        findings ??= CostCheck.Run(d);
        return new DocumentSummary(
            d.Key, d.Title, d.Layout.ToString(),
            nodes.GroupBy(n => n.LevelName).ToDictionary(g => g.Key, g => g.Count()),
            nodes.Count(n => n.Kind == NodeKind.Measure),
            nodes.Sum(n => n.Indicators.Count),
            values.GroupBy(v => v.Kind.ToString()).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()),
            d.Institutions.Count,
            d.Institutions.GroupBy(i => i.Kind.ToString()).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()),
            nodes.Sum(n => n.Costs.Count),
            d.PrintedTotals.Count,
            findings.Count(f => f.Kind is FindingKind.TotalMismatch or FindingKind.SummaryMismatch),
            findings.Count(f => f.Kind is not (FindingKind.TotalMismatch or FindingKind.SummaryMismatch)));
    }
}
