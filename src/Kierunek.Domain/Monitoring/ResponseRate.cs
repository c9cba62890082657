using Kierunek.Domain.Language;
using Kierunek.Domain.Values;

namespace Kierunek.Domain.Monitoring;

/// <summary>How many institutions a period asked and how many answered (every value submitted or approved) — seed
/// 002's "251 of 284" — with the names of those that did not, for the sentence every report of the period prints.</summary>
public sealed record ResponseRate(int Asked, int Answered, IReadOnlyList<string> Missing)
{
    public decimal Percent => Asked == 0 ? 0 : 100m * Answered / Asked;

    /// <summary>"Dane przekazało 17 z 21 instytucji (81,0%); brak danych od: …." — the verb agrees with the count
    /// ("przekazała 1", "przekazały 2", "przekazało 5"); after "z" the genitive, "instytucji", for any number.</summary>
    public string Sentence()
    {
        if (Asked == 0) return "Żadna instytucja nie miała przydzielonych pozycji.";
        var verb = PolishPlural.Form(Answered, "przekazała", "przekazały", "przekazało");
        var rate = $"Dane {verb} {PolishFormat.Number(Answered)} z {PolishFormat.Number(Asked)} instytucji ({PolishFormat.Percent(Percent)})";
        return Missing.Count == 0 ? rate + "." : $"{rate}; brak danych od: {string.Join(", ", Missing)}.";
    }
}
