using Kierunek.Domain.Values;

namespace Kierunek.Domain.Strategies;

/// <summary>A wskaźnik. <see cref="Code"/> is the code printed beside it (seed 004 prints
/// "1.1.2" for several indicators: the code names the direction, not the indicator).</summary>
public sealed class Indicator
{
    /// <summary>The indicator's identity while it is edited (a rename keeps its values), as <see cref="StrategyNode.Id"/>.</summary>
    public string? Id { get; set; }
    public string? Code { get; init; }
    /// <summary>The name as printed; null where the document leaves the name cell empty.</summary>
    public string? Name { get; set; }
    public string? Unit { get; set; }
    public BaselineValue? Baseline { get; set; }
    public Target? Target { get; set; }
    public DesiredDirection Direction { get; set; } = DesiredDirection.Unknown;
    public string? DataSource { get; set; }
    public int? FirstMeasuredYear { get; set; }
    public string? MonitoringMethod { get; set; }
    public List<IndicatorValue> Values { get; init; } = [];
    public List<string> Notes { get; init; } = [];
    public int SourceLine { get; init; }

    /// <summary>A copy of its own (<see cref="StrategyDocument.Copy"/>).</summary>
    public Indicator Copy() => new()
    {
        Id = Id, Code = Code, Name = Name, Unit = Unit, Baseline = Baseline, Target = Target, Direction = Direction, DataSource = DataSource,
        FirstMeasuredYear = FirstMeasuredYear, MonitoringMethod = MonitoringMethod, Values = [.. Values], Notes = [.. Notes], SourceLine = SourceLine,
    };

    /// <summary>The value reported for a period that contains <paramref name="year"/>; null when there is none (never 0).</summary>
    public IndicatorValue? In(int year) => Values.FirstOrDefault(v => v.Period.FromYear <= year && year <= v.Period.ToYear);
}

/// <summary>A value of an indicator for a period, optionally reported by one institution.</summary>
public sealed record IndicatorValue(ReportingPeriod Period, RecordedValue Value)
{
    public string? InstitutionKey { get; init; }
    /// <summary>A description printed with the value (continuation rows of seed 004).</summary>
    public string? Comment { get; init; }
    public int SourceLine { get; init; }
}

/// <summary>The baseline ("wskaźnik bazowy"), with the year it describes when the document says it.</summary>
public sealed record BaselineValue(RecordedValue Value, int? Year);

public enum DesiredDirection { Unknown, Increase, Decrease, Maintain }

/// <summary>Which way an indicator should move, read from its target when the document does not say:
/// "Wzrost o 10%" → up; a target above the baseline → up, below → down, equal → keep.</summary>
public static class DesiredDirections
{
    public static DesiredDirection From(BaselineValue? baseline, Target? target)
    {
        if (target is null) return DesiredDirection.Unknown;
        if (target.RelativeChangePercent is { } change) return change >= 0 ? DesiredDirection.Increase : DesiredDirection.Decrease;
        if (baseline?.Value.Reading.Number is not { } from || target.Value.Reading.Number is not { } to) return DesiredDirection.Unknown;
        return to > from ? DesiredDirection.Increase : to < from ? DesiredDirection.Decrease : DesiredDirection.Maintain;
    }
}
