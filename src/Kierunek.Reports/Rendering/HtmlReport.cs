using Kierunek.Domain.Values;
using Kierunek.Reports.Model;
using System.Text;
using System.Text.Encodings.Web;

namespace Kierunek.Reports.Rendering;

/// <summary>One self-contained, accessible page (WCAG 2.1 AA): a language, headings in order, tables with
/// captions and scoped header cells, lists as lists, notes as numbered footnotes. The same page prints to
/// PDF: A4, header rows repeated on every page, wide sections on landscape pages.</summary>
public static class HtmlReport
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static string Render(Report report, HtmlCharts charts = HtmlCharts.Svg)
    {
        var page = new Page(charts, charts == HtmlCharts.Svg
            ? ChartImages.DrawAll(report, ChartImages.Svg)
            : ChartImages.DrawAll(report, c => Convert.ToBase64String(ChartImages.Png(c))));
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"pl\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(report.Title)).Append("</title>\n<style>").Append(Styles).Append("</style>\n</head>\n<body>\n<main>\n")
            .Append("<h1>").Append(E(report.Title)).Append("</h1>\n");
        if (report.Subtitle is { } subtitle) html.Append("<p class=\"subtitle\">").Append(E(subtitle)).Append("</p>\n");
        if (report.Source is { } source) html.Append("<p class=\"source\">").Append(E(source)).Append("</p>\n");
        if (report.Prepared is { } prepared)
            html.Append("<p class=\"source\">Sporządzono <time datetime=\"").Append(prepared.ToString("yyyy-MM-dd")).Append("\">")
                .Append(E(PolishFormat.Date(prepared))).Append("</time></p>\n");
        Contents(html, report);
        foreach (var section in report.Sections) Section(html, section, page);
        var notes = page.Notes;
        if (notes.Count > 0)
        {
            html.Append("<section class=\"footnotes\" aria-labelledby=\"przypisy\">\n<h2 id=\"przypisy\">Przypisy</h2>\n<ol>\n");
            for (var i = 0; i < notes.Count; i++)
                html.Append("<li id=\"p").Append(i + 1).Append("\">").Append(E(notes[i])).Append("</li>\n");
            html.Append("</ol>\n</section>\n");
        }
        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    /// <summary>What the page collects while it is written: footnotes in order, charts numbered.</summary>
    private sealed class Page(HtmlCharts charts, IReadOnlyDictionary<Chart, string> drawn)
    {
        public List<string> Notes { get; } = [];
        public HtmlCharts Charts { get; } = charts;
        /// <summary>Each chart as SVG, or as base64 PNG for print.</summary>
        public IReadOnlyDictionary<Chart, string> Drawn { get; } = drawn;
        public int ChartCount { get; set; }
        public int SectionCount { get; set; }
    }

    private static void Section(StringBuilder html, Section section, Page page)
    {
        var level = Math.Clamp(section.Level, 2, 6);
        var id = ++page.SectionCount;
        html.Append("<section id=\"r").Append(id).Append(section.Landscape ? "\" class=\"landscape\">\n" : "\">\n")
            .Append($"<h{level}>").Append(E(section.Heading)).Append($"</h{level}>\n");
        foreach (var block in section.Blocks)
        {
            switch (block)
            {
                case Paragraph p: html.Append("<p>").Append(E(p.Text)).Append("</p>\n"); break;
                case BulletList l: List(html, l.Items); break;
                case Table t: Table(html, t, page.Notes); break;
                case Chart c: Figure(html, c, page); break;
                case Section s: Section(html, s, page); break;
            }
        }
        html.Append("</section>\n");
    }

    /// <summary>The contents on the first page: a link to every top-level section (numbered as
    /// <see cref="Section"/> numbers them, depth first).</summary>
    private static void Contents(StringBuilder html, Report report)
    {
        if (report.Sections.Count < 2) return;
        html.Append("<nav class=\"contents\" aria-labelledby=\"spis\">\n<h2 id=\"spis\">Spis treści</h2>\n<ol>\n");
        var id = 0;
        foreach (var section in report.Sections)
        {
            html.Append("<li><a href=\"#r").Append(++id).Append("\">").Append(E(section.Heading)).Append("</a></li>\n");
            id += Nested(section);
        }
        html.Append("</ol>\n</nav>\n");

        static int Nested(Section section) => section.Blocks.OfType<Section>().Sum(s => 1 + Nested(s));
    }

    /// <summary>A chart as a figure: the picture names itself by its title and description (inline SVG
    /// with &lt;title&gt; and &lt;desc&gt;, or an image with alt text), the caption says both for everyone.</summary>
    private static void Figure(StringBuilder html, Chart chart, Page page)
    {
        var id = "wykres" + ++page.ChartCount;
        html.Append("<figure class=\"chart\">\n");
        if (page.Charts == HtmlCharts.Svg) html.Append(InlineSvg(page.Drawn[chart], chart, id));
        else
            html.Append("<img src=\"data:image/png;base64,").Append(page.Drawn[chart])
                .Append("\" width=\"").Append(ChartImages.Width).Append("\" height=\"").Append(ChartImages.Height)
                .Append("\" alt=\"").Append(E(chart.Description)).Append("\">");
        Caption(html, chart);
    }

    /// <summary>One chart as a figure with inline SVG, for pages other than a report (the web application).</summary>
    public static string Figure(Chart chart, string id)
    {
        var html = new StringBuilder("<figure class=\"chart\">\n").Append(InlineSvg(ChartImages.Svg(chart), chart, id));
        Caption(html, chart);
        return html.ToString();
    }

    private static void Caption(StringBuilder html, Chart chart) =>
        html.Append("\n<figcaption><strong>").Append(E(chart.Title)).Append("</strong> ").Append(E(chart.Description)).Append("</figcaption>\n</figure>\n");

    /// <summary>ScottPlot's SVG made fit for a page with several charts: ids made unique (clip paths
    /// share names across charts), scalable, announced as one image with a title and a description.</summary>
    private static string InlineSvg(string svg, Chart chart, string id)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        var open = svg.IndexOf('>', start);
        var body = svg[(open + 1)..].Replace("id=\"", $"id=\"{id}-").Replace("url(#", $"url(#{id}-");
        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {ChartImages.Width} {ChartImages.Height}\" role=\"img\" "
               + $"aria-labelledby=\"{id}-t {id}-d\"><title id=\"{id}-t\">{E(chart.Title)}</title><desc id=\"{id}-d\">{E(chart.Description)}</desc>"
               + body;
    }

    private static void Table(StringBuilder html, Table table, List<string> notes)
    {
        // A wide table scrolls sideways on a narrow screen; as a focusable, named region the keyboard can scroll it too.
        html.Append("<div class=\"table\" tabindex=\"0\" role=\"region\" aria-label=\"").Append(E(table.Caption)).Append("\"><table>\n<caption>").Append(E(table.Caption)).Append("</caption>\n<thead>\n");
        foreach (var header in table.HeaderRows)
        {
            html.Append("<tr>");
            foreach (var h in header)
                html.Append("<th scope=\"col\"").Append(Span("colspan", h.ColumnSpan)).Append(Span("rowspan", h.RowSpan)).Append('>').Append(E(h.Text)).Append("</th>");
            html.Append("</tr>\n");
        }
        html.Append("</thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append(row.Kind switch { RowKind.Group => "<tr class=\"group\">", RowKind.Total => "<tr class=\"total\">", _ => "<tr>" });
            for (var i = 0; i < row.Cells.Count; i++)
            {
                var cell = row.Cells[i];
                var isRowHeader = i == 0; // the first column names the row (an indicator, an action, a goal)
                var tag = isRowHeader ? "th" : "td";
                html.Append('<').Append(tag);
                if (isRowHeader) html.Append(row.Kind == RowKind.Group ? " scope=\"colgroup\"" : " scope=\"row\"");
                html.Append(Span("colspan", cell.ColumnSpan));
                // Numbers align right; a short one never breaks ("1 234 567,89 zł"), a number with words may.
                if (cell.Number is not null && cell.Items.Count == 0) html.Append(cell.Text.Length <= 20 ? " class=\"num short\"" : " class=\"num\"");
                html.Append('>');
                Cell(html, cell, notes);
                html.Append("</").Append(tag).Append('>');
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table></div>\n");
    }

    private static void Cell(StringBuilder html, ReportCell cell, List<string> notes)
    {
        html.Append(E(cell.Text));
        if (cell.Items.Count > 0) List(html, cell.Items);
        if (cell.Warning is { } warning)
            html.Append("<span class=\"warning\" role=\"note\"> ⚠ ").Append(E(warning)).Append("</span>");
        if (cell.Footnote is { } note)
        {
            // The same note (a data source shared by a goal's indicators) is printed once and referred to again.
            var number = notes.IndexOf(note) + 1;
            if (number == 0) { notes.Add(note); number = notes.Count; }
            html.Append("<sup><a href=\"#p").Append(number).Append("\" aria-label=\"przypis ").Append(number).Append("\">")
                .Append(number).Append("</a></sup>");
        }
    }

    private static void List(StringBuilder html, IReadOnlyList<string> items)
    {
        html.Append("<ul>");
        foreach (var item in items) html.Append("<li>").Append(E(item)).Append("</li>");
        html.Append("</ul>");
    }

    private static string Span(string name, int value) => value > 1 ? $" {name}=\"{value}\"" : "";

    private static string E(string text) => Encoder.Encode(text);

    // Contrast: text #1a1a1a and links #0b4f8a on white, headers on #e8eef5 — all above 4.5:1.
    private const string Styles = """

        body { font-family: "Liberation Sans", Arial, sans-serif; color: #1a1a1a; background: #fff; margin: 0; }
        main { max-width: 100rem; margin: 0 auto; padding: 1.5rem; }
        h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; margin-top: 2rem; } h3 { font-size: 1.1rem; }
        .subtitle { font-size: 1.1rem; } .source { color: #444; font-size: .9rem; }
        a { color: #0b4f8a; } a:focus { outline: 3px solid #b35900; outline-offset: 2px; }
        .table { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: .9rem; }
        caption { text-align: left; font-weight: bold; padding: .5rem 0; }
        th, td { border: 1px solid #767676; padding: .3rem .5rem; vertical-align: top; text-align: left; }
        thead th { background: #e8eef5; }
        tbody th { font-weight: normal; }
        td.num { text-align: right; } td.short { white-space: nowrap; }
        tr.group th { background: #f2f2f2; font-weight: bold; }
        tr.total th, tr.total td { font-weight: bold; border-top: 2px solid #1a1a1a; }
        td ul, th ul { margin: 0; padding-left: 1.1rem; }
        .warning { color: #8a1c00; font-weight: bold; white-space: normal; }
        .footnotes { font-size: .85rem; }
        .contents ol { padding-left: 1.5rem; } .contents li { margin: .2rem 0; }
        figure.chart { margin: 1rem 0; max-width: 50rem; break-inside: avoid; }
        figure.chart svg, figure.chart img { width: 100%; height: auto; display: block; border: 1px solid #d0d0d0; }
        figcaption { font-size: .9rem; margin-top: .4rem; }
        @page { size: A4; margin: 15mm 12mm 18mm; }
        @page wide { size: A4 landscape; }
        @media print {
          main { max-width: none; padding: 0; }
          .landscape { page: wide; }
          thead { display: table-header-group; }
          tr { break-inside: avoid; }
          .table { overflow: visible; }
        }

        """;
}

/// <summary>How a page carries its charts: inline SVG for the web, PNG where the page is printed.</summary>
public enum HtmlCharts { Svg, Png }
