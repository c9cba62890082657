namespace Kierunek.Domain.Strategies.Checks;

/// <summary>One inconsistency the check can prove, with where it is and the numbers behind it.</summary>
public sealed record Finding(FindingKind Kind, string Where, string Message, int? SourceLine = null)
{
    public string? GoalCode { get; init; }
    public Strategies.CostColumn? Column { get; init; }
    public decimal? Printed { get; init; }
    public decimal? Computed { get; init; }
    public decimal? Difference => Printed is { } p && Computed is { } c ? p - c : null;
}

public enum FindingKind
{
    /// <summary>A printed total differs from the total computed from the measures.</summary>
    TotalMismatch,
    /// <summary>A printed main-goal total differs from the sum of its printed goal totals.</summary>
    SummaryMismatch,
    /// <summary>The parts of a cost (sources, or the rows of a subtotal) add up to more than the whole.</summary>
    PartsExceedWhole,
    /// <summary>The sources of a cost do not add up to it.</summary>
    SourcesDoNotAddUp,
    /// <summary>A cost cell holds something that is not an amount (several numbers, text).</summary>
    UnreadableCost,
    /// <summary>An amount in a unit (zł, tys. zł, mln zł) other than its table's or its indicator's.</summary>
    UnitMismatch,
    /// <summary>A share in words ("ponad połowa") that the percentage printed beside it contradicts.</summary>
    WordsContradictShare,
}
