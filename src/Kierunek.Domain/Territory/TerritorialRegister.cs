namespace Kierunek.Domain.Territory;

/// <summary>The register of territorial units, and finding one by the form a document prints
/// ("Miasta Lublin", "w Bełchatowie", "Białegostoku", "Województwa Lubelskiego").</summary>
public sealed class TerritorialRegister
{
    private readonly Dictionary<string, TerritorialUnit> byCode;

    public TerritorialRegister(IEnumerable<TerritorialUnit> units) => byCode = units.ToDictionary(u => u.Code);

    public IReadOnlyCollection<TerritorialUnit> Units => byCode.Values;

    public TerritorialUnit? Find(string code) => byCode.GetValueOrDefault(code);

    /// <summary>The gminy in a województwo or powiat (by code prefix).</summary>
    public IEnumerable<TerritorialUnit> GminasIn(string code) => byCode.Values.Where(u => u.IsGmina && u.Code.StartsWith(code, StringComparison.Ordinal));

    /// <summary>A city's own gmina (the strategy of a city is its gmina's strategy) or a województwo,
    /// from a printed, possibly declined name. Null when the name matches no unit or several.</summary>
    public TerritorialUnit? FindPlace(string printed)
    {
        var form = Fold(printed.Trim());
        if (Irregular.TryGetValue(form, out var nominative)) form = Fold(nominative);
        var voivodeship = byCode.Values.Where(u => u.Kind == TerritorialUnitKind.Voivodeship && Matches(Fold(u.Name), form)).ToList();
        if (voivodeship.Count == 1) return voivodeship[0];
        var cities = byCode.Values.Where(u => u.Kind == TerritorialUnitKind.UrbanGmina && Matches(Fold(u.Name), form)).ToList();
        return cities.Count == 1 ? cities[0] : null;
    }

    /// <summary>"lublin" matches "lublina", "lublinie"; "bełchatow" matches "bełchatowie"; "lubelskie" matches "lubelskiego".</summary>
    private static bool Matches(string name, string form)
    {
        if (name == form) return true;
        if (name.EndsWith("ie", StringComparison.Ordinal) && form == name[..^2] + "iego") return true;
        return form.StartsWith(name, StringComparison.Ordinal) && CaseEndings.Contains(form[name.Length..]);
    }

    private static readonly HashSet<string> CaseEndings = ["a", "ie", "u", "owi", "em", "iem", "y"];

    /// <summary>Forms that no ending rule reaches.</summary>
    private static readonly Dictionary<string, string> Irregular = new()
    {
        ["białegostoku"] = "Białystok", ["białymstoku"] = "Białystok", ["białymstokiem"] = "Białystok",
    };

    /// <summary>Lower case; "ó" as "o" because declension alternates them (Bełchatów → Bełchatowie).</summary>
    private static string Fold(string s) => s.ToLowerInvariant().Replace('ó', 'o');
}
