namespace Kierunek.Domain.Values;

/// <summary>One number inside a composite cell: "8096 rodzin" → (null, 8096, "rodzin");
/// "przemoc - 124" → ("przemoc", 124, null).</summary>
public sealed record ValuePart(string? Label, decimal Number, string? Unit, bool IsApproximate = false, bool IsPercentage = false);
