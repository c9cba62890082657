namespace Kierunek.Domain.Strategies.Editing;

/// <summary>Gives every item and indicator of a document an identity that survives renaming, renumbering and moving.
/// An imported document has none; the first edit fills them from the items' places ("p12", "p12.0"), so the version
/// being edited, filled the same way again when the edit is saved, names its items alike and monitoring follows them
/// (<see cref="Versions.DocumentChanges"/>). What the editor adds later gets the next free "e" number.</summary>
public static class NodeIdentity
{
    /// <summary>Fills the missing identities; the same document always gets the same ones.</summary>
    public static void Fill(StrategyDocument document)
    {
        var position = 0;
        foreach (var node in document.AllNodes())
        {
            node.Id ??= $"p{position}";
            for (var i = 0; i < node.Indicators.Count; i++) node.Indicators[i].Id ??= $"{node.Id}.{i}";
            position++;
        }
    }

    /// <summary>Every item with its place and the identity <see cref="Fill"/> gives it, without changing the document (a
    /// stored document is shared by every request that reads it).</summary>
    public static IEnumerable<(StrategyNode Node, int Position, string Id)> Identified(StrategyDocument document) =>
        document.AllNodes().Select((node, position) => (node, position, node.Id ?? $"p{position}"));

    /// <summary>Whether the document's items carry identities (it was edited), so versions can be compared by them.</summary>
    public static bool IsFilled(StrategyDocument document) => document.AllNodes().Any() && document.AllNodes().All(n => n.Id is not null);

    /// <summary>An identity no item or indicator of the document has yet.</summary>
    public static string Next(StrategyDocument document)
    {
        var taken = document.AllNodes().Select(n => n.Id).Concat(document.AllIndicators().Select(i => i.Id)).OfType<string>().ToHashSet();
        var n = taken.Count;
        while (taken.Contains($"e{n}")) n++;
        return $"e{n}";
    }

    public static StrategyNode? Node(StrategyDocument document, string? id) => id is null ? null : document.AllNodes().FirstOrDefault(n => n.Id == id);

    /// <summary>The node's parent, or null for a root (and for a node not in the document).</summary>
    public static StrategyNode? ParentOf(StrategyDocument document, StrategyNode node) =>
        document.AllNodes().FirstOrDefault(p => p.Children.Contains(node));

    /// <summary>1 for a root.</summary>
    public static int LevelOf(StrategyDocument document, StrategyNode node)
    {
        var level = 1;
        for (var p = ParentOf(document, node); p is not null; p = ParentOf(document, p)) level++;
        return level;
    }

    public static (StrategyNode Node, Indicator Indicator)? Indicator(StrategyDocument document, string? id) =>
        id is null ? null : document.AllNodes().SelectMany(n => n.Indicators.Select(i => (n, i))).Cast<(StrategyNode, Indicator)?>().FirstOrDefault(x => x!.Value.Item2.Id == id);
}
