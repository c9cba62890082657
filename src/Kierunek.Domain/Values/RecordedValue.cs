using System.Text.Json.Serialization;
namespace Kierunek.Domain.Values;

/// <summary>A cell exactly as printed (<see cref="Raw"/>, HTML included) with its typed reading.</summary>
public sealed record RecordedValue(string Raw, ValueReading Reading)
{
    /// <summary>For "j.w.": the cell it repeats — the nearest value above in the same column
    /// that is not itself "j.w." The reading stays <see cref="ValueKind.SameAsAbove"/>, so the
    /// document is never rewritten and a repeated cost is never counted twice.</summary>
    public RepeatedCell? Repeats { get; init; }

    [JsonIgnore] public ValueKind Kind => Reading.Kind;

    /// <summary>What this cell means: the repeated value for "j.w.", otherwise this value.</summary>
    [JsonIgnore] public RecordedValue Meaning => Repeats?.Value ?? this;

    public override string ToString() => Reading.Text;
}

/// <summary>Where a repeated value was printed (<see cref="SourceLine"/> of the import file, column as headed) and what it was.</summary>
public sealed record RepeatedCell(int SourceLine, string Column, RecordedValue Value);
