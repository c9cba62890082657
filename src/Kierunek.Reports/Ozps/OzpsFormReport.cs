using Kierunek.Domain.Ozps;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Reports.Model;

namespace Kierunek.Reports.Ozps;

/// <summary>A unit's OZPS form as filled, every template table in the template's row order — empty rows too, so the
/// printout and the spreadsheet line up with the ministry's form in CAS row by row when it is retyped there.</summary>
public static class OzpsFormReport
{
    public static Report Build(OzpsUnitData unit, OzpsTemplate template, int year) =>
        new($"Formularz oceny zasobów pomocy społecznej — {unit.Unit.Name} ({unit.Unit.Code}) — {year} rok",
            unit.Synthetic ? "Zawiera DANE SYNTETYCZNE (wygenerowane do pokazu)." : null,
            [
                new Section("Tabele w kolejności wzoru", 2,
                [
                    new Paragraph($"Wiersze i kolumny jak we wzorze {template.Version} (rok poprzedni, rok oceny, prognoza na {year + 1}) — do przepisania do Centralnej Aplikacji Statystycznej. Komentarze do prognoz w przypisach."),
                    .. template.Tables.Select(t => (Block)OzpsUnitReport.TemplateTable(unit, t, year)),
                ]),
            ])
        {
            Source = $"Dane: {unit.Source ?? "formularz w aplikacji Kierunek"}; wzór tabel {template.Version}.",
        };
}
