using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Kierunek.Domain.Values;

/// <summary>Reads numbers the way Polish offices print them: "1 234 567,89", "2.511" (= 2511),
/// "1.128.611,65", "0,01", "2486". A dot followed by exactly three digits is a thousands
/// separator (seed 004); a comma is the decimal separator.</summary>
public static partial class PolishNumber
{
    /// <summary>One number token inside running text; used to find the parts of a breakdown.
    /// A number glued to a word by a hyphen is part of a name ("SARS-CoV-2"), not a quantity.</summary>
    public const string TokenPattern =
        @"(?<![\p{L}\d.,])(?<!\p{L}-)(?:\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:,\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?|\d+\.\d{1,2})(?![\p{L}\d]|[.,]\d)";

    [GeneratedRegex(@"^\d+$")] private static partial Regex Plain();
    [GeneratedRegex(@"^\d{1,3}( \d{3})+(,\d+)?$")] private static partial Regex SpaceGrouped();
    [GeneratedRegex(@"^\d+,\d+$")] private static partial Regex DecimalComma();
    [GeneratedRegex(@"^\d{1,3}(\.\d{3})+(,\d+)?$")] private static partial Regex DotGrouped();
    [GeneratedRegex(@"^\d+\.\d{1,2}$")] private static partial Regex DecimalDot();

    public const string DotThousandsRemark = "kropka jako separator tysięcy";
    public const string DecimalDotRemark = "kropka jako separator dziesiętny";

    public static bool TryParse(string text, out decimal value) => TryParse(text, out value, out _);

    /// <param name="remark">How an unusual form was read, or null.</param>
    public static bool TryParse(string text, out decimal value, out string? remark)
    {
        value = 0;
        remark = null;
        var s = FoldSpaces(text).Trim();
        var negative = false;
        if (s.Length > 1 && (s[0] == '-' || s[0] == '−'))
        {
            negative = true;
            s = s[1..].TrimStart();
        }

        string invariant;
        if (Plain().IsMatch(s) || DecimalComma().IsMatch(s) || SpaceGrouped().IsMatch(s))
            invariant = s.Replace(" ", "").Replace(',', '.');
        else if (DotGrouped().IsMatch(s))
        {
            invariant = s.Replace(".", "").Replace(',', '.');
            remark = DotThousandsRemark;
        }
        else if (DecimalDot().IsMatch(s))
        {
            invariant = s;
            remark = DecimalDotRemark;
        }
        else
            return false;

        if (!decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
            return false;
        if (negative) value = -value;
        return true;
    }

    /// <summary>Non-breaking and thin spaces become plain spaces, runs of white space one space.</summary>
    public static string FoldSpaces(string text) =>
        // Nothing to fold in most texts; the regex would still match (and "replace") every single space.
        text.AsSpan().IndexOfAny(SpaceVariants) < 0 && !text.Contains("  ", StringComparison.Ordinal) ? text
            : WhiteSpaceRun().Replace(text.Replace('\u00A0', ' ').Replace('\u202F', ' ').Replace('\u2009', ' '), " ");

    private static readonly SearchValues<char> SpaceVariants = SearchValues.Create("\t\u00A0\u202F\u2009");

    [GeneratedRegex(@"[ \t]+")] private static partial Regex WhiteSpaceRun();
}
