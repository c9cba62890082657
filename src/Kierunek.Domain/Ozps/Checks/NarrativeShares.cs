using Kierunek.Domain.Language;
using Kierunek.Domain.Ozps.Indicators;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Domain.Values;
using System.Text.RegularExpressions;

namespace Kierunek.Domain.Ozps.Checks;

/// <summary>The shares an assessment's narrative prints beside its own figures, recomputed from those figures:
/// "W dziale 851 wydatkowano 452.606 zł. co stanowi 1,5 % ogólnych wydatków" against the paragraph's total, and
/// "wzrósł o 4.310.035 zł. (co stanowi 15 %)" against the previous year's value (given in parentheses, or the
/// current value less the increase); and a share in words against the percentage printed with it ("ponad połowa
/// (38%)", <see cref="SharesInWords"/>). A share cut instead of rounded, one on the wrong base, or one that fits
/// nothing is reported with the arithmetic; a share that fits is not. Only the narrative's words are read: the
/// tables have their own rules (<see cref="OzpsRules"/>), and a share the template already compares as an
/// indicator's printed figure (the 852 share …) is left to that indicator, so nothing is reported twice.</summary>
public static partial class NarrativeShares
{
    private const string Number = @"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:[ \u00A0]\d{3})+(?:,\d+)?|\d+(?:,\d+)?";
    private const string Counted = @"zł|osób|osoby|osoba|rodzin|rodziny|rodzina";

    /// <param name="paragraphs">The narrative's paragraphs with their line numbers (table rows left out).</param>
    public static IReadOnlyList<OzpsFinding> Check(IEnumerable<(int Line, string Text)> paragraphs, int year) => Check(paragraphs, year, []);

    /// <summary>As above, leaving out the shares the template's indicators compare for <paramref name="unit"/>.</summary>
    public static IReadOnlyList<OzpsFinding> Check(IEnumerable<(int Line, string Text)> paragraphs, OzpsUnitData unit, OzpsTemplate template)
    {
        if (unit.AssessmentYear is not { } year) return [];
        var compared = template.Indicators.Select(d => d.Printed).OfType<string>()
            .Where(at => at.StartsWith(OzpsKey.Narrative + "/", StringComparison.Ordinal))
            .Select(at => unit[new OzpsKey(OzpsKey.Narrative, at[(OzpsKey.Narrative.Length + 1)..], year)])
            .Where(v => v?.Source?.Line is not null && v.Number is not null)
            .Select(v => (v!.Source!.Line!.Value, v.Number!.Value)).ToHashSet();
        return Check(paragraphs, year, compared);
    }

    private static IReadOnlyList<OzpsFinding> Check(IEnumerable<(int Line, string Text)> paragraphs, int year, HashSet<(int Line, decimal Printed)> compared)
    {
        var findings = new List<OzpsFinding>();
        foreach (var (line, text) in paragraphs)
        {
            foreach (var sentence in SharesInWords.Sentences(text))
            foreach (var c in SharesInWords.In(sentence))
                findings.Add(new OzpsFinding(Severity.Warning, OzpsKey.Narrative, line.ToString(), year, false,
                    $"Opis, wiersz {line}: {c.Message}; popraw jedno z nich."));
            var total = TotalPattern().Match(text) is { Success: true } t && Read(t.Groups["total"].Value) is { } sum ? sum : (decimal?)null;
            if (total is { } whole)
                foreach (Match share in SharePattern().Matches(text))
                    if (Read(share.Groups["part"].Value) is { } part && !compared.Contains((line, Read(share.Groups["p"].Value) ?? -1)))
                        Compare(findings, line, year, share.Value.Trim(), part, whole, share.Groups["p"].Value, $"ogółu wydatków ({N(whole)} zł)", alternative: null);
            foreach (Match change in ChangePattern().Matches(text))
            {
                if (Read(change.Groups["d"].Value) is not { } delta) continue;
                var up = change.Groups["verb"].Value.StartsWith("wzr", StringComparison.OrdinalIgnoreCase) || change.Groups["verb"].Value.StartsWith("zwiększ", StringComparison.OrdinalIgnoreCase);
                var current = CurrentBefore(text, change.Index, change.Groups["u"].Value);
                var previous = change.Groups["prev"].Success ? Read(change.Groups["prev"].Value) : current is { } c ? (up ? c - delta : c + delta) : null;
                if (previous is not { } before || before == 0 || compared.Contains((line, Read(change.Groups["p"].Value) ?? -1))) continue;
                // The share of a change is of the year before; the same change over this year's value is the usual slip.
                var onCurrent = current ?? (change.Groups["prev"].Success ? (up ? before + delta : before - delta) : null);
                Compare(findings, line, year, change.Value.Trim(), delta, before, change.Groups["p"].Value, $"roku poprzedniego ({N(before)})", onCurrent);
            }
        }
        return findings;
    }

