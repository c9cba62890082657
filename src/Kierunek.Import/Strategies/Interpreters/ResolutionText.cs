using Kierunek.Domain.Strategies;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Kierunek.Import.Strategies.Interpreters;

/// <summary>Finds an uchwała in running text: "uchwały Nr CCXXXIV/4594/2017 Zarządu Województwa
/// Lubelskiego z dnia 4 grudnia 2017 r." → number, date and the body in the nominative.</summary>
public static partial class ResolutionText
{
    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");

    public static Resolution? Find(string text)
    {
        var m = Pattern().Match(text);
        if (!m.Success) return null;
        var date = DateOnly.TryParseExact($"{m.Groups["day"].Value} {m.Groups["month"].Value} {m.Groups["year"].Value}", "d MMMM yyyy", Polish, DateTimeStyles.None, out var d)
            ? d : (DateOnly?)null;
        return new Resolution(m.Groups["number"].Value, date, Body(m.Groups["body"].Value.Trim()));
    }

    /// <summary>"Zarządu Województwa Lubelskiego" → "Zarząd Województwa Lubelskiego"; only the first word declines.</summary>
    private static string Body(string genitive)
    {
        var space = genitive.IndexOf(' ');
        var head = space < 0 ? genitive : genitive[..space];
        var rest = space < 0 ? "" : genitive[space..];
        return (Heads.TryGetValue(head, out var nominative) ? nominative : head) + rest;
    }

    private static readonly Dictionary<string, string> Heads = new()
    {
        ["Zarządu"] = "Zarząd", ["Sejmiku"] = "Sejmik", ["Rady"] = "Rada", ["Prezydenta"] = "Prezydent", ["Burmistrza"] = "Burmistrz", ["Wójta"] = "Wójt",
    };

    [GeneratedRegex(@"[Uu]chwał\p{L}*\s+Nr\s+(?<number>[\w/.]+)\s+(?<body>.+?)\s+z\s+dnia\s+(?<day>\d{1,2})\s+(?<month>\p{L}+)\s+(?<year>\d{4})")]
    private static partial Regex Pattern();
}
