using Kierunek.Domain.Values;

namespace Kierunek.Domain.Language;

/// <summary>Polish plural forms for generated text: 1 osoba, 2 osoby, 5 osób, 12 osób, 22 osoby, 25 osób.</summary>
public static class PolishPlural
{
    /// <summary>The form of the noun that goes with <paramref name="count"/>.</summary>
    public static string Form(long count, string one, string few, string many)
    {
        var n = Math.Abs(count);
        if (n == 1) return one;
        var lastDigit = n % 10;
        var lastTwo = n % 100;
        return lastDigit is >= 2 and <= 4 && lastTwo is < 12 or > 14 ? few : many;
    }

    /// <summary>The count in Polish format with its noun: "1 234 osoby".</summary>
    public static string Of(long count, string one, string few, string many) => $"{PolishFormat.Number(count)} {Form(count, one, few, many)}";
}
