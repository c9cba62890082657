using Kierunek.Domain.Language;

namespace Kierunek.Domain.Strategies.Versions;

/// <summary>What a new version of a stored document changes: items (nodes), indicators and values added, removed
/// and changed, and where each item and indicator of the old version stands in the new one — monitoring refers to
/// items by their place in print order and to indicators by their place in the item, so a re-import must move those
/// references, not leave them pointing at whatever now stands in the old place.
/// An item is the same item when its path of codes (or, without a code, of titles) from the root is the same; an
/// indicator when its code (or name) in that item is; a value when its period and institution are. Between two versions
/// made in the editor (both carry <see cref="Editing.NodeIdentity"/>) an item or indicator is the same when its identity
/// is — renamed, renumbered or moved, it is still the item monitoring was collected on.</summary>
public sealed class DocumentChanges
{
    public List<string> AddedNodes { get; } = [];
    public List<string> RemovedNodes { get; } = [];
    public List<string> RenamedNodes { get; } = [];
    public List<string> AddedIndicators { get; } = [];
    public List<string> RemovedIndicators { get; } = [];
    public int AddedValues { get; private set; }
    public int RemovedValues { get; private set; }
    public List<string> ChangedValues { get; } = [];

    /// <summary>Old item position (print order) → new position; an item that disappeared is absent.</summary>
    public Dictionary<int, int> NodePositions { get; } = [];
    /// <summary>(old item position, old indicator index) → new indicator index in the item's new place.</summary>
    public Dictionary<(int Node, int Indicator), int> IndicatorIndexes { get; } = [];

    /// <summary>The new version holds less than the old one: an item, an indicator or a value is gone. Such a
    /// re-import replaces data and needs to be asked for (<c>--replace</c>, or confirmed on the page).</summary>
    public bool Shrinks => RemovedNodes.Count > 0 || RemovedIndicators.Count > 0 || RemovedValues > 0;

    public bool IsEmpty => !Shrinks && AddedNodes.Count == 0 && RenamedNodes.Count == 0 && AddedIndicators.Count == 0 && AddedValues == 0 && ChangedValues.Count == 0;

    public static DocumentChanges Between(StrategyDocument old, StrategyDocument @new)
    {
        var changes = new DocumentChanges { byIdentity = Editing.NodeIdentity.IsFilled(old) && Editing.NodeIdentity.IsFilled(@new) };
        var oldNodes = changes.Keyed(old);
        var newNodes = changes.Keyed(@new);
        var newByKey = newNodes.ToDictionary(n => n.Key);
        foreach (var o in oldNodes)
        {
            if (!newByKey.TryGetValue(o.Key, out var n))
            {
                changes.RemovedNodes.Add(Describe(o.Node));
                continue;
            }
            changes.NodePositions[o.Position] = n.Position;
            if ((o.Node.Title ?? "") != (n.Node.Title ?? "")) changes.RenamedNodes.Add($"{Describe(o.Node)} → „{n.Node.Title}”");
            else if (o.Node.Code != n.Node.Code) changes.RenamedNodes.Add($"{Describe(o.Node)} → {n.Node.Code}");
            changes.CompareIndicators(o.Position, o.Node, n.Node);
        }
        var oldKeys = oldNodes.Select(o => o.Key).ToHashSet();
        foreach (var n in newNodes.Where(n => !oldKeys.Contains(n.Key)))
        {
            changes.AddedNodes.Add(Describe(n.Node));
            changes.AddedIndicators.AddRange(n.Node.Indicators.Select(i => $"{Describe(n.Node)}: {NameOf(i)}"));
            changes.AddedValues += n.Node.Indicators.Sum(i => i.Values.Count);
        }
        foreach (var o in oldNodes.Where(o => !newByKey.ContainsKey(o.Key)))
        {
            changes.RemovedIndicators.AddRange(o.Node.Indicators.Select(i => $"{Describe(o.Node)}: {NameOf(i)}"));
            changes.RemovedValues += o.Node.Indicators.Sum(i => i.Values.Count);
        }
        return changes;
    }

