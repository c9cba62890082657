using System.Text.Json.Serialization;
namespace Kierunek.Domain.Values;

/// <summary>The typed reading of a printed cell. <see cref="Number"/> is the value as printed
/// in <see cref="Unit"/> (9 353,2 with "tys. zł"), never rescaled; use <see cref="InZloty"/> for money.</summary>
public sealed record ValueReading
{
    public required ValueKind Kind { get; init; }
    /// <summary>The plain text of the cell (HTML removed, white space folded).</summary>
    public required string Text { get; init; }
    public decimal? Number { get; init; }
    public string? Unit { get; init; }
    /// <summary>Words printed before a single number ("Łącznie 6 osób" → "Łącznie").</summary>
    public string? Label { get; init; }
    public IReadOnlyList<ValuePart> Parts { get; init; } = [];
    /// <summary>List items, qualitative levels, or cross-references ("poz. 2.2.3").</summary>
    public IReadOnlyList<string> Items { get; init; } = [];
    /// <summary>Footnote marks printed next to the value ("*", "**").</summary>
    public IReadOnlyList<string> FootnoteMarks { get; init; } = [];
    /// <summary>For <see cref="ValueKind.NotMeasuredYet"/>: the first year measured.</summary>
    public int? Year { get; init; }
    /// <summary>How an unusual notation was read (dot as thousands separator, letter o as zero …).</summary>
    public IReadOnlyList<string> Remarks { get; init; } = [];

    [JsonIgnore] public bool IsMarker => Kind is ValueKind.NoData or ValueKind.NotApplicable or ValueKind.SameAsAbove
        or ValueKind.NoFinancialOutlay or ValueKind.NotMeasuredYet or ValueKind.Empty;

    /// <summary>Money in złoty, scaling "tys. zł" and "mln zł"; null when this is not a sum of money.</summary>
    [JsonIgnore] public decimal? InZloty => Kind == ValueKind.Amount && Number is { } n ? n * MoneyUnits.Scale(Unit) : null;

    public static ValueReading Empty { get; } = new() { Kind = ValueKind.Empty, Text = "" };
}
