using System.Buffers;
using System.Text.RegularExpressions;

namespace Kierunek.Domain.Values;

/// <summary>The fixed phrases offices write instead of a number (seeds 000–004).</summary>
internal static partial class ValueMarkers
{
    private static readonly HashSet<string> NoData = new(StringComparer.OrdinalIgnoreCase)
        { "b.d", "b.d.", "bd", "bd.", "b. d.", "brak danych", "brak danych." };

    private static readonly HashSet<string> NotApplicable = new(StringComparer.OrdinalIgnoreCase)
        { "x", "-", "–", "—", "nie dotyczy" };

    private static readonly HashSet<string> SameAsAbove = new(StringComparer.OrdinalIgnoreCase)
        { "j.w.", "j.w", "jw.", "jw", "jak wyżej" };

    // Lublin SRPS 2020 (seed 000): cost cells that say the measure has no cost of its own.
    private static readonly string[] NoOutlayPhrases =
    [
        "w ramach działalności", "w ramach bieżącej działalności", "bez nakładów", "bez dodatkowych nakładów",
        "bezkosztowo", "w ramach kosztów funkcjonowania", "w ramach realizowanych zadań", "w ramach zadań bieżących",
        "realizacja w ramach zadań", "środki własne",
    ];

    private static readonly HashSet<string> QualitativeLevels = new(StringComparer.OrdinalIgnoreCase)
        { "wysoki", "wystarczający", "minimalny", "niski", "średni", "zadowalający", "bardzo wysoki", "bardzo niski" };

    public static ValueKind? MarkerKind(string text)
    {
        if (NoData.Contains(text)) return ValueKind.NoData;
        if (NotApplicable.Contains(text)) return ValueKind.NotApplicable;
        if (SameAsAbove.Contains(text)) return ValueKind.SameAsAbove;
        return null;
    }

    public static bool MeansNoOutlay(string text) =>
        NoOutlayPhrases.Any(p => text.Contains(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>"pomiar wskaźnika monitorującego nastąpił od 2022 roku" → 2022.</summary>
    public static int? NotMeasuredUntil(string text)
    {
        var m = NotMeasured().Match(text);
        return m.Success ? int.Parse(m.Groups[1].Value) : null;
    }

    /// <summary>"wysoki/wystarczający, minimalny" → the levels; null when anything else is written.</summary>
    public static IReadOnlyList<string>? Levels(string text)
    {
        // Every cell is asked; a description is turned down at its first word without splitting the whole text.
        var levels = QualitativeLevels.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = new List<string>();
        foreach (var range in text.AsSpan().SplitAny(LevelSeparators))
        {
            var word = text.AsSpan(range).Trim();
            if (word.IsEmpty) continue;
            if (!levels.TryGetValue(word, out _)) return null;
            words.Add(word.ToString());
        }
        return words.Count > 0 ? words : null;
    }

    private static readonly SearchValues<char> LevelSeparators = SearchValues.Create("/,;");

    /// <summary>Cross-references such as "koszt wykazany w poz. 2.2.3, 2.3.1".</summary>
    public static IReadOnlyList<string> References(string text)
    {
        var at = text.IndexOf("poz.", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return [];
        return Code().Matches(text[at..]).Select(m => m.Value).ToList();
    }

    [GeneratedRegex(@"pomiar\b.*?\b(?:od|w)\s+((?:19|20)\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex NotMeasured();

    [GeneratedRegex(@"\b\d+(?:\.\d+)+\b")]
    private static partial Regex Code();
}
