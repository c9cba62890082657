using Kierunek.Domain.Language;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Values;
using Kierunek.Reports.Model;

namespace Kierunek.Reports.Strategies;

/// <summary>The attainment table of seed 002, per goal: indicator, baseline (year), the value this year,
/// target, the share of the way from baseline to target and a status that respects the desired direction.</summary>
public static class AttainmentReport
{
    public static Report Build(StrategyDocument document, int year)
    {
        var sections = document.AllNodes().Where(n => n.Indicators.Count > 0)
            .Select(node => new Section(ReportHeadings.Of(node), 2, [GoalTable(node, document, year), .. Trends(node, document, year)]))
            .ToList();
        var all = document.AllIndicators().Select(i => AttainmentRule.Of(i, year, document.PeriodTo).Status).ToList();
        var summary = new Section("Podsumowanie", 2,
        [
            new Paragraph(Summary(all, year)),
            .. StatusChart(document, year),
            new Paragraph("Stopień osiągnięcia to część drogi od wartości bazowej do docelowej przebyta do końca roku "
                          + "(100% — cel osiągnięty; wartość ujemna — zmiana w niepożądanym kierunku). Ocena „na dobrej drodze” "
                          + "oznacza postęp co najmniej proporcjonalny do czasu, jaki upłynął od roku bazowego do końca okresu programu; "
                          + "„zagrożony” — postęp wolniejszy albo jego brak; „brak danych” — w roku sprawozdawczym nie podano liczby."),
        ]);
        return new Report($"Stopień osiągnięcia wskaźników w {year} r.", document.Title, [summary, .. sections])
        {
            Source = ReportHeadings.Source(document, year),
        };
    }

    private static Table GoalTable(StrategyNode node, StrategyDocument document, int year)
    {
        IReadOnlyList<HeaderCell> header =
        [
            new("Wskaźnik"), new("Wartość bazowa"), new($"Stan w {year} r."), new("Wartość docelowa"),
            new("Stopień osiągnięcia"), new("Ocena"),
        ];
        var rows = node.Indicators.Select(indicator =>
        {
            var attainment = AttainmentRule.Of(indicator, year, document.PeriodTo);
            var current = indicator.In(year)?.Value;
            var baseline = ValueCells.Of(indicator.Baseline?.Value);
            return new Row(
            [
                new ReportCell(indicator.Name ?? "") { Footnote = indicator.DataSource },
                indicator.Baseline?.Year is { } y ? baseline with { Text = $"{baseline.Text} ({y} r.)" } : baseline,
                ValueCells.Of(current),
                Target(indicator.Target, attainment),
                attainment.Percent is { } p ? new ReportCell(PolishFormat.Percent(p)) { Number = p / 100m, Style = NumberStyle.Percent } : new ReportCell("–"),
                new ReportCell(PolishNames.Of(attainment.Status)),
            ]);
        }).ToList();
        return new Table($"{ReportHeadings.Of(node)} — wskaźniki w {year} r.", [header], rows);
    }

    private static IEnumerable<Block> StatusChart(StrategyDocument document, int year)
    {
        var goals = document.AllNodes().Where(n => n.Indicators.Count > 0)
            .Select(n => (n.Code ?? n.Title ?? "", (IReadOnlyList<AttainmentStatus>)n.Indicators.Select(i => AttainmentRule.Of(i, year, document.PeriodTo).Status).ToList()))
            .ToList();
        if (ReportCharts.StatusByGoal(goals, year) is { } chart) yield return chart;
    }

    /// <summary>From the baseline's year to this year, against the target.</summary>
    private static IEnumerable<Block> Trends(StrategyNode node, StrategyDocument document, int year)
    {
        foreach (var indicator in node.Indicators)
        {
            if (indicator.Baseline is not { Year: { } from } baseline || indicator.In(year) is not { } current) continue;
            var target = AttainmentRule.Of(indicator, year, document.PeriodTo).Target;
            if (ReportCharts.Trend(indicator, [(from, baseline.Value), (year, current.Value)], target) is { } chart) yield return chart;
        }
    }

    /// <summary>A relative target shows what it means in numbers: "Wzrost o 10% (8 010,2)".</summary>
    private static ReportCell Target(Target? target, Attainment attainment)
    {
        var cell = ValueCells.Of(target?.Value);
        return target?.IsRelative == true && attainment.Target is { } t
            ? new ReportCell($"{target.Value.Reading.Text} (= {PolishFormat.Natural(WithoutTrailingZeros(Math.Round(t, 1)))})")
            : cell;
    }

    private static decimal WithoutTrailingZeros(decimal value) => value == decimal.Truncate(value) ? decimal.Truncate(value) : value;

    private static string Summary(IReadOnlyList<AttainmentStatus> statuses, int year)
    {
        var parts = Enum.GetValues<AttainmentStatus>()
            .Select(s => (Status: s, Count: statuses.Count(x => x == s)))
            .Where(x => x.Count > 0)
            .Select(x => $"{PolishNames.Of(x.Status)}: {x.Count}");
        return $"W {year} r. oceniono {PolishPlural.Of(statuses.Count, "wskaźnik", "wskaźniki", "wskaźników")} — {string.Join(", ", parts)}.";
    }
}
