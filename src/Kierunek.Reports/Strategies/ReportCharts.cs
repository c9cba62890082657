using Kierunek.Domain.Language;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Strategies.Checks;
using Kierunek.Domain.Values;
using Kierunek.Reports.Model;

namespace Kierunek.Reports.Strategies;

/// <summary>The charts the reports carry, each with the sentence that says what it shows. Only exact
/// numbers are drawn: b.d., approximations and lists stay in the tables.</summary>
public static class ReportCharts
{
    private static readonly IReadOnlyDictionary<CostColumn, string> SourceColors = new Dictionary<CostColumn, string>
    {
        [CostColumn.State] = "#1F5FA8", [CostColumn.Gmina] = "#B35900", [CostColumn.Other] = "#5E7D32",
    };

    private static readonly IReadOnlyDictionary<AttainmentStatus, string> StatusColors = new Dictionary<AttainmentStatus, string>
    {
        [AttainmentStatus.Achieved] = "#2E7D32", [AttainmentStatus.OnTrack] = "#1F5FA8",
        [AttainmentStatus.AtRisk] = "#C62828", [AttainmentStatus.NoData] = "#9E9E9E",
        [AttainmentStatus.NotAssessable] = "#6D4C41",
    };

    /// <summary>Each goal's cost split into state, gmina and other funds; null when no goal has a split.</summary>
    public static StackedBarChart? CostBySource(IReadOnlyList<(string Goal, CostTotals Totals)> goals)
    {
        CostColumn[] sources = [CostColumn.State, CostColumn.Gmina, CostColumn.Other];
        var drawn = goals.Where(g => sources.Any(s => g.Totals[s] > 0)).ToList();
        if (drawn.Count == 0) return null;
        var parts = sources.Select(s => new ChartSeries(SourceName(s), drawn.Select(g => g.Totals[s] ?? 0m).ToList(), SourceColors[s])).ToList();
        var sums = sources.Select(s => $"{SourceName(s)} {PolishFormat.Money(drawn.Sum(g => g.Totals[s] ?? 0m))}");
        var dearest = drawn.MaxBy(g => sources.Sum(s => g.Totals[s] ?? 0m));
        var description = $"Koszty {GoalsGenitive(drawn.Count)} według źródeł finansowania — razem {string.Join(", ", sums)}; "
                          + $"najwięcej kosztuje cel {dearest.Goal} ({PolishFormat.Money(sources.Sum(s => dearest.Totals[s] ?? 0m))}).";
        return new StackedBarChart("Koszty celów według źródeł finansowania", description, drawn.Select(g => g.Goal).ToList(), parts, NumberStyle.Money);
    }

    /// <summary>How many of each goal's indicators are achieved, on track, at risk or without data.</summary>
    public static StackedBarChart? StatusByGoal(IReadOnlyList<(string Goal, IReadOnlyList<AttainmentStatus> Statuses)> goals, int year)
    {
        if (goals.Count == 0) return null;
        var statuses = Enum.GetValues<AttainmentStatus>();
        var parts = statuses.Select(s => new ChartSeries(PolishNames.Of(s), goals.Select(g => (decimal)g.Statuses.Count(x => x == s)).ToList(), StatusColors[s])).ToList();
        var counts = statuses.Select(s => (Status: s, Count: goals.Sum(g => g.Statuses.Count(x => x == s)))).Where(c => c.Count > 0)
            .Select(c => $"{PolishNames.Of(c.Status)} — {c.Count}");
        var worst = goals.MaxBy(g => g.Statuses.Count(x => x == AttainmentStatus.AtRisk));
        var atRisk = worst.Statuses.Count(x => x == AttainmentStatus.AtRisk);
        var description = $"Ocena wskaźników {GoalsGenitive(goals.Count)} w {year} r.: {string.Join(", ", counts)}"
                          + (atRisk > 0 ? $"; najwięcej zagrożonych w celu {worst.Goal} ({atRisk} z {worst.Statuses.Count})." : ".");
        return new StackedBarChart("Ocena wskaźników według celów", description, goals.Select(g => g.Goal).ToList(), parts, NumberStyle.Integer);
    }

    /// <summary>An indicator's exact values over the years with its target; null when fewer than two
    /// years have a number of the same kind (a line needs two points).</summary>
    public static TrendChart? Trend(Indicator indicator, IReadOnlyList<(int Year, RecordedValue Value)> values, decimal? target)
    {
        var numbers = values.Where(v => IsExact(v.Value.Reading)).ToList();
        if (numbers.Count < 2 || numbers.Select(v => v.Value.Reading.Kind).Distinct().Count() > 1) return null;
        var kind = numbers[0].Value.Reading.Kind;
        var points = numbers.Select(v => new ChartPoint(v.Year, ValueOf(v.Value.Reading))).OrderBy(p => p.Year).ToList();
        var style = kind switch { ValueKind.Percentage => NumberStyle.Percent, ValueKind.Amount => NumberStyle.Money, _ => NumberStyle.Decimal };
        var first = points[0];
        var last = points[^1];
        var change = last.Value > first.Value ? "Wzrost" : last.Value < first.Value ? "Spadek" : "Bez zmian";
        var description = $"{change}: {Show(first.Value, style)} w {first.Year} r., {Show(last.Value, style)} w {last.Year} r."
                          + (target is { } t ? $"; wartość docelowa {Show(t, style)}." : "");
        return new TrendChart(indicator.Name ?? "Wskaźnik", description, "wartość wskaźnika", points, target, style);
    }

    private static bool IsExact(ValueReading r) =>
        r.Number is not null && r.Kind is ValueKind.Number or ValueKind.Percentage or ValueKind.Amount;

    private static decimal ValueOf(ValueReading r) => r.Kind == ValueKind.Amount ? r.InZloty ?? r.Number!.Value : r.Number!.Value;

    private static string Show(decimal value, NumberStyle style) => style switch
    {
        NumberStyle.Money => PolishFormat.Money(value),
        NumberStyle.Percent => PolishFormat.Natural(value) + "%",
        _ => PolishFormat.Natural(value),
    };

    private static string SourceName(CostColumn column) => column switch
    {
        CostColumn.State => "państwo", CostColumn.Gmina => "gmina", _ => "inne",
    };

    /// <summary>"celu 1.1" for one goal, "17 celów" for more.</summary>
    private static string GoalsGenitive(int count) => count == 1 ? "jednego celu" : $"{count} celów";
}
