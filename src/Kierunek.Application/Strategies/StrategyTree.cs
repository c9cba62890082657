using Kierunek.Domain.Strategies;
using System.Globalization;
using System.Text;

namespace Kierunek.Application.Strategies;

/// <summary>What the browser asks of the tree: an item by its number (its place in print order, as the
/// database stores it), its ancestors, and the items a search and filters leave visible.</summary>
public sealed class StrategyTree
{
    private readonly Dictionary<StrategyNode, int> positions = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<StrategyNode, StrategyNode> parents = new(ReferenceEqualityComparer.Instance);

    public StrategyTree(StrategyDocument document)
    {
        Document = document;
        Nodes = document.AllNodes().ToList();
        for (var i = 0; i < Nodes.Count; i++)
        {
            positions[Nodes[i]] = i;
            foreach (var child in Nodes[i].Children) parents[child] = Nodes[i];
        }
    }

    public StrategyDocument Document { get; }
    public IReadOnlyList<StrategyNode> Nodes { get; }

    public int PositionOf(StrategyNode node) => positions[node];

    public StrategyNode? At(int position) => position >= 0 && position < Nodes.Count ? Nodes[position] : null;

    /// <summary>From the root down to the node's parent.</summary>
    public IReadOnlyList<StrategyNode> AncestorsOf(StrategyNode node)
    {
        var chain = new List<StrategyNode>();
        for (var p = parents.GetValueOrDefault(node); p is not null; p = parents.GetValueOrDefault(p)) chain.Insert(0, p);
        return chain;
    }

    /// <summary>The code a reader finds the item under on paper: its own, or — for an action printed without a number
    /// (seed 000) — its nearest numbered ancestor's.</summary>
    public string? PrintedCodeOf(StrategyNode node) => node.Code ?? AncestorsOf(node).LastOrDefault(a => a.Code is not null)?.Code;

    /// <summary>The goals a filter can pick, with their codes.</summary>
    public IEnumerable<StrategyNode> Goals => Nodes.Where(n => n.Code is not null && n.Kind is NodeKind.MainGoal or NodeKind.SpecificGoal or NodeKind.PriorityArea or NodeKind.Priority);

    /// <summary>The items that match every filter given, and their ancestors so the tree stays a tree.</summary>
    public IReadOnlySet<StrategyNode> Visible(TreeFilter filter)
    {
        var visible = new HashSet<StrategyNode>(ReferenceEqualityComparer.Instance);
        var scope = filter.GoalCode is { } goal ? Nodes.FirstOrDefault(n => n.Code == goal)?.SelfAndDescendants().ToList() ?? [] : Nodes;
        foreach (var node in scope.Where(n => Matches(n, filter)))
        {
            visible.Add(node);
            foreach (var ancestor in AncestorsOf(node)) visible.Add(ancestor);
        }
        return visible;
    }

    private static bool Matches(StrategyNode node, TreeFilter filter) =>
        (filter.Text is not { Length: > 0 } text || Texts(node).Any(t => Fold(t).Contains(Fold(text), StringComparison.Ordinal)))
        && (filter.InstitutionKey is not { } institution || node.CoordinatorKeys.Contains(institution) || node.ImplementerKeys.Contains(institution))
        && (filter.Status is not { } status || node.Status == status);

    /// <summary>"Ośrodek Łódź" → "osrodek lodz": people type without Polish letters, and ł has no accent
    /// to strip, so it is mapped by hand.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Replace('ł', 'l').Normalize(NormalizationForm.FormD);
        return new string(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
    }

    private static IEnumerable<string> Texts(StrategyNode node) =>
        new[] { node.Code, node.Title, node.CoordinatorText, node.ImplementersText }.Concat(node.Indicators.Select(i => i.Name)).OfType<string>();
}

public sealed record TreeFilter(string? Text, string? InstitutionKey, MeasureStatus? Status, string? GoalCode)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Text) && InstitutionKey is null && Status is null && GoalCode is null;
}
