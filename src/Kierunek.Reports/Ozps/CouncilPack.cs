using Kierunek.Domain.Ozps;
using Kierunek.Domain.Ozps.Indicators;
using Kierunek.Domain.Ozps.Recommendations;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Domain.Values;
using Kierunek.Reports.Model;

namespace Kierunek.Reports.Ozps;

/// <summary>A recommendation as the council reads it: the text and the strategy items it concerns.</summary>
public sealed record CouncilRecommendation(string Text, IReadOnlyList<StrategyItemRef> Links);

/// <summary>An indicator of a linked strategy item in the year before and the assessment year.</summary>
public sealed record LinkedIndicator(string Name, string? Unit, RecordedValue? Target, RecordedValue? Before, RecordedValue? Now);

/// <summary>A strategy item linked to a recommendation, with its status and indicators in the assessment year.</summary>
public sealed record LinkedProgress(StrategyItemRef Item, string Strategy, string? Status, IReadOnlyList<LinkedIndicator> Indicators);

/// <summary>One document for the council's session on the OZPS: the assessment in brief (its state, the standard
/// indicators of the year against the year before, the staffing rule), the recommendations with the strategy items each
/// concerns, and how those items stood in the year — so the council sees the assessment and the strategy side by side.</summary>
public static class CouncilPack
{
    public static Report Build(OzpsUnitData unit, OzpsTemplate template, int year, string state, IReadOnlyList<CouncilRecommendation> recommendations, IReadOnlyList<LinkedProgress> progress)
    {
        var indicators = template.Indicators
            .Select(d => (Definition: d, Before: OzpsIndicators.Compute(unit, d, year - 1), Now: OzpsIndicators.Compute(unit, d, year)))
            .Where(x => x.Now.Value is not null || x.Before.Value is not null)
            .Select(x => new Row([new ReportCell(x.Definition.Name), new ReportCell(x.Before.Value is null ? "b.d." : x.Before.Text), new ReportCell(x.Now.Value is null ? "b.d." : x.Now.Text), new ReportCell(x.Definition.HigherIsBetter ? "wyżej" : "niżej")]))
            .ToList();
        var staffing = StaffingCheck.For(unit, year);
        var summary = new List<Block>
        {
            new Paragraph($"Ocena zasobów pomocy społecznej {unit.Unit.Name} za {year} r. (art. 16a ustawy o pomocy społecznej), wzór {template.Version}; stan oceny: {state}."),
            new Table($"Wskaźniki oceny: {year - 1} i {year}", [[new("Wskaźnik"), new($"{year - 1}"), new($"{year}"), new("Lepiej, gdy")]], indicators),
        };
        if (staffing is not null)
            summary.Add(new Paragraph(staffing.Met
                ? $"Warunek zatrudnienia pracowników socjalnych (art. 110 ust. 11–12) jest spełniony: {PolishFormat.Natural(staffing.Workers)} przy wymaganych {staffing.Required}."
                : $"Warunek zatrudnienia pracowników socjalnych (art. 110 ust. 11–12) nie jest spełniony: {PolishFormat.Natural(staffing.Workers)} przy wymaganych {staffing.Required} (brakuje {staffing.Shortfall})."));
        var recommended = recommendations.Count == 0
            ? [new Paragraph("Zespół nie zapisał rekomendacji.")]
            : recommendations.SelectMany((r, i) => new Block[]
            {
                new Paragraph($"{i + 1}. {r.Text}"),
                new BulletList(r.Links.Count == 0 ? ["Nie powiązano z pozycją strategii."] : r.Links.Select(l => $"Powiązane z pozycją strategii: {l.Code} {l.Title}").ToList()),
            }).ToList();
        var rows = progress.SelectMany(p => p.Indicators.Count == 0
                ? [new Row([new ReportCell($"{p.Item.Code} {p.Item.Title}"), new ReportCell(p.Status ?? "—"), new ReportCell("—"), new ReportCell(""), new ReportCell(""), new ReportCell("")])]
                : p.Indicators.Select(ind => new Row([new ReportCell($"{p.Item.Code} {p.Item.Title}"), new ReportCell(p.Status ?? "—"),
                    new ReportCell(ind.Unit is { Length: > 0 } u ? $"{ind.Name} [{u}]" : ind.Name ?? "—"), ValueCells.Of(ind.Target), ValueCells.Of(ind.Before), ValueCells.Of(ind.Now)])))
            .ToList();
        var strategies = string.Join("; ", progress.Select(p => p.Strategy).Distinct());
        return new Report($"Pakiet na sesję rady: ocena zasobów pomocy społecznej — {unit.Unit.Name}, {year} r.",
            unit.Synthetic ? "Zawiera DANE SYNTETYCZNE (wygenerowane do pokazu)." : null,
            [
                new Section("Ocena zasobów w skrócie", 2, summary),
                new Section("Rekomendacje", 2, recommended),
                new Section($"Realizacja strategii w {year} r. — pozycje powiązane z rekomendacjami", 2, progress.Count == 0
                    ? [new Paragraph("Żadna rekomendacja nie jest powiązana z pozycją strategii.")]
                    : [new Paragraph($"Strategia: {strategies}. Wartości z dokumentu strategii i zatwierdzone w monitoringu."),
                       new Table("Pozycje strategii powiązane z rekomendacjami", [[new("Pozycja"), new("Stan"), new("Wskaźnik"), new("Cel"), new($"{year - 1}"), new($"{year}")]], rows)]) { Landscape = true },
            ])
        {
            Source = $"Dane: ocena zasobów {unit.Unit.Name} ({unit.Unit.Code}) i monitoring strategii w aplikacji Kierunek.",
        };
    }
}
