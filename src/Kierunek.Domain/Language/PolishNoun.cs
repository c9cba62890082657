using Kierunek.Domain.Values;

namespace Kierunek.Domain.Language;

/// <summary>A noun's forms after a number: one (1 osoba), few (2–4, 22–24 … osoby), many (0, 5–21, 25 … osób),
/// after a fraction the genitive singular (2,5 osoby; 0,5 pracownika), and after "o" ("wzrosła o …") the accusative
/// of one (o 1 osobę, o 1 rodzinę).</summary>
public sealed record PolishNoun(string One, string Few, string Many, string Fraction, string? AccusativeOne = null)
{
    public static readonly PolishNoun Osoba = new("osoba", "osoby", "osób", "osoby", "osobę");
    public static readonly PolishNoun Rodzina = new("rodzina", "rodziny", "rodzin", "rodziny", "rodzinę");
    public static readonly PolishNoun Gmina = new("gmina", "gminy", "gmin", "gminy", "gminę");
    /// <summary>Masculine-personal: "2 pracowników" (the genitive, as with "dwóch", "dwudziestu dwóch").</summary>
    public static readonly PolishNoun Pracownik = new("pracownik", "pracowników", "pracowników", "pracownika", "pracownika");

    public string Form(decimal count) =>
        count != decimal.Truncate(count) ? Fraction : PolishPlural.Form((long)count, One, Few, Many);

    /// <summary>The number in Polish format with its noun: "1 000 osób", "22 rodziny", "2,5 osoby".</summary>
    public string Count(decimal count) => $"{PolishFormat.Natural(count)} {Form(count)}";

    /// <summary>Where the genitive is asked for ("brakuje …"): "1 pracownika", "2 pracowników", "5 osób", "1,5 osoby" —
    /// the genitive singular is the form after a fraction, the plural the form of many.</summary>
    public string CountGenitive(decimal count) => $"{PolishFormat.Natural(count)} {(count == 1 || count != decimal.Truncate(count) ? Fraction : Many)}";

    /// <summary>Where the accusative is asked for — after "o" or as an object: "o 1 osobę", "objęto 1 rodzinę",
    /// "zatrudniał 1 pracownika"; from two on the forms are those of <see cref="Count"/>.</summary>
    public string CountAfterPreposition(decimal count) => count == 1 ? $"1 {AccusativeOne ?? One}" : Count(count);
}
