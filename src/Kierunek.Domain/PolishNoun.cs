using Kierunek.Domain.Values;

namespace Kierunek.Domain;

/// <summary>A noun's forms after a number: one (1 osoba), few (2–4, 22–24 … osoby), many (0, 5–21, 25 … osób),
/// and after a fraction, the genitive singular (2,5 osoby; 0,5 pracownika).</summary>
public sealed record PolishNoun(string One, string Few, string Many, string Fraction)
{
    public static readonly PolishNoun Osoba = new("osoba", "osoby", "osób", "osoby");
    public static readonly PolishNoun Rodzina = new("rodzina", "rodziny", "rodzin", "rodziny");
    public static readonly PolishNoun Gmina = new("gmina", "gminy", "gmin", "gminy");
    /// <summary>Masculine-personal: "2 pracowników" (the genitive, as with "dwóch", "dwudziestu dwóch").</summary>
    public static readonly PolishNoun Pracownik = new("pracownik", "pracowników", "pracowników", "pracownika");

    public string Form(decimal count) =>
        count != decimal.Truncate(count) ? Fraction : PolishPlural.Form((long)count, One, Few, Many);

    /// <summary>The number in Polish format with its noun: "1 000 osób", "22 rodziny", "2,5 osoby".</summary>
    public string Count(decimal count) => $"{PolishFormat.Natural(count)} {Form(count)}";
}
