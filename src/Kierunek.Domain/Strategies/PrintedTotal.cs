using Kierunek.Domain.Values;

namespace Kierunek.Domain.Strategies;

/// <summary>A total exactly as the document prints it ("CEL 1.1. … razem", "PODSUMOWANIE").
/// Printed totals are never corrected: <see cref="Checks.CostCheck"/> compares them with computed ones.</summary>
public sealed record PrintedTotal
{
    /// <summary>The code of the goal the total belongs to ("1.1", or "1" for a main goal).</summary>
    public required string GoalCode { get; init; }
    public required PrintedTotalKind Kind { get; init; }
    public required string Label { get; init; }
    public required int SourceLine { get; init; }
    public RecordedValue? Total { get; init; }
    public RecordedValue? State { get; init; }
    public RecordedValue? Gmina { get; init; }
    public RecordedValue? Other { get; init; }
    /// <summary>The footnote printed with the total ("*nie ujęto kosztów działań wieloletnich").</summary>
    public string? Footnote { get; init; }

    public RecordedValue? this[CostColumn column] => CostColumns.Pick(column, Total, State, Gmina, Other);
}

public enum PrintedTotalKind
{
    /// <summary>The "razem" row closing a specific goal's table.</summary>
    GoalRow,
    /// <summary>A main goal's row in the "PODSUMOWANIE" table.</summary>
    SummaryMainGoal,
    /// <summary>A specific goal's row repeated in the "PODSUMOWANIE" table.</summary>
    SummaryGoal,
}
