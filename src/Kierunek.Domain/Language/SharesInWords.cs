using Kierunek.Domain.Values;
using System.Text.RegularExpressions;

namespace Kierunek.Domain.Language;

/// <summary>A share said in words ("ponad połowa", "co trzecia rodzina", "dwie trzecie", "większość") beside a
/// percentage printed in the same sentence, and whether the two can both be true: "ponad połowa (38%)" cannot.
/// The words are given the range a reader would take from them (a "third" is 28–38%, "blisko połowa" 40–50%).</summary>
public static partial class SharesInWords
{
    /// <param name="Words">The words as written.</param>
    /// <param name="Meaning">What they mean as a share ("ponad 50%", "ok. 33%").</param>
    /// <param name="Printed">The percentage printed beside them, as written.</param>
    public sealed record Contradiction(string Words, string Meaning, string Printed, decimal Percent, decimal From, decimal To)
    {
        /// <summary>"„Ponad połowa” to ponad 50%, a obok podano 38% — słowa i liczba sobie przeczą (38% nie mieści się w 50,01–100%)".</summary>
        public string Message =>
            $"„{Words}” to {Meaning}, a obok podano {Printed} — słowa i liczba sobie przeczą " +
            $"({PolishFormat.Natural(Percent)}% nie mieści się w {PolishFormat.Natural(From)}–{PolishFormat.Natural(To)}%)";
    }

    private sealed record Phrase(Regex Pattern, decimal From, decimal To, string Meaning);

    // Longer phrases first: "ponad połowa" must not be read as "połowa".
    private static readonly Phrase[] Phrases =
    [
        new(Words(@"(?:ponad|przeszło|więcej\s+niż|powyżej)\s+połow\w*"), 50.01m, 100m, "ponad 50%"),
        new(Words(@"(?:blisko|prawie|niemal|niespełna)\s+połow\w*"), 40m, 49.99m, "nieco poniżej 50%"),
        new(Words(@"(?:mniej\s+niż|poniżej)\s+połow\w*"), 0m, 49.99m, "poniżej 50%"),
        new(Words(@"dwie\s+trzecie|dwóch\s+trzecich"), 61.7m, 71.7m, "ok. 67%"),
        new(Words(@"trzy\s+czwarte|trzech\s+czwartych"), 70m, 80m, "ok. 75%"),
        new(Words(@"większoś\w*"), 50.01m, 100m, "ponad 50%"),
        new(Words(@"mniejszoś\w*"), 0m, 49.99m, "poniżej 50%"),
        new(Words(@"połow[aęy]|co\s+drug\w+"), 45m, 55m, "ok. 50%"),
        new(Words(@"co\s+trzec\w+|jedn\w+\s+trzeci\w*|trzeci[aą]\s+częś\w*"), 28.3m, 38.3m, "ok. 33%"),
        new(Words(@"co\s+czwart\w+|ćwierć|jedn\w+\s+czwart\w*|czwart[aą]\s+częś\w*"), 20m, 30m, "ok. 25%"),
        new(Words(@"co\s+piąt\w+|piąt[aą]\s+częś\w*"), 16m, 24m, "ok. 20%"),
        new(Words(@"co\s+dziesiąt\w+"), 7m, 13m, "ok. 10%"),
    ];

    /// <summary>How far (in characters) a percentage may stand from the words to be read as the same share.</summary>
    private const int Near = 80;

    /// <summary>Every share in words in <paramref name="sentence"/> that the nearest percentage printed with it contradicts.</summary>
    public static IEnumerable<Contradiction> In(string sentence)
    {
        // Words alone contradict nothing: without a percentage there is nothing to compare (and most text has none —
        // a 50 000-row sheet's notes are read in milliseconds instead of seconds).
        if (!sentence.Contains('%')) yield break;
        var taken = new List<(int Start, int End)>();
        // "wzrost o 20%" is a change, not a share of anything the words could describe.
        var percents = PercentPattern().Matches(sentence).Where(p => !ChangeBefore().IsMatch(sentence[..p.Index])).ToList();
        foreach (var phrase in Phrases)
        foreach (Match words in phrase.Pattern.Matches(sentence))
        {
            if (taken.Any(t => words.Index < t.End && t.Start < words.Index + words.Length)) continue;
            taken.Add((words.Index, words.Index + words.Length));
            var nearest = percents.Select(p => (Match: p, Distance: p.Index > words.Index ? p.Index - (words.Index + words.Length) : words.Index - (p.Index + p.Length)))
                .Where(p => p.Distance <= Near).OrderBy(p => p.Distance).Select(p => p.Match).FirstOrDefault();
            if (nearest is null || !decimal.TryParse(nearest.Groups["n"].Value.Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture, out var percent)) continue;
            if (percent < phrase.From || percent > phrase.To)
                yield return new Contradiction(words.Value, phrase.Meaning, nearest.Value.Trim(), percent, phrase.From, phrase.To);
        }
    }

    /// <summary>The sentences of a paragraph: a full stop, question or exclamation mark, then a capital letter
    /// ("28.673.233 zł" and "ok. 40" do not end one).</summary>
    public static IEnumerable<string> Sentences(string paragraph) => SentenceEnd().Split(paragraph).Where(s => s.Trim().Length > 0);

    private static Regex Words(string pattern) => new(@"(?<![\p{L}])(?:" + pattern + @")(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    [GeneratedRegex(@"(?<n>\d+(?:,\d+)?)\s*%")] private static partial Regex PercentPattern();

    [GeneratedRegex(@"(?<![\p{L}])o\s*$", RegexOptions.IgnoreCase)] private static partial Regex ChangeBefore();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ])")] private static partial Regex SentenceEnd();
}
