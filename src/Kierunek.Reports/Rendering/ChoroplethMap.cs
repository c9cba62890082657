using Kierunek.Domain.Territory;
using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace Kierunek.Reports.Rendering;

/// <summary>One class of a map's legend: what it means and its colour.</summary>
public sealed record MapClass(string Label, string Color);

/// <summary>A unit on the map: its outline, its class (null: no data) and its value in words for the tooltip and the
/// accessible name ("powiat lubartowski: 0,42 — zagrożenie niskie"); optionally the page a click opens.</summary>
public sealed record MapArea(Boundary Boundary, int? Class, string Value, string? Link = null);

/// <summary>A choropleth drawn on the server as inline SVG — no script, no tiles, no third-party request: each unit one
/// path filled with its class's colour, named by a title (what a screen reader and a mouse-over say) and optionally a
/// link; a title and a description for the whole image; a legend with every class and "brak danych" when a unit has
/// none. The page shows the same numbers as a table beside it. Longitude is scaled by the cosine of the middle
/// latitude, so Poland keeps its shape.</summary>
public static class ChoroplethMap
{
    public const string NoDataColor = "#d9d9d9";
    private const double Width = 640, LegendRow = 22, Margin = 8;

    public static string Svg(string id, string title, string description, IReadOnlyList<MapArea> areas, IReadOnlyList<MapClass> classes)
    {
        var points = areas.SelectMany(a => a.Boundary.Rings.SelectMany(r => r)).ToList();
        if (points.Count == 0) throw new ArgumentException("Mapa bez obszarów.", nameof(areas));
        var (minLon, maxLon) = (points.Min(p => p.Longitude), points.Max(p => p.Longitude));
        var (minLat, maxLat) = (points.Min(p => p.Latitude), points.Max(p => p.Latitude));
        var aspect = Math.Cos((minLat + maxLat) / 2 * Math.PI / 180);
        var scale = (Width - 2 * Margin) / ((maxLon - minLon) * aspect);
        var mapHeight = (maxLat - minLat) * scale + 2 * Margin;
        var legend = classes.Select(c => (c.Label, c.Color)).ToList();
        if (areas.Any(a => a.Class is null)) legend.Add(("brak danych", NoDataColor));
        var height = mapHeight + Margin + legend.Count * LegendRow;

        XNamespace svg = "http://www.w3.org/2000/svg";
        string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        string Path(Boundary b)
        {
            var d = new StringBuilder();
            foreach (var ring in b.Rings)
            {
                for (var i = 0; i < ring.Count; i++)
                    d.Append(i == 0 ? 'M' : 'L').Append(F(Margin + (ring[i].Longitude - minLon) * aspect * scale)).Append(',')
                        .Append(F(Margin + (maxLat - ring[i].Latitude) * scale)).Append(' ');
                d.Append("Z ");
            }
            return d.ToString().TrimEnd();
        }

        var root = new XElement(svg + "svg",
            new XAttribute("viewBox", $"0 0 {F(Width)} {F(height)}"), 
            // An image, unless its units are links: an image's content is not interactive, so a map one can click is a group.
            new XAttribute("role", areas.Any(a => a.Link is not null) ? "group" : "img"),
            new XAttribute("aria-labelledby", $"{id}-tytul {id}-opis"), new XAttribute("class", "map"),
            new XElement(svg + "title", new XAttribute("id", $"{id}-tytul"), title),
            new XElement(svg + "desc", new XAttribute("id", $"{id}-opis"), description));
        foreach (var area in areas)
        {
            var path = new XElement(svg + "path", new XAttribute("d", Path(area.Boundary)),
                new XAttribute("fill", area.Class is { } c ? classes[c].Color : NoDataColor), new XAttribute("stroke", "#6b6b6b"), new XAttribute("stroke-width", "0.6"),
                new XAttribute("data-teryt", area.Boundary.Code),
                new XElement(svg + "title", $"{area.Boundary.Name}: {area.Value}"));
            root.Add(area.Link is { } link
                ? new XElement(svg + "a", new XAttribute("href", link), new XAttribute("aria-label", $"{area.Boundary.Name}: {area.Value}"), path)
                : path);
        }
        var legendGroup = new XElement(svg + "g", new XAttribute("class", "legend"));
        for (var i = 0; i < legend.Count; i++)
        {
            var y = mapHeight + Margin + i * LegendRow;
            legendGroup.Add(
                new XElement(svg + "rect", new XAttribute("x", F(Margin)), new XAttribute("y", F(y)), new XAttribute("width", "16"), new XAttribute("height", "16"),
                    new XAttribute("fill", legend[i].Color), new XAttribute("stroke", "#595959")),
                new XElement(svg + "text", new XAttribute("x", F(Margin + 24)), new XAttribute("y", F(y + 13)), new XAttribute("font-size", "14"),
                    new XAttribute("fill", "#1a1a1a"), legend[i].Label));
        }
        root.Add(legendGroup);
        return root.ToString(SaveOptions.DisableFormatting);
    }
}
