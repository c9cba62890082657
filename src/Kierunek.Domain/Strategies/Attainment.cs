using Kierunek.Domain.Values;

namespace Kierunek.Domain.Strategies;

/// <summary>How far an indicator has come from its baseline towards its target.</summary>
public enum AttainmentStatus
{
    /// <summary>osiągnięty — the target is reached or passed in the desired direction.</summary>
    Achieved,
    /// <summary>na dobrej drodze — moving towards the target at least as fast as the elapsed time asks.</summary>
    OnTrack,
    /// <summary>zagrożony — standing still, moving away, or too slow for the time left.</summary>
    AtRisk,
    /// <summary>brak danych — no number this year.</summary>
    NoData,
    /// <summary>nie do oceny — a number this year, but no target (or, for a way to go, no baseline) to measure it against:
    /// the indicator was reported, the document just gives nothing to assess it by.</summary>
    NotAssessable,
}

/// <param name="Percent">The share of the way from baseline to target covered (100 = reached; over 100 =
/// passed; below 0 = moved away); null when it cannot be computed.</param>
/// <param name="Target">The target as a number, a relative target ("Wzrost o 10%") worked out from the baseline.</param>
/// <param name="Reason">Why, in Polish, for a report's reader.</param>
public sealed record Attainment(decimal? Percent, AttainmentStatus Status, decimal? Baseline, decimal? Current, decimal? Target, string Reason);

/// <summary>Attainment of an indicator in a year (seed 002's "baseline → value → target" tables, made
/// explicit). Values that are not numbers (b.d., "pomiar od 2022 roku") are never treated as 0.</summary>
public static class AttainmentRule
{
    /// <param name="expectedShare">The share of the strategy's time from the baseline year to its end
    /// that has passed (0–1); without it, any progress counts as on track.</param>
    public static Attainment Of(BaselineValue? baseline, RecordedValue? current, Target? target, DesiredDirection direction, decimal? expectedShare = null)
    {
        var reference = target?.IsRelative == true ? baseline?.Value : target?.Value;
        var now = current is null ? null : ComparableNumber(current, reference);
        var from = baseline is null ? null : ComparableNumber(baseline.Value, target?.Value);
        var goal = TargetNumber(target, from);

        if (now is null)
            return new(null, AttainmentStatus.NoData, from, null, goal, "brak wartości liczbowej w roku sprawozdawczym");
        if (goal is null)
            return new(null, AttainmentStatus.NotAssessable, from, now, null,
                target?.IsRelative == true ? "cel względny bez wartości bazowej" : "brak wartości docelowej");
        if (direction is DesiredDirection.Unknown && from is { } f)
            direction = goal > f ? DesiredDirection.Increase : goal < f ? DesiredDirection.Decrease : DesiredDirection.Maintain;

        var reached = direction == DesiredDirection.Decrease ? now <= goal : now >= goal;
        if (from is null)
            return reached
                ? new(null, AttainmentStatus.Achieved, null, now, goal, "wartość docelowa osiągnięta")
                : new(null, AttainmentStatus.NotAssessable, null, now, goal, "brak wartości bazowej: nie da się ocenić postępu");
        if (goal == from)
            return new(reached ? 100m : null, reached ? AttainmentStatus.Achieved : AttainmentStatus.AtRisk, from, now, goal,
                reached ? "poziom docelowy utrzymany" : "wartość poniżej poziomu, który miał zostać utrzymany");

        var percent = Math.Round((now.Value - from.Value) / (goal.Value - from.Value) * 100m, 1);
        if (percent >= 100m) return new(percent, AttainmentStatus.Achieved, from, now, goal, "wartość docelowa osiągnięta");
        var needed = expectedShare is { } share ? Math.Round(share * 100m, 1) : 0m;
        return percent > 0m && percent >= needed
            ? new(percent, AttainmentStatus.OnTrack, from, now, goal, expectedShare is null ? "postęp w pożądanym kierunku" : $"postęp co najmniej taki, jakiego wymaga upływ czasu ({PolishFormat.Percent(needed)})")
            : new(percent, AttainmentStatus.AtRisk, from, now, goal, percent <= 0m ? "brak postępu albo zmiana w niepożądanym kierunku" : $"postęp wolniejszy niż upływ czasu ({PolishFormat.Percent(needed)})");
    }

    /// <summary>Attainment of an indicator in <paramref name="year"/>, with the time that has passed
    /// between the baseline year and the end of the strategy's period.</summary>
    public static Attainment Of(Indicator indicator, int year, int? periodEnd)
    {
        var current = indicator.In(year)?.Value;
        return Of(indicator.Baseline, current, indicator.Target, indicator.Direction, ExpectedShare(indicator.Baseline?.Year, year, periodEnd));
    }

    public static decimal? ExpectedShare(int? baselineYear, int year, int? periodEnd) =>
        baselineYear is { } from && periodEnd is { } to && to > from ? Math.Clamp((decimal)(year - from) / (to - from), 0m, 1m) : null;

    /// <summary>The number to compare: a breakdown "52 570 rodzin / 83 %" gives its percentage when the
    /// target is a percentage, its first count otherwise.</summary>
    private static decimal? ComparableNumber(RecordedValue value, RecordedValue? reference)
    {
        var reading = value.Meaning.Reading;
        var wantsPercent = reference?.Reading.Kind == ValueKind.Percentage;
        return reading.Kind switch
        {
            ValueKind.Amount => reading.InZloty,
            ValueKind.Number or ValueKind.Approximate or ValueKind.Percentage => reading.Number,
            ValueKind.Breakdown => reading.Parts.FirstOrDefault(p => p.IsPercentage == wantsPercent)?.Number,
            _ => null,
        };
    }

    private static decimal? TargetNumber(Target? target, decimal? baseline)
    {
        if (target is null) return null;
        if (target.RelativeChangePercent is { } change) return baseline * (1 + change / 100m);
        return ComparableNumber(target.Value, null);
    }
}
