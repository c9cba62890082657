using Kierunek.Domain.Language;

namespace Kierunek.Domain.Values;

/// <summary>What a cell was read as, in a person's words ("liczba 84", "kwota 47 128,55 zł", "wartość złożona (8 096;
/// 14 113)", "brak danych"), and whether a person should look at it before it is stored: a reading that kept words the
/// reader could not place, an approximation, a footnote mark or a remark.</summary>
public static class ReadingText
{
    public static string Of(ValueReading r) =>
        r.Number is { } n ? $"{PolishNames.Of(r.Kind)} {PolishFormat.Natural(n)}{(r.Unit is { Length: > 0 } u ? " " + u : "")}"
        : r.Parts.Count > 0 ? $"{PolishNames.Of(r.Kind)} ({string.Join("; ", r.Parts.Select(p => PolishFormat.Natural(p.Number)))})"
        : r.Items.Count > 0 ? $"{PolishNames.Of(r.Kind)} ({PolishPlural.Of(r.Items.Count, "pozycja", "pozycje", "pozycji")})"
        : PolishNames.Of(r.Kind);

    /// <summary>Why a person should look at this reading before it is stored, or null when it is plain.</summary>
    public static string? Doubt(ValueReading r) => r switch
    {
        { Kind: ValueKind.Text } => "tekst, nie liczba",
        { Kind: ValueKind.Approximate } => "wartość przybliżona",
        { FootnoteMarks.Count: > 0 } => "znak przypisu",
        { Remarks.Count: > 0 } => "dopisek przy liczbie",
        _ => null,
    };
}
