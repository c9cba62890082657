using Kierunek.Application.Strategies;
using Kierunek.Domain.Institutions;
using Kierunek.Domain.Results;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Strategies.Editing;
using Kierunek.Domain.Strategies.Exchange;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Kierunek.Web.Api;

/// <summary>The API face of the strategy editor (<c>/strategie/nowa</c>, <c>/strategie/{key}/edycja</c>), for
/// coordinators and administrators: a new strategy as a draft; a strategy's draft (begun from its current version) with
/// its revision; one step at a time on the revision the client read (409 when somebody else's step came first); the
/// draft saved as the next version with its resolution, or dropped.</summary>
public static class EditorEndpoints
{
    public static void MapEditor(this RouteGroupBuilder secured)
    {
        var coordinator = new AuthorizeAttribute { AuthenticationSchemes = IdentityConstants.BearerScheme, Policy = WebSetup.CoordinatorPolicy };
        var strategies = secured.MapGroup("/strategie").RequireAuthorization(coordinator);
        strategies.MapPost("/nowa", CreateAsync).WithSummary("Nowa strategia jako projekt: tytuł, TERYT, okres, uchwała, poziomy z numeracją (koordynator, administrator).");
        strategies.MapGet("/{key}/projekt", OpenAsync).WithSummary("Projekt zmian strategii (zaczynany od bieżącej wersji): dokument w formacie wymiany z identyfikatorami pozycji, rewizja, lista zmian.");
        strategies.MapPost("/{key}/projekt/kroki", StepAsync)
            .WithSummary("Jedna zmiana projektu na podanej rewizji: dodaj, zmien-nazwe, przenies, ponumeruj, archiwizuj, przywroc, usun, szczegoly, instytucje, dodaj-wskaznik, zmien-wskaznik, usun-wskaznik, koszt. 409, gdy ktoś zmienił projekt wcześniej.");
        strategies.MapPost("/{key}/projekt/zapis", SaveAsync).WithSummary("Zapis projektu jako następnej wersji strategii, z uchwałą (numer, data, organ).");
        strategies.MapPut("/{key}/publiczna", async (string key, PublicDto body, Application.Publishing.PublicStrategies open, HttpContext http, CancellationToken ct) =>
                await open.SetAsync(key, body.Publiczna, http.User.Identity!.Name!, ct) ? Results.NoContent()
                    : Problems.Of(Error.Of(EditErrors.NotFound, $"Nie ma strategii „{key}”."), StatusCodes.Status404NotFound))
            .WithSummary("Udostępnienie drzewa i wskaźników strategii w części publicznej (publiczna=true) albo wycofanie (false).");
        strategies.MapDelete("/{key}/projekt", DiscardAsync).WithSummary("Porzucenie projektu na podanej rewizji (?rewizja=); zapisane wersje zostają.");
    }

    /// <param name="Numeracja">Arabic (1, 2), Roman (I, II) or Letter (a, b).</param>
    public sealed record LevelDto(string? Nazwa, string? Numeracja);
    public sealed record NewDto(string? Tytul, string? Teryt, int? Od, int? Do, string? Uchwala, DateOnly? DataUchwaly, string? Organ, IReadOnlyList<LevelDto>? Poziomy);
    public sealed record DraftDto(string Klucz, int WersjaBazowa, int Rewizja, IReadOnlyList<string> Zmiany, string Zmienil, DateTimeOffset Zmieniono, System.Text.Json.Nodes.JsonNode Dokument);
    /// <param name="Kierunek">Increase, Decrease, Maintain; empty: read from the target.</param>
    public sealed record IndicatorDto(string? Nazwa, string? Jednostka, string? Bazowa, int? RokBazowy, string? Docelowa, string? Kierunek, string? Zrodlo, int? PierwszyRok);
    public sealed record CostDto(int Rok, string? Ogolem, string? Panstwo, string? Gmina, string? Inne);
    public sealed record StepDto(int Rewizja, string Krok, string? Pozycja, string? Rodzic, string? Tytul, string? Kod, string? Cel, int? Przesuniecie,
        string? Wskaznik, IndicatorDto? Pola, CostDto? Koszt, string? Termin, string? Status, string? Uwagi,
        IReadOnlyList<string>? Koordynatorzy, IReadOnlyList<string>? Realizatorzy);
    public sealed record SaveDto(int Rewizja, string? Uchwala, DateOnly? DataUchwaly, string? Organ);
    public sealed record SavedDto(string Klucz, int Wersja);
    public sealed record PublicDto(bool Publiczna);

    private static async Task<IResult> CreateAsync(NewDto body, StrategyEditor editor, HttpContext http, CancellationToken ct)
    {
        var levels = (body.Poziomy ?? []).Select(l => new TreeLevel(l.Nazwa ?? "", Parse(l.Numeracja, LevelNumbering.Arabic))).ToList();
        var created = await editor.CreateAsync(new NewStrategy(body.Tytul, body.Teryt, null, body.Od, body.Do, levels)
            { ResolutionNumber = body.Uchwala, ResolutionDate = body.DataUchwaly, ResolutionBody = body.Organ }, http.User.Identity!.Name!, ct);
        return created.IsSuccess ? TypedResults.Created($"/api/v1/strategie/{created.Value!.Key}/projekt", Dto(created.Value)) : Refusal(created.Errors);
    }

