using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using System.Text.RegularExpressions;

namespace Kierunek.Import.Grids;

/// <summary>Reads a cell's HTML fragment (&lt;p&gt;, &lt;ul&gt;&lt;li&gt;, &lt;div&gt;, &lt;b&gt;) into
/// paragraphs and list items. Cells cut off inside a tag ("… &lt;/p&gt; &lt;p") are tolerated:
/// AngleSharp parses them the way a browser would.</summary>
public static partial class CellText
{
    private static readonly HtmlParser Parser = new();
    private static readonly HashSet<string> BlockTags = ["P", "DIV", "LI", "UL", "OL", "BR", "TR", "TD", "H1", "H2", "H3", "H4", "B"];

    public static Cell Parse(string raw)
    {
        if (raw.Length == 0) return Cell.Empty;
        // A Word or Excel cell of several paragraphs comes as one line with paragraph breaks (Reading/WordFile).
        if (raw.Contains(Reading.WordFile.ParagraphBreak)) raw = raw.Replace(Reading.WordFile.ParagraphBreak, '\n');
        if (!LooksLikeHtml(raw)) return FromPlain(raw, raw);

        var document = Parser.ParseDocument("<body>" + raw + "</body>");
        var lines = new List<string>();
        var items = new List<string>();
        var current = new System.Text.StringBuilder();
        Walk(document.Body!, lines, items, current);
        Flush(lines, current);
        var text = string.Join("\n", lines.Where(l => l.Length > 0));
        if (items.Count == 0) items.AddRange(BulletItems(text));
        return new Cell(raw, text, items);
    }

    private static void Walk(INode node, List<string> lines, List<string> items, System.Text.StringBuilder current)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                current.Append(t.Data);
                continue;
            }
            if (child is not IElement e) continue;
            var block = BlockTags.Contains(e.TagName) && e.TagName != "B";
            if (block) Flush(lines, current);
            if (e.TagName == "LI")
            {
                var item = Domain.Values.ValueReader.Fold(e.TextContent).TrimStart('•', '-', '–', ' ');
                if (item.Length > 0) items.Add(item);
            }
            Walk(e, lines, items, current);
            if (block) Flush(lines, current);
        }
    }

    private static void Flush(List<string> lines, System.Text.StringBuilder current)
    {
        var line = Domain.Values.ValueReader.Fold(current.ToString());
        if (line.Length > 0) lines.Add(line);
        current.Clear();
    }

    private static Cell FromPlain(string raw, string text)
    {
        var folded = string.Join("\n", text.Split('\n').Select(Domain.Values.ValueReader.Fold).Where(l => l.Length > 0));
        return new Cell(raw, folded, BulletItems(folded));
    }

    /// <summary>"• 116 rodzin • 421 osób" → two items. Text before the first bullet is not an item.</summary>
    private static IReadOnlyList<string> BulletItems(string text)
    {
        if (!text.Contains('•')) return [];
        return text.Split('•').Skip(1).Select(Domain.Values.ValueReader.Fold).Where(s => s.Length > 0).ToList();
    }

    private static bool LooksLikeHtml(string raw) =>
        raw.Contains('<') && HtmlTag().IsMatch(raw);

    [GeneratedRegex(@"</?(p|ul|ol|li|div|b|br|span|strong|em|i)\b", RegexOptions.IgnoreCase)] private static partial Regex HtmlTag();
}