    private static void Compare(List<OzpsFinding> findings, int line, int year, string quoted, decimal part, decimal whole, string printedText, string baseName, decimal? alternative)
    {
        if (!PolishNumber.TryParse(printedText, out var printed)) return;
        var decimals = PrintedFigures.DecimalsOf(printedText);
        var share = part / whole * 100;
        var arithmetic = $"{N(part)} ÷ {N(whole)} × 100 = {PolishFormat.Number(Math.Round(share, 4, MidpointRounding.AwayFromZero), 4)}%";
        var rounded = PolishFormat.Number(Math.Round(share, decimals, MidpointRounding.AwayFromZero), decimals);
        var message = PrintedFigures.Compare(share, printed, decimals) switch
        {
            PrintedMatch.Rounded => null,
            PrintedMatch.Truncated => $"„{quoted}” — wynik obcięty, nie zaokrąglony: {arithmetic}, po zaokrągleniu {rounded}%.",
            _ when alternative is { } other && other != 0 && PrintedFigures.Compare(part / other * 100, printed, decimals) != PrintedMatch.Differs =>
                $"„{quoted}” — udział policzono od wartości roku oceny ({N(part)} ÷ {N(other)} × 100 = {PolishFormat.Number(Math.Round(part / other * 100, 2, MidpointRounding.AwayFromZero), 2)}%), " +
                $"a zmianę liczy się względem {baseName}: {arithmetic}, po zaokrągleniu {rounded}%.",
            _ => $"„{quoted}” — z liczb opisu wychodzi inaczej: względem {baseName} {arithmetic}, po zaokrągleniu {rounded}%.",
        };
        if (message is not null) findings.Add(new OzpsFinding(Severity.Warning, OzpsKey.Narrative, line.ToString(), year, false, $"Opis, wiersz {line}: {message}"));
    }

    /// <summary>The last figure in the same unit before the change ("wyniosła 3.632 osoby. … wzrosła o 1.357 osób").</summary>
    private static decimal? CurrentBefore(string text, int end, string unit)
    {
        var money = unit == "zł";
        decimal? last = null;
        foreach (Match m in CountedPattern().Matches(text[..end]))
            if ((m.Groups["u"].Value == "zł") == money && !IsInParentheses(text, m.Index) && Read(m.Groups["n"].Value) is { } n) last = n;
        return last;
    }

    private static bool IsInParentheses(string text, int index) => index > 0 && text[index - 1] == '(';

    private static decimal? Read(string text) => PolishNumber.TryParse(text, out var value) ? value : null;

    private static string N(decimal value) => PolishFormat.Natural(value);

    [GeneratedRegex(@"wynios[łl][aoy]?\s+(?:w\s+\d{4}\s+roku\s+)?(?<total>" + Number + @")\s*zł", RegexOptions.IgnoreCase)]
    private static partial Regex TotalPattern();

    [GeneratedRegex(@"(?<part>" + Number + @")\s*zł\.?\s*,?\s*co\s+stanowi\s+(?<p>\d+(?:,\d+)?)\s*%\s+ogólnych", RegexOptions.IgnoreCase)]
    private static partial Regex SharePattern();

    [GeneratedRegex(@"(?:\((?<prev>" + Number + @")\s*zł\)\s*)?(?<verb>wzr[oó]sł[ao]?|zmalał[ao]?|spadł[ao]?|zmniejszył[ao]?\s+się|zwiększył[ao]?\s+się)\s+o\s+(?<d>" + Number + @")\s*(?<u>" + Counted + @")\.?\s*\(\s*co\s+stanowi(?:ło)?\s+(?:(?:wzrost|spadek)\s+o\s+)?(?<p>\d+(?:,\d+)?)\s*%", RegexOptions.IgnoreCase)]
    private static partial Regex ChangePattern();

    [GeneratedRegex(@"(?<n>" + Number + @")\s*(?<u>" + Counted + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountedPattern();
}
