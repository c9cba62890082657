using System.Text;

namespace Kierunek.Domain.Strategies.Editing;

/// <summary>One level of a strategy's tree as its authors name and number it: "Cel strategiczny" numbered I, II, III;
/// "Cel operacyjny" numbered 1, 2, 3 under each goal (printed "I.1"); "Zadanie" with letters (printed "I.1.a").</summary>
public sealed record TreeLevel(string Name, LevelNumbering Numbering);

public enum LevelNumbering { Arabic, Roman, Letter }

/// <summary>Codes made from the levels' numbering: an item's code is its parent's code, a dot and its own number
/// ("I", "I.2", "I.2.3"), so renumbering after a move gives what the authors would print.</summary>
public static class TreeNumbering
{
    /// <summary>The <paramref name="ordinal"/>-th (from 1) number in <paramref name="numbering"/>: 4 → "4", "IV", "d".</summary>
    public static string Number(LevelNumbering numbering, int ordinal) => numbering switch
    {
        LevelNumbering.Roman => Roman(ordinal),
        LevelNumbering.Letter => Letters(ordinal),
        _ => ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static string Code(string? parentCode, LevelNumbering numbering, int ordinal) =>
        string.IsNullOrEmpty(parentCode) ? Number(numbering, ordinal) : $"{parentCode}.{Number(numbering, ordinal)}";

    /// <summary>The pattern as a person reads it: "I / I.1 / I.1.1 / I.1.1.a".</summary>
    public static string Pattern(IReadOnlyList<TreeLevel> levels)
    {
        var codes = new List<string>();
        string? code = null;
        foreach (var level in levels)
        {
            code = Code(code, level.Numbering, 1);
            codes.Add(code);
        }
        return string.Join(" / ", codes);
    }

    private static string Roman(int n)
    {
        var result = new StringBuilder();
        foreach (var (value, digits) in new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
            for (; n >= value; n -= value) result.Append(digits);
        return result.ToString();
    }

    /// <summary>a … z, then aa, ab … as spreadsheets count columns.</summary>
    private static string Letters(int n)
    {
        var result = "";
        for (; n > 0; n = (n - 1) / 26) result = (char)('a' + (n - 1) % 26) + result;
        return result;
    }
}
