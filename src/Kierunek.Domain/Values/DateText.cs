using System.Text.RegularExpressions;

namespace Kierunek.Domain.Values;

/// <summary>A date as an office worker types it, or as a browser's date field sends it: "2022-03-15", "15.03.2022",
/// "15.03.2022 r.", "15 marca 2022 r.". Anything else is not guessed at (null), so the form can say how to write it.</summary>
public static partial class DateText
{
    /// <summary>The example every "nie rozpoznano daty" message gives.</summary>
    public const string Example = "15.03.2022";

    public static DateOnly? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        if (Iso().Match(t) is { Success: true } iso) return Make(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value);
        if (Dotted().Match(t) is { Success: true } dotted) return Make(dotted.Groups["y"].Value, dotted.Groups["m"].Value, dotted.Groups["d"].Value);
        if (Words().Match(t) is { Success: true } words)
        {
            var month = Array.IndexOf(PolishFormat.MonthsGenitive, words.Groups["m"].Value.ToLowerInvariant());
            return month < 0 ? null : Make(words.Groups["y"].Value, (month + 1).ToString(), words.Groups["d"].Value);
        }
        return null;
    }

    private static DateOnly? Make(string year, string month, string day) =>
        DateOnly.TryParseExact($"{year}-{int.Parse(month):00}-{int.Parse(day):00}", "yyyy-MM-dd", out var date) ? date : null;

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$")]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?<d>\d{1,2})\s*[./-]\s*(?<m>\d{1,2})\s*[./-]\s*(?<y>\d{4})(\s*r\.?)?$")]
    private static partial Regex Dotted();

    [GeneratedRegex(@"^(?<d>\d{1,2})\s+(?<m>\p{L}+)\s+(?<y>\d{4})(\s*r\.?)?$")]
    private static partial Regex Words();
}
