using System.Text.RegularExpressions;

namespace Kierunek.Domain.Strategies.Mapping;

/// <summary>How a column writes its numbers. Polish offices write "12 500 000,50"; sheets exported from other programs
/// write "12.500.000" (dots between thousands) or "3.75" (a dot for decimals). The text as printed is always kept; the
/// convention only says how to read it.</summary>
public enum NumberConvention
{
    /// <summary>Decide from the column's cells (<see cref="NumberConventions.Detect"/>).</summary>
    Auto,
    /// <summary>"12 500 000,50": spaces between thousands, a comma for decimals.</summary>
    Polish,
    /// <summary>"12.500.000" or "1.234,5": dots between thousands, a comma for decimals.</summary>
    DotThousands,
    /// <summary>"3.75" or "1,234.5": a dot for decimals, commas or spaces between thousands.</summary>
    DotDecimal,
}

public static partial class NumberConventions
{
    /// <summary>The convention a column's cells show: any "1.234,5" or a dot before exactly three digits in every dotted
    /// number ("12.500", "1.200.000") means dot thousands; any dot before one, two or four and more digits ("3.75",
    /// "0.5") means dot decimals; otherwise Polish. A column whose only dotted numbers are "1.500"-like is ambiguous and
    /// read as dot thousands — the wizard shows those cells among the doubtful ones.</summary>
    public static NumberConvention Detect(IEnumerable<string> cells)
    {
        bool thousands = false, decimals = false;
        foreach (var cell in cells)
        {
            foreach (Match m in Dotted().Matches(cell))
            {
                var text = m.Value;
                if (!text.Contains('.') || Date().IsMatch(text)) continue;
                if (text.Contains(',') && text.IndexOf(',') > text.LastIndexOf('.')) thousands = true; // 1.234,5
                else if (text.Contains(',') && text.IndexOf(',') < text.IndexOf('.')) decimals = true; // 1,234.5
                else if (text.Split('.').Skip(1).All(g => g.Length == 3)) thousands = true;
                else decimals = true;
            }
        }
        return decimals ? NumberConvention.DotDecimal : thousands ? NumberConvention.DotThousands : NumberConvention.Polish;
    }

    /// <summary>Why a cell's number may be read wrongly under <paramref name="convention"/>, or null: "1.500" may be one
    /// and a half or fifteen hundred.</summary>
    public static string? Ambiguity(string cell, NumberConvention convention) =>
        convention is NumberConvention.DotThousands or NumberConvention.DotDecimal && Ambiguous().IsMatch(cell)
            ? convention == NumberConvention.DotThousands ? "kropka odczytana jako separator tysięcy" : "kropka odczytana jako przecinek dziesiętny"
            : null;

    /// <summary>The cell's text rewritten the Polish way for the value reader ("12.500.000" → "12 500 000", "3.75%" →
    /// "3,75%"); words, markers and codes untouched. Polish and Auto (already resolved) leave the text as it is.</summary>
    /// (A scan rather than a regular expression: a 50 000-row sheet has 300 000 such cells, and a replacement per match
    /// allocated more than the reading itself.)
    public static string ToPolish(string cell, NumberConvention convention)
    {
        if (convention is not (NumberConvention.DotThousands or NumberConvention.DotDecimal) || cell.IndexOf('.') < 0) return cell;
        var text = cell.ToCharArray();
        var changed = false;
        for (var start = 0; start < text.Length;)
        {
            if (!char.IsAsciiDigit(text[start]) || (start > 0 && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] is '.' or ','))) { start++; continue; }
            // A number: digits with dots or commas between them ("12.500.000", "1,234.5"); a trailing dot is not part of it.
            var end = start;
            while (end < text.Length && (char.IsAsciiDigit(text[end]) || (text[end] is '.' or ',' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])))) end++;
            var number = cell.AsSpan(start, end - start);
            if (number.IndexOf('.') >= 0 && !Date().IsMatch(number))
            {
                for (var i = start; i < end; i++)
                {
                    if (convention == NumberConvention.DotThousands) { if (text[i] == '.') text[i] = ' '; }
                    else if (text[i] == ',') text[i] = ' ';
                    else if (text[i] == '.') text[i] = ',';
                }
                changed = true;
            }
            start = end;
        }
        return changed ? new string(text) : cell;
    }

    /// <summary>A number with dots or commas in it ("12.500.000", "1,234.5", "3.75"); dates are skipped where it is used.</summary>
    [GeneratedRegex(@"(?<![\d.,])\d+(?:[.,]\d+)+")]
    private static partial Regex Dotted();

    [GeneratedRegex(@"^\d{1,2}\.\d{1,2}\.\d{4}$")]
    private static partial Regex Date();

    [GeneratedRegex(@"(?<![\d.,])\d{1,3}\.\d{3}(?![\d.,])")]
    private static partial Regex Ambiguous();
}
