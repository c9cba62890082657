using System.Text.RegularExpressions;

namespace Kierunek.Domain.Values;

internal sealed record NumberToken(int Start, int Length, decimal Value, bool IsPercentage);

/// <summary>Finds the numbers inside running text and pairs each with its label or unit.</summary>
internal static partial class NumberTokens
{
    public static IReadOnlyList<NumberToken> Find(string text)
    {
        var found = new List<NumberToken>();
        foreach (Match m in Token().Matches(text))
        {
            var numberText = m.Groups["n"].Value;
            if (!PolishNumber.TryParse(numberText, out var v)) continue;
            if (IsYear(text, m, v)) continue;
            found.Add(new NumberToken(m.Index, m.Length, v, m.Groups["p"].Success));
        }
        return found;
    }

    /// <summary>Years are dates, not quantities: "w 2020 r.", "2021-2023", "od 2012 roku".</summary>
    private static bool IsYear(string text, Match m, decimal value)
    {
        if (value is < 1990 or > 2100 || value != decimal.Truncate(value) || m.Groups["n"].Value.Length != 4) return false;
        var after = text[(m.Index + m.Length)..];
        var before = text[..m.Index];
        return YearAfter().IsMatch(after) || YearBefore().IsMatch(before);
    }

    /// <summary>Short enough to be a composite value rather than a sentence.</summary>
    public static bool IsCompact(string text, IReadOnlyList<NumberToken> tokens)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words - tokens.Count <= 6 * tokens.Count + 2;
    }

    public static IReadOnlyList<ValuePart> Parts(string text, IReadOnlyList<NumberToken> tokens)
    {
        var parts = new List<ValuePart>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var previousEnd = i == 0 ? 0 : tokens[i - 1].Start + tokens[i - 1].Length;
            var before = text[previousEnd..t.Start];
            var nextStart = i + 1 < tokens.Count ? tokens[i + 1].Start : text.Length;
            var after = text[(t.Start + t.Length)..nextStart];

            var label = EndsWithDash(before) ? Clean(before) : null;
            var nextTakesAfter = i + 1 < tokens.Count && EndsWithDash(after);
            var unit = t.IsPercentage ? "%" : nextTakesAfter ? null : UnitFrom(after);
            parts.Add(new ValuePart(label, t.Value, unit, IsApproximate: ApproximateBefore().IsMatch(before), IsPercentage: t.IsPercentage));
        }
        return parts;
    }

    private static bool EndsWithDash(string s) => DashEnd().IsMatch(s);

    private static string? Clean(string s)
    {
        var cleaned = s.Trim().TrimEnd('-', '–', ':').Trim().TrimStart('•', '/', ',', ';', '-', '–', ')').Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }

    private static string? UnitFrom(string after)
    {
        var s = after.TrimStart().TrimStart('-', '–').TrimStart();
        var cut = UnitEnd().Match(s);
        var unit = (cut.Success ? s[..cut.Index] : s).Trim().TrimEnd(',', '.', ';', ':');
        return unit.Length == 0 ? null : unit;
    }

    [GeneratedRegex(@"(?<n>" + PolishNumber.TokenPattern + @")(?<p>\s*%)?")] private static partial Regex Token();
    [GeneratedRegex(@"^\s*(r\.|r\b|roku|rok\b|[-–]\s*\d{4})")] private static partial Regex YearAfter();
    [GeneratedRegex(@"(\b(w|roku|latach|od|do|z|na|rok)\s+|\d{4}\s*[-–]\s*)$", RegexOptions.IgnoreCase)] private static partial Regex YearBefore();
    [GeneratedRegex(@"[-–:]\s*$")] private static partial Regex DashEnd();
    [GeneratedRegex(@"[/,;•()]|\bw tym\b")] private static partial Regex UnitEnd();
    [GeneratedRegex(@"(ok\.|około)\s*$", RegexOptions.IgnoreCase)] private static partial Regex ApproximateBefore();
}