    /// <summary>"usunięto 1 pozycję i 1 wskaźnik; dodano 3 wartości; zmieniono 14 wartości" — for the preview and the audit.</summary>
    public string Summary()
    {
        static string Items(int count) => PolishPlural.Of(count, "pozycję", "pozycje", "pozycji");
        static string Indicators(int count) => PolishPlural.Of(count, "wskaźnik", "wskaźniki", "wskaźników");
        static string Values(int count) => PolishPlural.Of(count, "wartość", "wartości", "wartości");
        static string? Clause(string verb, params (int Count, Func<int, string> Text)[] parts)
        {
            var said = parts.Where(p => p.Count > 0).Select(p => p.Text(p.Count)).ToList();
            return said.Count == 0 ? null : $"{verb} {(said.Count == 1 ? said[0] : string.Join(", ", said[..^1]) + " i " + said[^1])}";
        }
        var clauses = new[]
        {
            Clause("usunięto", (RemovedNodes.Count, Items), (RemovedIndicators.Count, Indicators), (RemovedValues, Values)),
            Clause("dodano", (AddedNodes.Count, Items), (AddedIndicators.Count, Indicators), (AddedValues, Values)),
            Clause("zmieniono", (ChangedValues.Count, Values), (RenamedNodes.Count, n => $"{(n == 1 ? "tytuł" : "tytuły")} {PolishPlural.Of(n, "pozycji", "pozycji", "pozycji")}")),
        }.OfType<string>().ToList();
        return clauses.Count == 0 ? "bez zmian" : string.Join("; ", clauses);
    }

    private bool byIdentity;

    private void CompareIndicators(int oldPosition, StrategyNode old, StrategyNode @new)
    {
        var newIndicators = KeyedIndicators(@new).ToDictionary(i => i.Key);
        var oldIndicators = KeyedIndicators(old);
        foreach (var (key, index, indicator) in oldIndicators)
        {
            var label = $"{Describe(old)}: {NameOf(indicator)}";
            if (!newIndicators.TryGetValue(key, out var match))
            {
                RemovedIndicators.Add(label);
                RemovedValues += indicator.Values.Count;
                continue;
            }
            IndicatorIndexes[(oldPosition, index)] = match.Index;
            CompareValues(label, indicator, match.Indicator);
        }
        var oldKeys = oldIndicators.Select(i => i.Key).ToHashSet();
        foreach (var added in newIndicators.Values.Where(i => !oldKeys.Contains(i.Key)))
        {
            AddedIndicators.Add($"{Describe(@new)}: {NameOf(added.Indicator)}");
            AddedValues += added.Indicator.Values.Count;
        }
    }

    private void CompareValues(string label, Indicator old, Indicator @new)
    {
        static List<(string Key, IndicatorValue Value)> Keyed(Indicator i) =>
            Numbered(i.Values, v => $"{v.Period.FromYear}-{v.Period.ToYear}|{v.InstitutionKey}").ToList();
        var newValues = Keyed(@new).ToDictionary(v => v.Key, v => v.Value);
        var oldValues = Keyed(old);
        foreach (var (key, value) in oldValues)
        {
            if (!newValues.TryGetValue(key, out var match)) RemovedValues++;
            // The words read, not the markup around them: a cell saved from Word as "<p>295</p>" and read from the .docx
            // as "295" is the same value.
            else if (match.Value.Reading.Text != value.Value.Reading.Text)
                ChangedValues.Add($"{label}, {value.Period}: „{value.Value.Reading.Text}” → „{match.Value.Reading.Text}”");
        }
        AddedValues += newValues.Keys.Except(oldValues.Select(v => v.Key)).Count();
    }

    private List<(string Key, int Position, StrategyNode Node)> Keyed(StrategyDocument document)
    {
        var result = new List<(string, int, StrategyNode)>();
        var position = 0;
        void Walk(IEnumerable<StrategyNode> nodes, string parent)
        {
            foreach (var (key, node) in Numbered(nodes, n => $"{n.Kind}:{n.Code ?? Normal(n.Title)}"))
            {
                var path = byIdentity ? "#" + node.Id : parent + "/" + key;
                result.Add((path, position++, node));
                Walk(node.Children, path);
            }
        }
        Walk(document.Roots, "");
        return result;
    }

    private List<(string Key, int Index, Indicator Indicator)> KeyedIndicators(StrategyNode node) =>
        Numbered(node.Indicators, i => byIdentity ? "#" + i.Id : i.Code ?? Normal(i.Name)).Select((x, index) => (x.Key, index, x.Item)).ToList();

    /// <summary>Keys made unique by their occurrence: two measures without a code titled alike are "…#1" and "…#2".</summary>
    private static IEnumerable<(string Key, T Item)> Numbered<T>(IEnumerable<T> items, Func<T, string> key)
    {
        var seen = new Dictionary<string, int>();
        foreach (var item in items)
        {
            var k = key(item);
            seen[k] = seen.GetValueOrDefault(k) + 1;
            yield return ($"{k}#{seen[k]}", item);
        }
    }

    private static string Normal(string? text) => string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private static string NameOf(Indicator indicator) =>
        indicator.Name is { Length: > 0 } name ? $"„{name}”" : indicator.Code is { Length: > 0 } code ? code : "wskaźnik bez nazwy";

    private static string Describe(StrategyNode node) => node.Quoted(60);
}
