namespace Kierunek.Domain.Ozps.Recommendations;

/// <summary>A strategy item a recommendation can be linked to: the strategy, the item's identity that survives edits, and
/// its printed code and title (kept with the link, so it reads even when the strategy has changed since).</summary>
public sealed record StrategyItemRef(string DocumentKey, string NodeId, string Code, string Title);

/// <summary>Which strategy items a recommendation is probably about: the items whose titles share the most words with it
/// — compared by their stems (the first six letters, enough for Polish endings: "pracowników socjalnych" meets "pracownika
/// socjalnego") — leaving out words that half the strategy's items share, which say nothing ("pomocy", "społecznej").
/// A suggestion only: the person confirms each link.</summary>
public static class LinkSuggestions
{
    private const int StemLength = 6;
    private const int MinimumWord = 4;

    public static IReadOnlyList<StrategyItemRef> For(string text, IReadOnlyList<StrategyItemRef> items, int max = 3)
    {
        if (items.Count == 0) return [];
        var stemsOf = items.ToDictionary(i => i, i => Stems(i.Title));
        var common = stemsOf.Values.SelectMany(s => s).GroupBy(s => s).Where(g => g.Count() * 2 > items.Count).Select(g => g.Key).ToHashSet();
        var wanted = Stems(text);
        wanted.ExceptWith(common);
        return items.Select(i => (Item: i, Score: stemsOf[i].Count(wanted.Contains)))
            .Where(x => x.Score > 0).OrderByDescending(x => x.Score).ThenBy(x => x.Item.Code, StringComparer.Ordinal).Take(max).Select(x => x.Item).ToList();
    }

    private static HashSet<string> Stems(string text) =>
        text.ToLowerInvariant().Split(text.Where(c => !char.IsLetter(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= MinimumWord).Select(w => w.Length > StemLength ? w[..StemLength] : w).ToHashSet();
}
