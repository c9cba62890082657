namespace Kierunek.Domain.Strategies.Checks;

/// <summary>Computes goal totals from the measures' printed costs, following the document's own rule.
/// Counted: amounts only. Not counted: "j.w." (the amount above already counts), markers,
/// parts of a "razem, w tym" subtotal (the subtotal counts), and — where the document says
/// "*nie ujęto kosztów działań wieloletnich" — multi-year measures.</summary>
public static class CostTotaller
{
    public static readonly CostColumn[] Columns = [CostColumn.Total, CostColumn.State, CostColumn.Gmina, CostColumn.Other];

    public static CostTotals ForNode(StrategyNode node, CostRollupRule rule) =>
        node.SelfAndDescendants().SelectMany(n => n.Costs).Where(c => Counts(c, rule))
            .Aggregate(CostTotals.None, (sum, entry) => Columns.Aggregate(sum, (s, column) =>
                entry[column]?.Reading.InZloty is { } amount ? s.Add(column, amount) : s));

    /// <summary>Totals per goal code: specific goals, and main goals as the sum of their goals.</summary>
    public static IReadOnlyDictionary<string, CostTotals> ByGoal(StrategyDocument document)
    {
        var totals = new Dictionary<string, CostTotals>();
        foreach (var node in document.AllNodes().Where(n => n.Kind is NodeKind.SpecificGoal or NodeKind.MainGoal && n.Code is not null))
            totals[node.Code!] = ForNode(node, document.CostRule);
        return totals;
    }

    public static bool Counts(CostEntry entry, CostRollupRule rule) =>
        !entry.IsPartOfSubtotal && !(rule == CostRollupRule.ExcludeMultiYearMeasures && entry.IsMultiYear);
}
