using Kierunek.Domain.Territory;
using System.Text.Json;

namespace Kierunek.Import.Territory;

/// <summary>Reads the GeoJSON boundaries shipped inside this assembly: the 380 powiats and 16 voivodeships, each
/// feature with its TERYT code ("teryt") and name ("nazwa"); Polygon and MultiPolygon, outer rings only (the simplified
/// outlines have no holes worth drawing).</summary>
public static class BoundaryFile
{
    private static readonly Lazy<IReadOnlyList<Boundary>> ShippedPowiats = new(() => Read(Resource("powiaty.geojson")));
    private static readonly Lazy<IReadOnlyList<Boundary>> ShippedVoivodeships = new(() => Read(Resource("wojewodztwa.geojson")));

    public static IReadOnlyList<Boundary> Powiats => ShippedPowiats.Value;
    public static IReadOnlyList<Boundary> Voivodeships => ShippedVoivodeships.Value;

    /// <summary>The powiats of one voivodeship (by its two-digit code).</summary>
    public static IReadOnlyList<Boundary> PowiatsOf(string voivodeship) => Powiats.Where(b => b.Code.StartsWith(voivodeship, StringComparison.Ordinal)).ToList();

    public static IReadOnlyList<Boundary> Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var boundaries = new List<Boundary>();
        foreach (var feature in document.RootElement.GetProperty("features").EnumerateArray())
        {
            var properties = feature.GetProperty("properties");
            var geometry = feature.GetProperty("geometry");
            var coordinates = geometry.GetProperty("coordinates");
            var polygons = geometry.GetProperty("type").GetString() == "MultiPolygon" ? coordinates.EnumerateArray().ToList() : [coordinates];
            var rings = polygons.Select(p => (IReadOnlyList<GeoPoint>)p.EnumerateArray().First().EnumerateArray()
                .Select(c => new GeoPoint(c[0].GetDouble(), c[1].GetDouble())).ToList()).ToList();
            boundaries.Add(new Boundary(properties.GetProperty("teryt").GetString()!, properties.GetProperty("nazwa").GetString()!, rings));
        }
        return boundaries;
    }

    private static string Resource(string name)
    {
        using var stream = typeof(BoundaryFile).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Brak wbudowanego pliku {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
