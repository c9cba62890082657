using Kierunek.Domain.Strategies;
using Kierunek.Reports.Model;

namespace Kierunek.Reports.Strategies;

/// <summary>Conclusions and recommendations of seed 002, per goal: wnioski, rekomendacje, realizatorzy rekomendacji.</summary>
public static class RecommendationsReport
{
    public static Report Build(StrategyDocument document, int year)
    {
        var sections = document.Recommendations.Select(r =>
        {
            var goal = r.GoalCode is { } code ? document.AllNodes().FirstOrDefault(n => n.Code == code) : null;
            return new Section(goal is null ? "Wnioski ogólne" : ReportHeadings.Of(goal), 2,
            [
                new Section("Wnioski", 3, [new BulletList(Lines(r.Conclusions))]),
                new Section("Rekomendacje", 3, [new BulletList(Lines(r.Recommendations))]),
                new Section("Realizatorzy rekomendacji", 3, [new Paragraph(r.Implementers)]),
            ]);
        }).ToList();
        return new Report($"Wnioski i rekomendacje — {year} r.", document.Title, sections) { Source = ReportHeadings.Source(document, year) };
    }

    private static IReadOnlyList<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
