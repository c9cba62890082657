using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Kierunek.Import.Strategies.Interpreters;

/// <summary>Stable URL-safe keys from Polish titles: "Miasta Lublin 2014 - 2020" → "miasta-lublin-2014-2020".</summary>
public static partial class DocumentKeys
{
    public static string Slug(string text, int maxLength = 80)
    {
        var decomposed = text.Replace('ł', 'l').Replace('Ł', 'L').Normalize(NormalizationForm.FormD);
        var ascii = new string(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
        var slug = NonAlphanumeric().Replace(ascii.ToLowerInvariant(), "-").Trim('-');
        return slug.Length <= maxLength ? slug : slug[..maxLength].TrimEnd('-');
    }

    /// <summary>"2014 - 2020", "2011-2020", "2016 – 2020" → (2014, 2020).</summary>
    public static (int From, int To)? YearRange(string text)
    {
        var m = Range().Match(text);
        return m.Success ? (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value)) : null;
    }

    [GeneratedRegex(@"[^a-z0-9]+")] private static partial Regex NonAlphanumeric();
    [GeneratedRegex(@"((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})")] private static partial Regex Range();
}
