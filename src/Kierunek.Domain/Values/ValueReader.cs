using Kierunek.Domain.Input;
using System.Text.RegularExpressions;

namespace Kierunek.Domain.Values;

/// <summary>Turns the text of one printed cell into a typed <see cref="ValueReading"/>.
/// Pure: text in, reading out. Markers are recognised before numbers, so "b.d." or "x"
/// can never become 0; a text that looks like a number but is not one ("12,3,4") is an error.</summary>
public static partial class ValueReader
{
    public const string LetterOAsZeroRemark = "litera „o” odczytana jako zero";

    public static ValueReadResult Read(string text, ValueContext context = ValueContext.General,
        IReadOnlyList<string>? listItems = null)
    {
        var folded = Fold(text);
        if (folded.Length == 0) return ValueReadResult.Ok(ValueReading.Empty);

        if (ValueMarkers.MarkerKind(folded) is { } marker)
            return Ok(marker, folded);
        if (ValueMarkers.NotMeasuredUntil(folded) is { } year)
            return ValueReadResult.Ok(new ValueReading { Kind = ValueKind.NotMeasuredYet, Text = folded, Year = year });
        if (context == ValueContext.Money && ValueMarkers.MeansNoOutlay(folded))
            return ValueReadResult.Ok(new ValueReading
                { Kind = ValueKind.NoFinancialOutlay, Text = folded, Items = ValueMarkers.References(folded) });

        var (core, marks) = SplitFootnoteMarks(folded);
        var reading = ReadCore(core, folded, context, listItems ?? []);
        if (reading.Reading?.Kind == ValueKind.Text && NumberOverText(text, folded, context) is { } headline)
            reading = ValueReadResult.Ok(headline);
        return reading.IsSuccess && marks.Count > 0
            ? ValueReadResult.Ok(reading.Reading! with { FootnoteMarks = marks })
            : reading;
    }

    /// <summary>A number alone in the cell's first paragraph, then what it counts
    /// ("5" over the names of five institutions, seed 004): the number, with the rest as one item.</summary>
    private static ValueReading? NumberOverText(string text, string folded, ValueContext context)
    {
        var lines = text.Split('\n', 2);
        if (lines.Length < 2 || !PolishNumber.TryParse(lines[0].Trim(), out var number, out var remark)) return null;
        var rest = Fold(lines[1]);
        if (rest.Length == 0) return null;
        return new ValueReading
        {
            Kind = Bare(context), Number = number, Unit = BareUnit(context), Text = folded, Items = [rest], Remarks = Remarks(remark),
        };
    }

    private static ValueReadResult ReadCore(string core, string folded, ValueContext context, IReadOnlyList<string> items)
    {
        if (core is "o" or "O")
            return ValueReadResult.Ok(new ValueReading
                { Kind = Bare(context), Number = 0, Unit = BareUnit(context), Text = folded, Remarks = [LetterOAsZeroRemark] });

        if (WholeNumber(core, context, folded) is { } whole) return ValueReadResult.Ok(whole);

        if (LooksNumeric().IsMatch(core))
            return SeveralBareNumbers(core, folded)
                ?? ValueReadResult.Fail($"„{InputText.Quote(folded)}” nie jest poprawną liczbą: użyj zapisu 1 234,56 (spacja między tysiącami, przecinek przed częścią dziesiętną)");

        if (ValueMarkers.Levels(core) is { } levels)
            return ValueReadResult.Ok(new ValueReading { Kind = ValueKind.QualitativeLevel, Text = folded, Items = levels });

        if (NumberWithParenthesis(core, folded, context) is { } explained) return ValueReadResult.Ok(explained);
        return ValueReadResult.Ok(NumbersInText(core, folded, items));
    }

    /// <summary>The whole cell is one number, amount, percentage or approximation.</summary>
    private static ValueReading? WholeNumber(string core, ValueContext context, string folded)
    {
        var approximate = Approximate().Match(core);
        var body = approximate.Success ? approximate.Groups[1].Value : core;

        // The suffix patterns only when the suffix is there: on a description of a measure their lazy prefix tried every length.
        var percent = body.EndsWith('%') ? Percent().Match(body) : Match.Empty;
        if (percent.Success && PolishNumber.TryParse(percent.Groups[1].Value, out var p, out var pr))
            return new ValueReading { Kind = approximate.Success ? ValueKind.Approximate : ValueKind.Percentage,
                Number = p, Unit = "%", Text = folded, Remarks = Remarks(pr) };

        var money = body.Contains("zł", StringComparison.OrdinalIgnoreCase) ? Money().Match(body) : Match.Empty;
        if (money.Success && PolishNumber.TryParse(money.Groups[1].Value, out var m, out var mr))
            return new ValueReading { Kind = approximate.Success ? ValueKind.Approximate : ValueKind.Amount,
                Number = m, Unit = MoneyUnit(money.Groups[2].Value), Text = folded, Remarks = Remarks(mr) };

        if (PolishNumber.TryParse(body, out var n, out var nr))
            return new ValueReading { Kind = approximate.Success ? ValueKind.Approximate : Bare(context),
                Number = n, Unit = approximate.Success ? null : BareUnit(context), Text = folded, Remarks = Remarks(nr) };

        if (approximate.Success && SingleNumberWithWords(body) is { } withUnit)
            return withUnit with { Kind = ValueKind.Approximate, Text = folded };
        return null;
    }

