namespace Kierunek.Domain.Territory;

/// <summary>A unit of the TERYT register: województwo (2-digit code), powiat (4 digits) or gmina
/// (7 digits: WOJ+POW+GMI+RODZ).</summary>
public sealed record TerritorialUnit(string Code, string Name, TerritorialUnitKind Kind)
{
    /// <summary>The code of the unit one level up ("0663011" → "0663" → "06").</summary>
    public string? ParentCode => Code.Length switch { 7 => Code[..4], 4 => Code[..2], _ => null };

    public bool IsGmina => Code.Length == 7 && Kind is TerritorialUnitKind.UrbanGmina or TerritorialUnitKind.RuralGmina or TerritorialUnitKind.UrbanRuralGmina;
}

public enum TerritorialUnitKind
{
    Voivodeship,
    County,
    CityWithCountyRights,
    UrbanGmina,
    RuralGmina,
    UrbanRuralGmina,
    /// <summary>RODZ 4: the town of an urban-rural gmina.</summary>
    TownPart,
    /// <summary>RODZ 5: the rural area of an urban-rural gmina.</summary>
    RuralPart,
    /// <summary>RODZ 8/9: a district (dzielnica) or delegation (delegatura) of a large city.</summary>
    CityDistrict,
}
