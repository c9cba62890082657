using Kierunek.Domain.Values;
using System.Text.RegularExpressions;

namespace Kierunek.Import.Strategies.Interpreters;

/// <summary>What a cell's text looks like: a task code, a deadline, money, an indicator name …
/// These are the clues the column aligner weighs.</summary>
public static partial class CellShapes
{
    public static bool StartsWithTaskCode(string text) => TaskCode().IsMatch(text);

    public static bool StartsLowercase(string text) => text.Length > 0 && char.IsLower(text[0]);

    public static bool IsDeadline(string text) =>
        IsBareYear(text) || text.Length <= 80 && !IsMoneyLike(text) && (Year().IsMatch(text) || Month().IsMatch(text) || text.Equals("cały rok", StringComparison.OrdinalIgnoreCase));

    /// <summary>"2020", "2019 r.": a year, even though it would also read as an amount.</summary>
    public static bool IsBareYear(string text) => BareYear().IsMatch(text);

    public static bool IsMoneyLike(string text)
    {
        if (IsBareYear(text)) return false;
        var r = ValueReader.Read(text, ValueContext.Money);
        if (!r.IsSuccess) return false;
        return r.Reading!.Kind is ValueKind.Amount or ValueKind.NoData or ValueKind.NotApplicable or ValueKind.SameAsAbove
                   or ValueKind.NoFinancialOutlay
               || (r.Reading.Kind == ValueKind.Breakdown && BareNumbers().IsMatch(text));
    }

    public static bool IsSameAsAbove(string text) => ValueReader.Read(text).Reading?.Kind == ValueKind.SameAsAbove;

    public static bool IsIndicatorName(string text) => IndicatorWord().IsMatch(text);

    public static bool IsStatus(string text) => Status().IsMatch(text);

    /// <summary>Starts with a verbal or action noun ("Wspieranie …", "Utworzenie …", "Organizacja …",
    /// "Współpraca …"): the name of a measure, not of the institution that carries it out.</summary>
    public static bool StartsWithAction(string text) => ActionStart().IsMatch(text);

    /// <summary>Names an institution near its start ("Wydział …", "MOPR, …").</summary>
    public static bool IsInstitutionLike(string text) => Institution().IsMatch(text.Length > 60 ? text[..60] : text);

    public static bool IsValueLike(string text)
    {
        if (text.Length <= 40) return true;
        var r = ValueReader.Read(text);
        return r.IsSuccess && r.Reading!.Kind is not ValueKind.Text;
    }

    [GeneratedRegex(@"^\s*\d{1,2}\.\d{1,2}\.\d{1,2}\.?(\s|$)")] private static partial Regex TaskCode();
    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(anie|enie|ienie|ęcie|ycie|icie|ucie|cja|sja|zja|praca|działanie|pomoc)\b")] private static partial Regex ActionStart();
    [GeneratedRegex(@"^(19|20)\d{2}\s*(r\.?)?$")] private static partial Regex BareYear();
    [GeneratedRegex(@"(?<!\d)(19|20)\d{2}(?!\d)")] private static partial Regex Year();
    [GeneratedRegex(@"(styczeń|luty|marzec|kwiecień|maj|czerwiec|lipiec|sierpień|wrzesień|październik|listopad|grudzień)", RegexOptions.IgnoreCase)] private static partial Regex Month();
    [GeneratedRegex(@"^[\d\s.,]+$")] private static partial Regex BareNumbers();
    [GeneratedRegex(@"^(liczba|ilość|łączna|stosunek|postęp|bezpośredni|średni|wysokość|odsetek|kwota|suma|wskaźnik)\b", RegexOptions.IgnoreCase)] private static partial Regex IndicatorWord();
    [GeneratedRegex(@"^(zrealizowan|realizacja zakończona|brak realizacji|nie odbył|niezrealizowan)", RegexOptions.IgnoreCase)] private static partial Regex Status();
    [GeneratedRegex(@"(Wydział|Ośrodek|Urząd|MOPR|MOPS|Centrum|organizacj(e|i|ami)\b|Pełnomocnik|Komisja|Zespół|Biuro|Policja|kurator|jednostki|placówki|szkoł|NGO|Rada|Kancelaria|MUP|PUP|CIK|Fundacja|Stowarzyszenie|Departament)", RegexOptions.IgnoreCase)] private static partial Regex Institution();
}
