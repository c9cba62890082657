namespace Kierunek.Domain.Strategies;

/// <summary>How an indicator moved between its two latest years with a number, judged against the way it should move.</summary>
public enum Verdict { Better, Worse, Same, Unknown }

/// <summary>One indicator's latest change: from the year before to the latest year it has a number for.</summary>
public sealed record IndicatorChange(StrategyNode Item, Indicator Indicator, int FromYear, decimal From, int ToYear, decimal To, Verdict Verdict);

/// <summary>An action whose status in the latest year differs from the year before.</summary>
public sealed record StatusChange(StrategyNode Action, int FromYear, MeasureStatus From, int ToYear, MeasureStatus To);

/// <summary>What changed since last year under a goal: each indicator's latest two numbers judged against its desired
/// direction (stated, or read from its target: "Wzrost o 10%" → up), and the actions whose status moved. Values come as
/// the caller merged them (the document's and the approved monitoring's); a value that is not a number ("b.d.") is
/// passed over, never taken as 0.</summary>
public static class YearOnYear
{
    /// <param name="values">Each indicator's values by year, as one history.</param>
    public static IReadOnlyList<IndicatorChange> Indicators(StrategyNode goal, Func<Indicator, IReadOnlyList<(int Year, decimal? Number)>> values)
    {
        var changes = new List<IndicatorChange>();
        foreach (var node in goal.SelfAndDescendants().Where(n => !n.Archived))
            foreach (var indicator in node.Indicators)
            {
                var numbers = values(indicator).Where(v => v.Number is not null).OrderBy(v => v.Year).ToList();
                if (numbers.Count < 2) continue;
                var (before, latest) = (numbers[^2], numbers[^1]);
                changes.Add(new IndicatorChange(node, indicator, before.Year, before.Number!.Value, latest.Year, latest.Number!.Value,
                    Judge(Direction(indicator), before.Number.Value, latest.Number.Value)));
            }
        return changes;
    }

    /// <param name="statuses">Each action's status by year (its approved yearly reports).</param>
    public static IReadOnlyList<StatusChange> Statuses(StrategyNode goal, Func<StrategyNode, IReadOnlyList<(int Year, MeasureStatus Status)>> statuses)
    {
        var changes = new List<StatusChange>();
        foreach (var action in goal.SelfAndDescendants().Where(n => n.Kind == NodeKind.Measure && !n.Archived))
        {
            var known = statuses(action).Where(s => s.Status != MeasureStatus.Unknown).OrderBy(s => s.Year).ToList();
            if (known.Count >= 2 && known[^2].Status != known[^1].Status)
                changes.Add(new StatusChange(action, known[^2].Year, known[^2].Status, known[^1].Year, known[^1].Status));
        }
        return changes;
    }

    public static DesiredDirection Direction(Indicator indicator) =>
        indicator.Direction != DesiredDirection.Unknown ? indicator.Direction : DesiredDirections.From(indicator.Baseline, indicator.Target);

    public static Verdict Judge(DesiredDirection direction, decimal from, decimal to) => direction switch
    {
        _ when from == to => Verdict.Same,
        DesiredDirection.Increase => to > from ? Verdict.Better : Verdict.Worse,
        DesiredDirection.Decrease => to < from ? Verdict.Better : Verdict.Worse,
        DesiredDirection.Maintain => Verdict.Worse,
        _ => Verdict.Unknown,
    };
}
