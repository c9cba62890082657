using Kierunek.Application.Strategies;
using Kierunek.Domain.Institutions;
using Kierunek.Domain.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Kierunek.Web.Api;

/// <summary>The API face of the institution register (<c>/rejestr</c>), for coordinators and administrators: the entries
/// with their printed spellings and what hangs on them, the suggested duplicates, an entry's name, kind, TERYT and e-mail,
/// merges and their undoing.</summary>
public static class RegisterEndpoints
{
    public static void MapRegister(this RouteGroupBuilder secured)
    {
        var coordinator = new AuthorizeAttribute { AuthenticationSchemes = IdentityConstants.BearerScheme, Policy = WebSetup.CoordinatorPolicy };
        var register = secured.MapGroup("/rejestr").RequireAuthorization(coordinator);
        register.MapGet("", ListAsync).WithSummary("Instytucje rejestru: nazwa, pisownia w dokumentach, rodzaj, TERYT, e-mail, liczba pozycji, wartości i kont.");
        register.MapGet("/podobne", SuggestAsync).WithSummary("Pary podobnych nazw (możliwe duplikaty), najbardziej podobne najpierw, z powodem.");
        register.MapPut("/{key}", UpdateAsync).WithSummary("Nazwa, rodzaj, TERYT i e-mail instytucji (pisownia w dokumentach się nie zmienia).");
        register.MapPost("/polaczenia", MergeAsync).WithSummary("Połączenie instytucji „z” z instytucją „do”: przydziały z wartościami, przedłużenia, dokumenty źródłowe i konta przechodzą do „do”.");
        register.MapGet("/polaczenia", MergesAsync).WithSummary("Połączenia obowiązujące (do cofnięcia).");
        register.MapDelete("/polaczenia/{id:int}", UndoAsync).WithSummary("Cofnięcie połączenia: wraca dokładnie to, co przeniesiono.");
    }

    public sealed record UpdateDto(string? Nazwa, string? Rodzaj, string? Teryt, string? Email);
    public sealed record MergeDto(string? Z, string? Do);

    private static async Task<IResult> ListAsync(InstitutionRegister register, CancellationToken ct) => TypedResults.Ok(await register.ListAsync(ct));

    private static async Task<IResult> SuggestAsync(InstitutionRegister register, CancellationToken ct) =>
        TypedResults.Ok((await register.SuggestionsAsync(ct)).Select(s => new { a = s.A.Key, nazwaA = s.A.Name, b = s.B.Key, nazwaB = s.B.Name, podobienstwo = s.Score, powod = s.Why }));

    private static async Task<IResult> UpdateAsync(string key, UpdateDto body, InstitutionRegister register, HttpContext http, CancellationToken ct)
    {
        var kind = Enum.TryParse<InstitutionKind>(body.Rodzaj, ignoreCase: true, out var k) ? k : InstitutionKind.Other;
        var saved = await register.UpdateAsync(key, body.Nazwa, kind, body.Teryt, body.Email, http.User.Identity!.Name!, ct);
        return saved.IsSuccess ? TypedResults.NoContent() : Refusal(saved.Errors);
    }

    private static async Task<IResult> MergeAsync(MergeDto body, InstitutionRegister register, HttpContext http, CancellationToken ct)
    {
        var merged = await register.MergeAsync(body.Z ?? "", body.Do ?? "", http.User.Identity!.Name!, ct);
        return merged.IsSuccess ? TypedResults.Ok(merged.Value) : Refusal(merged.Errors);
    }

    private static async Task<IResult> MergesAsync(InstitutionRegister register, CancellationToken ct) => TypedResults.Ok(await register.MergesAsync(ct));

    private static async Task<IResult> UndoAsync(int id, InstitutionRegister register, HttpContext http, CancellationToken ct)
    {
        var undone = await register.UndoAsync(id, http.User.Identity!.Name!, ct);
        return undone.IsSuccess ? TypedResults.NoContent() : Refusal(undone.Errors);
    }

    private static IResult Refusal(IReadOnlyList<Error> errors) =>
        Problems.Refusal(errors, errors[0].Code == InstitutionRegister.NotFoundCode ? StatusCodes.Status404NotFound : StatusCodes.Status422UnprocessableEntity);
}
