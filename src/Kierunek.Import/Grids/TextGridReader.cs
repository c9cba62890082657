using Kierunek.Domain.Results;
using Kierunek.Import.Reading;
using System.Text.RegularExpressions;

namespace Kierunek.Import.Grids;

/// <summary>Turns tab-separated table text exported from Word into a <see cref="Grid"/>:
/// page numbers, running headers and markdown separator rows are dropped, and the row
/// after them is marked as following a page break.</summary>
public static partial class TextGridReader
{
    public static Grid Read(SourceText source)
    {
        var runningHeaders = RunningHeaders(source.Lines);
        var rows = new List<GridRow>();
        var breakPending = false;
        for (var i = 0; i < source.Lines.Count; i++)
        {
            var line = source.Lines[i].TrimEnd('\r');
            if (IsNoise(line, runningHeaders))
            {
                breakPending = true;
                continue;
            }
            var cells = line.Split('\t').Select(CellText.Parse).ToList();
            rows.Add(new GridRow(i + 1, cells, breakPending));
            breakPending = false;
        }
        return new Grid(source.FileName, rows);
    }

    /// <summary>A file cut in the middle of a row (a broken copy or download) ends without a newline
    /// in a table row shorter than the row above it, in a bare first cell under a table row, or inside an HTML
    /// cell that never closes.
    /// Such a file must not import as a shorter document.</summary>
    public static Error? FindTruncatedLastRow(SourceText source)
    {
        var lines = source.Lines;
        if (lines.Count == 0 || lines[^1].Trim().Length == 0) return null;
        var last = lines[^1].TrimEnd('\r');
        var at = new SourceLocation(source.FileName, lines.Count);
        if (!last.Contains('\t'))
        {
            // The cut fell in the first cell of a row: a bare fragment under a table row (a page break may put a blank
            // line between them), no newline after it.
            var previous = lines.Take(lines.Count - 1).LastOrDefault(l => l.Trim().Length > 0) ?? "";
            return previous.Split('\t').Length >= 3
                ? new Error(at, ImportErrorCodes.TruncatedRow,
                    $"Plik kończy się fragmentem „{Shorten(last.Trim())}” pod wierszem tabeli, bez pozostałych komórek i bez znaku nowego wiersza: plik wygląda na ucięty. Zapisz tabelę z Worda ponownie.")
                : null;
        }
        var cells = last.Split('\t');
        if (cells.FirstOrDefault(HasUnclosedHtml) is { } open)
            return new Error(at, ImportErrorCodes.TruncatedRow,
                $"Ostatni wiersz urywa się w środku komórki „{Shorten(CellText.Parse(open).Flat)}” (niezamknięty znacznik HTML): plik wygląda na ucięty. Zapisz tabelę z Worda ponownie.");
        var above = lines.Take(lines.Count - 1).LastOrDefault(l => l.Contains('\t'));
        var width = above?.Split('\t').Length ?? 0;
        if (width >= 3 && cells.Length < width)
            return new Error(at, ImportErrorCodes.TruncatedRow,
                $"Ostatni wiersz ma {cells.Length} z {width} komórek wiersza powyżej i plik nie kończy się znakiem nowego wiersza: plik wygląda na ucięty. Zapisz tabelę z Worda ponownie.");
        return null;
    }

    private static bool HasUnclosedHtml(string cell) =>
        OpeningTag().Matches(cell).Count > ClosingTag().Matches(cell).Count;

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static bool IsNoise(string line, HashSet<string> runningHeaders)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0) return true;
        if (!line.Contains('\t'))
            return PageNumber().IsMatch(trimmed) || runningHeaders.Contains(trimmed) || (trimmed.Length <= 2 && trimmed.All(char.IsLetter));
        return MarkdownRule().IsMatch(line);
    }

    /// <summary>Long single-cell lines printed more than once are page headers
    /// ("Załącznik do uchwały Nr CCXXXIV/4594/2017 …").</summary>
    private static HashSet<string> RunningHeaders(IReadOnlyList<string> lines) =>
        lines.Where(l => !l.Contains('\t'))
            .Select(l => l.Trim())
            .Where(l => l.Length >= 20 && l.Any(char.IsLetter))
            .GroupBy(l => l)
            .Where(g => g.Count() >= 2)
            .Select(g => g.Key)
            .ToHashSet();

    [GeneratedRegex(@"<(p|ul|ol|li)(\s[^>]*)?>", RegexOptions.IgnoreCase)] private static partial Regex OpeningTag();
    [GeneratedRegex(@"</(p|ul|ol|li)>", RegexOptions.IgnoreCase)] private static partial Regex ClosingTag();
    [GeneratedRegex(@"^\d{1,3}$")] private static partial Regex PageNumber();
    [GeneratedRegex(@"^\s*-{2,}\s*(\t\s*-{2,}\s*)*$")] private static partial Regex MarkdownRule();
}
