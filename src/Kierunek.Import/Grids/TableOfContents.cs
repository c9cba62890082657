using Kierunek.Domain.Results;
using Kierunek.Import.Reading;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Kierunek.Import.Grids;

/// <summary>A document's own table of contents ("Spis treści:" then "Wnioski i rekomendacje.....	22") says which
/// sections it has. A file that ends before one of them was cut: every row of what is left may be whole, so only
/// the document's own promise shows it (seed 002 cut in its conclusions).</summary>
public static partial class TableOfContents
{
    /// <summary>The first section the contents list that the text after them never starts; null when there are no
    /// contents or every section is there.</summary>
    public static Error? FindMissingSection(SourceText source)
    {
        var lines = source.Lines;
        var start = -1;
        for (var i = 0; i < lines.Count && start < 0; i++)
            if (ContentsHeading().IsMatch(Plain(lines[i]))) start = i;
        if (start < 0) return null;

        var entries = new List<(string Title, string Page)>();
        var end = start + 1;
        for (; end < lines.Count; end++)
        {
            var text = lines[end].Trim();
            if (text.Length == 0) continue;
            if (Entry().Match(text) is not { Success: true } m) break;
            entries.Add((m.Groups["title"].Value.Trim(), m.Groups["page"].Value));
        }
        if (entries.Count < 2) return null;

        var next = end;
        foreach (var (title, page) in entries)
        {
            var wanted = Key(title);
            var found = -1;
            for (var i = next; i < lines.Count && found < 0; i++)
                if (!lines[i].Contains('\t') && Key(lines[i]) == wanted) found = i;
            if (found < 0)
            {
                var last = LastTextLine(lines);
                return new Error(new SourceLocation(source.FileName, last), ImportErrorCodes.TruncatedDocument,
                    $"Spis treści zapowiada część „{Shorten(title)}” (s. {page}), a dokument kończy się w wierszu {last} bez niej: plik wygląda na ucięty. Zapisz dokument ponownie w całości.");
            }
            next = found + 1;
        }
        return null;
    }

    private static int LastTextLine(IReadOnlyList<string> lines)
    {
        for (var i = lines.Count - 1; i >= 0; i--)
            if (lines[i].Trim().Length > 0) return i + 1;
        return 1;
    }

    private static string Plain(string line) => line.Replace("*", "").Trim();

    /// <summary>A heading compared by its first three words, without case, bold marks, punctuation or repeated spaces:
    /// the contents print "Spis tabel" and "Cel szczegółowy 3. Ograniczenie", the body "Spis Tabel" and
    /// "CEL SZCZEGÓŁOWY 3: Ograniczenie"; the rest of a title is often worded differently in the two places.</summary>
    private static string Key(string text) =>
        string.Join(" ", Words().Matches(Plain(text).ToLower(CultureInfo.GetCultureInfo("pl-PL"))).Take(3).Select(m => m.Value));

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";

    [GeneratedRegex(@"^Spis treści:?$", RegexOptions.IgnoreCase)] private static partial Regex ContentsHeading();
    [GeneratedRegex(@"^(?<title>.+?)(?:\s*\.{3,}\s*|\s*\t\s*)(?<page>\d{1,4})$")] private static partial Regex Entry();
    [GeneratedRegex(@"[\p{L}\p{N}]+")] private static partial Regex Words();
}
