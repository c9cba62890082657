using System.Text.RegularExpressions;
using Kierunek.Import.Reading;

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

    [GeneratedRegex(@"^\d{1,3}$")] private static partial Regex PageNumber();
    [GeneratedRegex(@"^\s*-{2,}\s*(\t\s*-{2,}\s*)*$")] private static partial Regex MarkdownRule();
}