    /// <summary>"N (…)": the number N, and in the parentheses either its parts — numbers none above N that add up to it,
    /// or follow "w tym" ("697 (SDS-513 Kluby -184)", "18 (w tym 13 j.o.Miasta)") — or a note about it ("5 (PAL)",
    /// "3 (w tym ok. 40 osób …)", "1 (skorzystało ok. 200 seniorów)"): a larger number inside explains N, it is not a part of it.</summary>
    private static ValueReading? NumberWithParenthesis(string core, string folded, ValueContext context)
    {
        var m = NumberThenParenthesis().Match(core);
        if (!m.Success || !PolishNumber.TryParse(m.Groups[1].Value, out var number, out var remark)) return null;
        var inner = m.Groups[2].Value.Trim();
        var tokens = NumberTokens.Find(inner);
        var parts = tokens.Count > 0 && tokens.All(t => !t.IsPercentage && t.Value <= number)
                    && (tokens.Sum(t => t.Value) == number || inner.StartsWith("w tym", StringComparison.OrdinalIgnoreCase));
        return new ValueReading
        {
            Kind = Bare(context), Number = number, Unit = BareUnit(context), Text = folded, Remarks = Remarks(remark),
            Parts = parts ? NumberTokens.Parts(inner, tokens) : [], Items = parts || inner.Length == 0 ? [] : [inner],
        };
    }

