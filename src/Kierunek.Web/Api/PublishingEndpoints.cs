using Kierunek.Application.Publishing;
using Kierunek.Data.Accounts;
using Kierunek.Data.Publishing;
using Kierunek.Domain.Results;
using Microsoft.AspNetCore.Identity;

namespace Kierunek.Web.Api;

/// <summary>The API face of publishing (/raporty/{key}, "Opublikuj"): a request answered at once with 202 and the
/// job's address, the files made in the background, the job followed until it is done or refused.</summary>
public static class PublishingEndpoints
{
    public static void MapPublishing(this RouteGroupBuilder secured)
    {
        secured.MapPost("/strategie/{key}/publikacje", RequestAsync)
            .WithSummary("Zlecenie publikacji sprawozdania (koordynator, administrator): rodzaj, rok, mimoBraku — potwierdzenie roku bez wartości; odpowiedź 202 z adresem zlecenia, pliki powstają w tle.");
        secured.MapGet("/publikacje/zlecenia/{id:int}", JobAsync)
            .WithSummary("Stan zlecenia publikacji: Waiting, Running (formatsDone z formats), Done (publicationId) albo Refused (code, message).");
    }

    public sealed record PublishRequest(string? Rodzaj, int Rok, bool MimoBraku);
    public sealed record JobDto(int Id, string Key, string Kind, int Year, string State, int FormatsDone, IReadOnlyList<string> Formats, int? PublicationId,
        string? Code, string? Message, DateTimeOffset RequestedAt, DateTimeOffset? FinishedAt);

    private static async Task<IResult> RequestAsync(string key, PublishRequest request, Publications publications, HttpContext http, CancellationToken ct)
    {
        if (!Publishes(http)) return TypedResults.Forbid(authenticationSchemes: [IdentityConstants.BearerScheme]);
        var requested = await publications.RequestAsync(key, request.Rodzaj ?? "", request.Rok, http.User.Identity!.Name!, request.MimoBraku, ct);
        if (!requested.Done)
            return Problems.Of(requested.Error!, requested.Error!.Code == PublishingErrors.DocumentNotFoundCode ? StatusCodes.Status404NotFound : StatusCodes.Status422UnprocessableEntity);
        return TypedResults.Accepted($"/api/v1/publikacje/zlecenia/{requested.Job!.Id}", Dto(requested.Job));
    }

    private static async Task<IResult> JobAsync(int id, Publications publications, HttpContext http, CancellationToken ct)
    {
        if (!Publishes(http)) return TypedResults.Forbid(authenticationSchemes: [IdentityConstants.BearerScheme]);
        return await publications.JobAsync(id, ct) is { } job ? TypedResults.Ok(Dto(job))
            : Problems.Of(Error.Of("publishing.job-not-found", $"Nie ma zlecenia publikacji nr {id}."), StatusCodes.Status404NotFound);
    }

    private static bool Publishes(HttpContext http) => http.User.IsInRole(Roles.Coordinator) || http.User.IsInRole(Roles.Administrator);

    private static JobDto Dto(PublishingJobRow j) => new(j.Id, j.DocumentKey, j.Kind, j.Year, j.State.ToString(), j.FormatsDone, Publications.Formats, j.PublicationId,
        j.ErrorCode, j.ErrorMessage, j.RequestedAt, j.FinishedAt);
}
