namespace Kierunek.Domain.Territory;

/// <summary>A territorial unit's outline for a map: its TERYT code (4 digits for a powiat, 2 for a voivodeship), its
/// name, and its rings of points (the outer ring of each part; islands and exclaves are parts of their own).</summary>
public sealed record Boundary(string Code, string Name, IReadOnlyList<IReadOnlyList<GeoPoint>> Rings);

/// <summary>A point in WGS84 degrees.</summary>
public readonly record struct GeoPoint(double Longitude, double Latitude);
