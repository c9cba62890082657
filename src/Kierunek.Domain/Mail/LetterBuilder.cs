using System.Text;
using System.Text.Encodings.Web;

namespace Kierunek.Domain.Mail;

/// <summary>Writes one letter in both forms at once, block by block, so the plain text and the HTML can never say
/// different things. HTML is escaped here (names and reasons are typed by people) and kept simple: mail programs
/// render little CSS, and a screen reader reads headings, lists and links.</summary>
public sealed class LetterBuilder
{
    private readonly StringBuilder text = new();
    private readonly StringBuilder html = new();
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public LetterBuilder Paragraph(string line)
    {
        text.Append(line).Append("\n\n");
        html.Append("<p>").Append(Encode(line)).Append("</p>\n");
        return this;
    }

    public LetterBuilder Heading(string line)
    {
        text.Append(line).Append('\n').Append(new string('-', Math.Min(line.Length, 60))).Append("\n\n");
        html.Append("<h2 style=\"font-size:1.1em\">").Append(Encode(line)).Append("</h2>\n");
        return this;
    }

    /// <summary>A list; past <paramref name="limit"/> items the rest is counted ("… i 12 innych"), the link shows them all.</summary>
    public LetterBuilder List(IReadOnlyList<string> items, int limit = 30)
    {
        if (items.Count == 0) return this;
        var shown = items.Take(limit).ToList();
        html.Append("<ul>\n");
        foreach (var item in shown)
        {
            text.Append("– ").Append(item).Append('\n');
            html.Append("<li>").Append(Encode(item)).Append("</li>\n");
        }
        if (items.Count > shown.Count)
        {
            var more = $"… i {Language.PolishPlural.Of(items.Count - shown.Count, "inna pozycja", "inne pozycje", "innych pozycji")}";
            text.Append(more).Append('\n');
            html.Append("<li>").Append(Encode(more)).Append("</li>\n");
        }
        text.Append('\n');
        html.Append("</ul>\n");
        return this;
    }

    public LetterBuilder Link(string label, string url)
    {
        text.Append(label).Append(":\n").Append(url).Append("\n\n");
        html.Append("<p><a href=\"").Append(Encode(url)).Append("\">").Append(Encode(label)).Append("</a></p>\n");
        return this;
    }

    /// <summary>Someone's own words (a reviewer's reason, the coordinator's message), set apart and attributed.</summary>
    public LetterBuilder Quote(string who, string words)
    {
        text.Append(who).Append(":\n").Append(string.Join('\n', words.Split('\n').Select(l => "> " + l.TrimEnd('\r')))).Append("\n\n");
        html.Append("<p>").Append(Encode(who)).Append(":</p>\n<blockquote style=\"border-left:3px solid #999;margin-left:0;padding-left:1em\">")
            .Append(Encode(words).Replace("\n", "<br>")).Append("</blockquote>\n");
        return this;
    }

    public Letter Build(string subject)
    {
        const string footer = "Wiadomość wysłana automatycznie przez system Kierunek — prosimy na nią nie odpowiadać.";
        var body = text.ToString() + "-- \n" + footer + "\n";
        var page = "<!DOCTYPE html>\n<html lang=\"pl\"><head><meta charset=\"utf-8\"><title>" + Encode(subject) + "</title></head>\n"
            + "<body style=\"font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:40em\">\n"
            + html + "<hr><p style=\"font-size:0.875em;color:#555\">" + Encode(footer) + "</p>\n</body></html>\n";
        return new Letter(subject, body, page);
    }

    private static string Encode(string s) => Encoder.Encode(s);
}
