using Kierunek.Domain.Territory;

namespace Kierunek.Import.Territory;

/// <summary>Reads TERC (TERYT) as published by GUS: WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA.
/// The 2024-01-01 edition ships inside this assembly.</summary>
public static class TercFile
{
    private static readonly Lazy<TerritorialRegister> Shipped = new(() =>
    {
        using var stream = typeof(TercFile).Assembly.GetManifestResourceStream("TERC.csv")
            ?? throw new InvalidOperationException("Brak wbudowanego rejestru TERC.");
        using var reader = new StreamReader(stream);
        return Read(reader.ReadToEnd());
    });

    /// <summary>The register shipped with Kierunek (TERC as of 2024-01-01).</summary>
    public static TerritorialRegister Register => Shipped.Value;

    public static TerritorialRegister Read(string csv) =>
        new(csv.Split('\n').Skip(1).Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).Select(Unit).OfType<TerritorialUnit>());

    private static TerritorialUnit? Unit(string line)
    {
        var f = line.Split(';');
        if (f.Length < 6) return null;
        var (woj, pow, gmi, rodz, name, kind) = (f[0], f[1], f[2], f[3], f[4], f[5]);
        if (pow.Length == 0) return new TerritorialUnit(woj, name.ToLowerInvariant(), TerritorialUnitKind.Voivodeship);
        if (gmi.Length == 0)
            return new TerritorialUnit(woj + pow, name, kind.Contains("na prawach powiatu", StringComparison.Ordinal) ? TerritorialUnitKind.CityWithCountyRights : TerritorialUnitKind.County);
        return new TerritorialUnit(woj + pow + gmi + rodz, name, rodz switch
        {
            "1" => TerritorialUnitKind.UrbanGmina,
            "2" => TerritorialUnitKind.RuralGmina,
            "3" => TerritorialUnitKind.UrbanRuralGmina,
            "4" => TerritorialUnitKind.TownPart,
            "5" => TerritorialUnitKind.RuralPart,
            _ => TerritorialUnitKind.CityDistrict,
        });
    }
}
