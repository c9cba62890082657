using System.Text.RegularExpressions;

namespace Kierunek.Domain.Strategies.Mapping;

/// <summary>The shape of a printed code, which says its level: "I." (a Roman numeral), "1." (one number), "1.1" or
/// "1.1." (two), "1.1.1" (three), "A)" or "a)" (a letter). A table's levels are its code shapes in the order they first
/// appear: "I." / "1." / "1.1" are levels 1, 2, 3, and so are "1." / "1.1" / "1.1.1".</summary>
public static partial class LevelCodes
{
    /// <summary>"R" for a Roman numeral, "L" for a letter, "N2" for two numbers; null when the text is not a code.</summary>
    public static string? Shape(string code)
    {
        var text = code.Trim();
        if (text.Length == 0) return null;
        if (Roman().IsMatch(text)) return "R";
        if (Letter().IsMatch(text)) return "L";
        if (Numbers().Match(text) is { Success: true } m) return "N" + (m.Groups[1].Captures.Count + 1);
        return null;
    }

    /// <summary>The code at the start of a name ("1.1. Zwiększenie dostępu …" → "1.1."), for tables that print the code
    /// and the name in one cell; null when the name does not start with one.</summary>
    public static string? LeadingCode(string name)
    {
        var m = Leading().Match(name.TrimStart());
        return m.Success && Shape(m.Groups[1].Value) is not null ? m.Groups[1].Value : null;
    }

    /// <summary>Levels by order of first appearance of each shape: shape → level (1-based).</summary>
    public static IReadOnlyDictionary<string, int> Levels(IEnumerable<string> codes)
    {
        var levels = new Dictionary<string, int>();
        foreach (var shape in codes.Select(Shape).OfType<string>())
            levels.TryAdd(shape, levels.Count + 1);
        return levels;
    }

    /// <summary>I to XXXIX: a strategy has no hundred goals, so "C." and "D." are letters.</summary>
    [GeneratedRegex(@"^(?=[IVX])X{0,3}(IX|IV|V?I{0,3})\.?$")] private static partial Regex Roman();
    [GeneratedRegex(@"^[A-Za-z][.)]$")] private static partial Regex Letter();
    [GeneratedRegex(@"^\d{1,3}(\.\d{1,3})*\.?$")] private static partial Regex Numbers();
    [GeneratedRegex(@"^([IVX]+\.|\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}\.|[A-Za-z]\))\s+(?=\S)")] private static partial Regex Leading();
}
