using Kierunek.Domain.Institutions;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Territory;
using Kierunek.Import.Strategies.Interpreters;

namespace Kierunek.Import.Strategies;

/// <summary>After a table is interpreted: finds the document's territorial unit in TERYT and turns
/// the coordinator and implementer cells into one register of institutions — the same institution
/// named twice is one entry, several named in one cell are several.</summary>
public static class DocumentLinker
{
    public static void Link(StrategyDocument document, TerritorialRegister territory)
    {
        if (document.TerritorialUnitCode is null && document.TerritorialUnitName is { } place && territory.FindPlace(place) is { } unit)
        {
            document.TerritorialUnitCode = unit.Code;
            document.TerritorialUnitName = unit.Name;
        }
        var register = document.Institutions.ToDictionary(i => i.Key);
        foreach (var node in document.AllNodes())
        {
            Fill(node.CoordinatorKeys, node.CoordinatorText, register, document);
            Fill(node.ImplementerKeys, node.ImplementersText, register, document);
        }
        document.Institutions.Clear();
        document.Institutions.AddRange(register.Values);
    }

    private static void Fill(List<string> keys, string? cell, Dictionary<string, Institution> register, StrategyDocument document)
    {
        if (cell is null) return;
        keys.Clear();
        foreach (var printed in InstitutionNames.Split(cell))
        {
            var name = InstitutionNames.Canonical(printed);
            var key = DocumentKeys.Slug(name);
            if (key.Length == 0) continue;
            if (!register.TryGetValue(key, out var institution))
            {
                institution = new Institution(key, name, InstitutionNames.KindOf(name), document.TerritorialUnitCode);
                register[key] = institution;
            }
            if (printed != name && !institution.Aliases.Contains(printed)) institution.Aliases.Add(printed);
            if (!keys.Contains(key)) keys.Add(key);
        }
    }
}
