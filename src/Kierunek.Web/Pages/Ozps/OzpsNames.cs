using Kierunek.Domain.Territory;

namespace Kierunek.Web.Pages.Ozps;

/// <summary>Units as the OZPS pages name them ("gmina wiejska", "miasto na prawach powiatu").</summary>
public static class OzpsNames
{
    public static string KindOf(TerritorialUnit unit) => unit.Kind switch
    {
        TerritorialUnitKind.Voivodeship => "województwo",
        TerritorialUnitKind.County => "powiat",
        TerritorialUnitKind.CityWithCountyRights => "miasto na prawach powiatu",
        TerritorialUnitKind.UrbanGmina => "gmina miejska",
        TerritorialUnitKind.RuralGmina => "gmina wiejska",
        TerritorialUnitKind.UrbanRuralGmina => "gmina miejsko-wiejska",
        _ => "jednostka",
    };
}
