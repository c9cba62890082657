using Kierunek.Domain.Input;
using Kierunek.Domain.Results;

namespace Kierunek.Domain.Strategies.Editing;

/// <summary>What a person fills in to start a strategy from scratch: its title, the territorial unit it is for (TERYT,
/// looked up by the caller), its period, the resolution that adopted it when it has been adopted, and the names and
/// numbering of its levels ("Cel strategiczny" I, II … / "Cel operacyjny" 1, 2 … / "Zadanie" a, b …).</summary>
public sealed record NewStrategy(
    string? Title,
    string? TerritorialUnitCode,
    string? TerritorialUnitName,
    int? PeriodFrom,
    int? PeriodTo,
    IReadOnlyList<TreeLevel> Levels)
{
    public string? ResolutionNumber { get; init; }
    public DateOnly? ResolutionDate { get; init; }
    public string? ResolutionBody { get; init; }

    /// <summary>The earliest and latest year a strategy's period may name.</summary>
    public const int FirstYear = 2000, LastYear = 2100;

    /// <summary>The empty strategy under <paramref name="key"/>, or every mistake of the form with its field.</summary>
    public Result<StrategyDocument> Create(string key)
    {
        var errors = new List<Error>();
        var title = Title?.Trim();
        if (string.IsNullOrEmpty(title)) errors.Add(Error.Of(EditErrors.Invalid, "Wpisz tytuł strategii, np. „Strategia Rozwiązywania Problemów Społecznych Gminy Puławy na lata 2026–2035”.", "tytul"));
        else if (InputText.Check(title, "Tytuł", InputText.TitleLength, "tytul") is { } bad) errors.Add(bad);
        errors.AddRange(Period(PeriodFrom, PeriodTo));
        errors.AddRange(CheckLevels(Levels));
        errors.AddRange(Resolution(ResolutionNumber, ResolutionDate, ResolutionBody));
        if (errors.Count > 0) return Result<StrategyDocument>.Fail(errors);
        return Result<StrategyDocument>.Ok(new StrategyDocument
        {
            Key = key, Title = title!, Layout = DocumentLayout.Authored,
            TerritorialUnitCode = TerritorialUnitCode, TerritorialUnitName = TerritorialUnitName,
            PeriodFrom = PeriodFrom, PeriodTo = PeriodTo,
            Resolution = ResolutionNumber is { Length: > 0 } number ? new Resolution(number.Trim(), ResolutionDate, ResolutionBody?.Trim() is { Length: > 0 } body ? body : null) : null,
            Levels = Levels.Select(l => l with { Name = l.Name.Trim() }).ToList(),
        });
    }

    /// <summary>A period of whole years, the first not after the last.</summary>
    public static IEnumerable<Error> Period(int? from, int? to)
    {
        if (from is null || to is null)
            yield return Error.Of(EditErrors.Invalid, "Wpisz okres strategii: rok początku i rok końca, np. 2026 i 2035.", from is null ? "od" : "do");
        else if (from < FirstYear || to > LastYear || from > to)
            yield return Error.Of(EditErrors.Invalid, $"Okres {from}–{to} nie jest poprawny: lata od {FirstYear} do {LastYear}, rok początku nie później niż rok końca.", "od");
    }

    /// <summary>One to <see cref="LevelKinds.MaxDepth"/> levels, each with a name.</summary>
    public static IEnumerable<Error> CheckLevels(IReadOnlyList<TreeLevel> levels)
    {
        if (levels.Count == 0 || levels.Count > LevelKinds.MaxDepth)
            yield return Error.Of(EditErrors.Invalid, $"Strategia ma od 1 do {LevelKinds.MaxDepth} poziomów, np. Cel strategiczny / Cel operacyjny / Działanie. Nazwij przynajmniej jeden.", "poziom1");
        for (var i = 0; i < levels.Count; i++)
        {
            var name = levels[i].Name.Trim();
            if (name.Length == 0) yield return Error.Of(EditErrors.Invalid, $"Poziom {i + 1} nie ma nazwy. Wpisz ją albo usuń poziomy poniżej.", $"poziom{i + 1}");
            else if (InputText.Check(name, $"Poziom {i + 1}", InputText.NameLength, $"poziom{i + 1}") is { } bad) yield return bad;
        }
    }

    /// <summary>A resolution is its number; a date or body without a number is a half-filled form.</summary>
    public static IEnumerable<Error> Resolution(string? number, DateOnly? date, string? body)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            if (date is not null || !string.IsNullOrWhiteSpace(body))
                yield return Error.Of(EditErrors.Invalid, "Podano datę albo organ uchwały bez jej numeru. Wpisz numer, np. „XXI/145/2026”, albo zostaw wszystkie trzy pola puste.", "uchwala");
            yield break;
        }
        if (InputText.Check(number, "Numer uchwały", InputText.NameLength, "uchwala") is { } badNumber) yield return badNumber;
        if (InputText.Check(body, "Organ", InputText.NameLength, "organ") is { } badBody) yield return badBody;
    }
}
