using Kierunek.Domain.Territory;
using Kierunek.Reports.Rendering;
using System.Xml.Linq;

namespace Kierunek.Reports.Tests.Rendering;

/// <summary>The server-drawn map: one named path per unit in its class's colour, a link where given, a title and a
/// description for the image, a legend with every class and "brak danych" only when a unit has none.</summary>
public class ChoroplethMapTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly MapClass[] Classes = [new("niskie", "#1a9850"), new("średnie", "#fee08b"), new("wysokie", "#d73027")];

    private static Boundary Square(string code, string name, double lon, double lat) =>
        new(code, name, [[new(lon, lat), new(lon + 1, lat), new(lon + 1, lat + 1), new(lon, lat + 1), new(lon, lat)]]);

    [Fact]
    public void Each_unit_is_one_named_path_in_its_classs_colour_and_the_legend_says_what_each_colour_means()
    {
        MapArea[] areas =
        [
            new(Square("0601", "powiat bialski", 22, 51), 0, "0,12 — niskie", "/ozps/0601"),
            new(Square("0602", "powiat biłgorajski", 23, 51), 2, "0,91 — wysokie"),
            new(Square("0603", "powiat chełmski", 22, 50), null, "brak danych"),
        ];

        var map = XElement.Parse(ChoroplethMap.Svg("mapa", "Barometr ubóstwa 2024 — lubelskie", "Powiaty według średniego indeksu gmin.", areas, Classes));

        Assert.Equal("group", map.Attribute("role")!.Value); // one of its units is a link
        Assert.Equal("Barometr ubóstwa 2024 — lubelskie", map.Element(Svg + "title")!.Value);
        Assert.Equal("mapa-tytul mapa-opis", map.Attribute("aria-labelledby")!.Value);
        var paths = map.Descendants(Svg + "path").ToList();
        Assert.Equal(["#1a9850", "#d73027", ChoroplethMap.NoDataColor], paths.Select(p => p.Attribute("fill")!.Value));
        Assert.Equal("powiat bialski: 0,12 — niskie", paths[0].Element(Svg + "title")!.Value);
        Assert.Equal("/ozps/0601", paths[0].Parent!.Attribute("href")!.Value);
        Assert.Equal(["niskie", "średnie", "wysokie", "brak danych"], map.Descendants(Svg + "text").Select(t => t.Value));
        // West of east and north above south: the bialski square (22° E, 51° N) is left of biłgorajski and above chełmski.
        double X(XElement p) => double.Parse(p.Attribute("d")!.Value[1..].Split(',')[0], System.Globalization.CultureInfo.InvariantCulture);
        double Y(XElement p) => double.Parse(p.Attribute("d")!.Value.Split(' ')[0].Split(',')[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(X(paths[0]) < X(paths[1]));
        Assert.True(Y(paths[0]) < Y(paths[2]));
    }

    [Fact]
    public void A_map_without_links_is_one_image() =>
        Assert.Equal("img", XElement.Parse(ChoroplethMap.Svg("m", "t", "d", [new(Square("06", "lubelskie", 22, 50), 1, "0,5")], Classes)).Attribute("role")!.Value);

    [Fact]
    public void Without_a_unit_lacking_data_the_legend_has_no_such_entry() =>
        Assert.DoesNotContain("brak danych", ChoroplethMap.Svg("m", "t", "d", [new(Square("06", "lubelskie", 22, 50), 1, "0,5")], Classes));
}
