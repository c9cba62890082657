using Kierunek.Domain.Values;

namespace Kierunek.Domain.Ozps.Barometer;

/// <summary>The barometer in five classes for a map and its table. The barometer is a mean of standardised components —
/// 0 is the voivodeship's level, higher is better (less poverty) — and the means of powiats lie close together, so fixed
/// bounds would paint nearly every powiat alike: the classes are quintiles of the values shown (each about a fifth of
/// the units), the legend says each class's range, and the first and last say which end is worse.</summary>
public sealed class BarometerScale
{
    public const int Classes = 5;

    /// <summary>The upper bounds of the first four classes (the last has none).</summary>
    private readonly decimal[] bounds;

    public IReadOnlyList<string> Labels { get; }

    private BarometerScale(decimal[] bounds, IReadOnlyList<string> labels) => (this.bounds, Labels) = (bounds, labels);

    public static BarometerScale Of(IEnumerable<decimal?> values)
    {
        var sorted = values.OfType<decimal>().Order().ToList();
        if (sorted.Count == 0) return new BarometerScale([], []);
        var bounds = Enumerable.Range(1, Classes - 1).Select(i => sorted[Math.Min(sorted.Count - 1, i * sorted.Count / Classes)]).ToArray();
        var lower = new[] { sorted[0] }.Concat(bounds).ToArray();
        var upper = bounds.Append(sorted[^1]).ToArray();
        var labels = Enumerable.Range(0, Classes).Select(i =>
            $"od {N(lower[i])} do {N(upper[i])}{(i == 0 ? " — najgorzej" : i == Classes - 1 ? " — najlepiej" : "")}").ToList();
        return new BarometerScale(bounds, labels);
    }

    /// <summary>The class (0 worst … 4 best), or null without a value.</summary>
    public int? ClassOf(decimal? value)
    {
        if (value is not { } v || Labels.Count == 0) return null;
        for (var i = 0; i < bounds.Length; i++)
            if (v < bounds[i]) return i;
        return Classes - 1;
    }

    /// <summary>"−0,42 (od −0,52 do −0,21 — najgorzej)" or "brak danych".</summary>
    public string Describe(decimal? value) => ClassOf(value) is { } c ? $"{N(value!.Value)} ({Labels[c]})" : "brak danych";

    private static string N(decimal value) => PolishFormat.Number(Math.Round(value, 2), 2);
}