    private static async Task<IResult> OpenAsync(string key, StrategyEditor editor, CancellationToken ct) =>
        await editor.OpenAsync(key, ct) is { } draft ? TypedResults.Ok(Dto(draft))
            : Problems.Of(Error.Of(EditErrors.NotFound, $"Nie ma strategii „{key}”."), StatusCodes.Status404NotFound);

    private static async Task<IResult> StepAsync(string key, StepDto body, StrategyEditor editor, InstitutionRegister register, HttpContext http, CancellationToken ct)
    {
        var known = await register.EntriesAsync(ct);
        if (StepOf(body, known) is not { } step)
            return Problems.Of(Error.Of(EditErrors.Invalid, $"Nie ma kroku „{body.Krok}”. Dozwolone: dodaj, zmien-nazwe, przenies, ponumeruj, archiwizuj, przywroc, usun, szczegoly, instytucje, dodaj-wskaznik, zmien-wskaznik, usun-wskaznik, koszt.", "krok"), StatusCodes.Status400BadRequest);
        var applied = await editor.ApplyAsync(key, body.Rewizja, http.User.Identity!.Name!, step, ct);
        return applied.IsSuccess ? TypedResults.Ok(Dto(applied.Value!)) : Refusal(applied.Errors);
    }

    private static async Task<IResult> SaveAsync(string key, SaveDto body, StrategyEditor editor, HttpContext http, CancellationToken ct)
    {
        var saved = await editor.SaveAsync(key, body.Rewizja, http.User.Identity!.Name!, Resolution.FromForm(body.Uchwala, body.DataUchwaly, body.Organ), ct);
        return saved.IsSuccess ? TypedResults.Ok(new SavedDto(key, saved.Value)) : Refusal(saved.Errors);
    }

    private static async Task<IResult> DiscardAsync(string key, int rewizja, StrategyEditor editor, HttpContext http, CancellationToken ct)
    {
        var dropped = await editor.DiscardAsync(key, rewizja, http.User.Identity!.Name!, ct);
        return dropped.IsSuccess ? TypedResults.NoContent() : Refusal(dropped.Errors);
    }

    /// <summary>The step a request names, as the pages make it; null for an unknown step.</summary>
    private static StrategyEditor.Step? StepOf(StepDto s, IReadOnlyList<Institution> register)
    {
        var id = s.Pozycja ?? "";
        var fields = s.Pola is { } p ? new IndicatorFields(p.Nazwa, p.Jednostka, p.Bazowa, p.RokBazowy, p.Docelowa, Parse(p.Kierunek, DesiredDirection.Unknown), p.Zrodlo, p.PierwszyRok) : new IndicatorFields(null, null, null, null, null, DesiredDirection.Unknown, null, null);
        return s.Krok switch
        {
            "dodaj" => (d, _) => TreeEdits.Add(d, s.Rodzic, s.Tytul, s.Kod),
            "zmien-nazwe" => (d, _) => TreeEdits.Rename(d, id, s.Tytul, s.Kod),
            "przenies" => (d, _) => TreeEdits.Move(d, id, s.Cel, s.Przesuniecie ?? 0),
            "ponumeruj" => (d, _) => TreeEdits.Renumber(d),
            "archiwizuj" => (d, _) => TreeEdits.Archive(d, id, true),
            "przywroc" => (d, _) => TreeEdits.Archive(d, id, false),
            "usun" => (d, monitored) => TreeEdits.Delete(d, id, monitored),
            "szczegoly" => (d, _) => ItemEdits.SetDetails(d, id, s.Termin, Parse(s.Status, MeasureStatus.Unknown), s.Uwagi),
            "instytucje" => (d, _) => ItemEdits.SetInstitutions(d, id, s.Koordynatorzy ?? [], s.Realizatorzy ?? [], register),
            "dodaj-wskaznik" => (d, _) => ItemEdits.AddIndicator(d, id, fields),
            "zmien-wskaznik" => (d, _) => ItemEdits.UpdateIndicator(d, s.Wskaznik ?? "", fields),
            "usun-wskaznik" => (d, monitored) => ItemEdits.RemoveIndicator(d, s.Wskaznik ?? "", monitored),
            "koszt" when s.Koszt is { } c => (d, _) => ItemEdits.SetCost(d, id, new CostFields(c.Rok, c.Ogolem, c.Panstwo, c.Gmina, c.Inne)),
            _ => null,
        };
    }

    private static T Parse<T>(string? name, T otherwise) where T : struct, Enum => Enum.TryParse<T>(name, ignoreCase: true, out var value) ? value : otherwise;

    private static DraftDto Dto(StrategyEditor.Draft d) =>
        new(d.Key, d.BaseVersion, d.Revision, d.Log, d.UpdatedBy, d.UpdatedAt, System.Text.Json.Nodes.JsonNode.Parse(DocumentJson.Write(d.Document))!);

    /// <summary>409 for a step made on an older revision (or a draft of a replaced version), 404 for what is gone, 422 for the rest.</summary>
    private static IResult Refusal(IReadOnlyList<Error> errors) => Problems.Refusal(errors, errors[0].Code switch
    {
        EditErrors.Stale or EditErrors.NothingToSave => StatusCodes.Status409Conflict,
        EditErrors.NotFound => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status422UnprocessableEntity,
    });
}
