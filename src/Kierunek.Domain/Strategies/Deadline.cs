using Kierunek.Domain.Values;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Kierunek.Domain.Strategies;

/// <summary>A "Termin realizacji" as printed plus the years it covers: "2020 r." → 2020;
/// "2018-2020" → 2018–2020; "wrzesień-listopad 2020 r." → 2020; "cały rok" → no year.</summary>
public sealed partial record Deadline(string Printed, int? FromYear, int? ToYear)
{
    /// <summary>Spans more than one calendar year (seed 000 leaves these out of goal totals).</summary>
    [JsonIgnore] public bool IsMultiYear => FromYear is { } f && ToYear is { } t && t > f;

    /// <summary>Reads a printed deadline; "j.w." keeps its text and takes the years of <paramref name="above"/>.</summary>
    public static Deadline Parse(string printed, Deadline? above)
    {
        if (above is not null && ValueMarkers.MarkerKind(printed.Trim()) == ValueKind.SameAsAbove)
            return new Deadline(printed, above.FromYear, above.ToYear);
        return Parse(printed);
    }

    public static Deadline Parse(string printed)
    {
        var years = Year().Matches(printed).Select(m => int.Parse(m.Groups[1].Value)).Where(y => y is >= 1990 and <= 2100).ToList();
        return years.Count == 0 ? new Deadline(printed, null, null) : new Deadline(printed, years.Min(), years.Max());
    }

    [GeneratedRegex(@"(?<!\d)((?:19|20)\d{2})(?!\d)")]
    private static partial Regex Year();
}