    /// <summary>"0,00 0": two numbers printed in one cell (two paragraphs in the original).
    /// Only a number with decimals is known to be complete, so "1 23,4" stays an error:
    /// it may as well be a mis-grouped 123,4.</summary>
    private static ValueReadResult? SeveralBareNumbers(string core, string folded)
    {
        var tokens = core.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < 2 || tokens[..^1].Any(t => !t.Contains(','))) return null;
        var parts = new List<ValuePart>();
        foreach (var token in tokens)
        {
            if (!PolishNumber.TryParse(token, out var v)) return null;
            parts.Add(new ValuePart(null, v, null));
        }
        return ValueReadResult.Ok(new ValueReading { Kind = ValueKind.Breakdown, Text = folded, Parts = parts });
    }

    private static ValueReading NumbersInText(string core, string folded, IReadOnlyList<string> items)
    {
        var tokens = NumberTokens.Find(core);
        if (items.Count >= 2)
            return FromList(core, folded, items, tokens);
        if (tokens.Count == 1 && SingleNumberWithWords(core) is { } single)
            return single with { Text = folded };
        if (tokens.Count >= 2 && NumberTokens.IsCompact(core, tokens))
            return new ValueReading { Kind = ValueKind.Breakdown, Text = folded, Parts = NumberTokens.Parts(core, tokens) };
        return new ValueReading { Kind = ValueKind.Text, Text = folded };
    }

    /// <summary>A cell holding an HTML list: numbered items make a breakdown, others a list;
    /// a number printed before the list ("30 • 24 placówki … • 6 placówek") is the headline value.</summary>
    private static ValueReading FromList(string core, string folded, IReadOnlyList<string> items, IReadOnlyList<NumberToken> tokens)
    {
        var itemParts = items.Select(i => (Item: i, Tokens: NumberTokens.Find(i))).ToList();
        var lead = tokens.Count > 0 && tokens[0].Start == 0 && !items.Any(i => core.StartsWith(i, StringComparison.Ordinal))
            ? tokens[0] : null;

        var parts = itemParts.Where(x => x.Tokens.Count > 0).SelectMany(x => NumberTokens.Parts(x.Item, x.Tokens)).ToList();
        var allNumbered = itemParts.All(x => x.Tokens.Count > 0);
        if (lead is not null)
            return new ValueReading { Kind = ValueKind.Number, Number = lead.Value, Text = folded,
                Parts = allNumbered ? parts : [], Items = allNumbered ? [] : items };
        return allNumbered
            ? new ValueReading { Kind = ValueKind.Breakdown, Text = folded, Parts = parts }
            : new ValueReading { Kind = ValueKind.List, Text = folded, Items = items };
    }

    /// <summary>"10 osób", "Łącznie 6 osób", "25 - narkotyki", "64 porozumienia z organizacjami pozarządowymi".</summary>
    private static ValueReading? SingleNumberWithWords(string text)
    {
        var tokens = NumberTokens.Find(text);
        if (tokens.Count != 1) return null;
        var t = tokens[0];
        var before = text[..t.Start].Trim().TrimEnd('-', '–', ':').Trim();
        var after = text[(t.Start + t.Length)..].Trim().TrimStart('-', '–', ':').Trim();
        if (WordCount(before) > 3 || WordCount(after) > 8) return null;
        if (MoneyAfterNumber().Match(after) is { Success: true } money)
            return new ValueReading
            {
                Kind = ValueKind.Amount, Number = t.Value, Unit = MoneyUnit(money.Groups[1].Value),
                Label = before.Length == 0 ? null : before, Text = text,
            };
        // "(wydatki na …)" after a unit explains the value; it is not part of the unit.
        var unit = after.Length == 0 ? null : after.Split('(')[0].Trim() is { Length: > 0 } u ? u : after;
        // "Wzrost o 10%": the sign is part of the number's token, and is the unit — of a change (a number with words),
        // not a share: a target "Wzrost o 10%" of 300 people is 330 people, not 10%.
        if (unit is null && text.AsSpan(t.Start, t.Length).TrimEnd().EndsWith("%")) unit = "%";
        return new ValueReading
        {
            Kind = unit is "%" && before.Length == 0 ? ValueKind.Percentage : ValueKind.Number,
            Number = t.Value, Unit = unit, Label = before.Length == 0 ? null : before, Text = text,
        };
    }

    private static (string Core, IReadOnlyList<string> Marks) SplitFootnoteMarks(string text)
    {
        var m = FootnoteMarks().Match(text);
        return m.Success ? (m.Groups[1].Value, [m.Groups[2].Value]) : (text, []);
    }

    private static ValueReadResult Ok(ValueKind kind, string text) => ValueReadResult.Ok(new ValueReading { Kind = kind, Text = text });
    private static ValueKind Bare(ValueContext c) => c == ValueContext.Money ? ValueKind.Amount : ValueKind.Number;
    private static string? BareUnit(ValueContext c) => c == ValueContext.Money ? MoneyUnits.Zloty : null;
    private static IReadOnlyList<string> Remarks(string? remark) => remark is null ? [] : [remark];
    private static int WordCount(string s) => s.Length == 0 ? 0 : s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string MoneyUnit(string printed) => printed.Replace(" ", "").ToLowerInvariant() switch
    {
        "tys.zł" or "tys.zl" or "tyś.zł" => MoneyUnits.ThousandZloty,
        "mlnzł" or "mln.zł" => MoneyUnits.MillionZloty,
        _ => MoneyUnits.Zloty,
    };

    /// <summary>Folds all white space (line breaks included) into single spaces.</summary>
    public static string Fold(string text) => (HasWhiteSpaceToFold(text) ? AnyWhiteSpace().Replace(text, " ") : text).Trim();

    /// <summary>Whether <c>\s+ → " "</c> would change the text: some white space other than a lone space. Most cells have
    /// none, and the regex replaced every single space between words by a space (a match per word: a third of reading a seed).</summary>
    private static bool HasWhiteSpaceToFold(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))) return true;
        return false;
    }

    [GeneratedRegex(@"\s+")] private static partial Regex AnyWhiteSpace();
    [GeneratedRegex(@"^(.*?[^*\s])\s*(\*+)$")] private static partial Regex FootnoteMarks();
    [GeneratedRegex(@"^(?:ok\.|około|ca\.?|~)\s*(.+)$", RegexOptions.IgnoreCase)] private static partial Regex Approximate();
    [GeneratedRegex(@"^(.+?)\s*%$")] private static partial Regex Percent();
    [GeneratedRegex(@"^(.+?)\s*(zł\.?|złotych|tys\.\s*zł|tyś\.\s*zł|mln\.?\s*zł)$", RegexOptions.IgnoreCase)] private static partial Regex Money();
    [GeneratedRegex(@"^[\d\s.,]+$")] private static partial Regex LooksNumeric();
    [GeneratedRegex(@"^(\d[\d\s]*(?:,\d+)?)\s*\(([^()]*)\)$")] private static partial Regex NumberThenParenthesis();

    [GeneratedRegex(@"^(tys\.\s?zł|mln\.?\s?zł|zł)(?=$|[\s(,;])", RegexOptions.IgnoreCase)] private static partial Regex MoneyAfterNumber();
}
