using Kierunek.Application.Monitoring;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Results;
using Kierunek.Web.Pages.Monitoring;
using Kierunek.Web.Security;

namespace Kierunek.Web.Api;

/// <summary>The API face of a value's page (<c>/monitoring/{key}/{rok}/wartosc/{id}</c>) and of the submission's
/// documents: the conversation, source documents (added as multipart "plik", always served as a download), the
/// value's history in office language.</summary>
public static class EvidenceEndpoints
{
    public static void MapEvidence(this RouteGroupBuilder secured)
    {
        secured.MapGet("/wartosci/{id:int}/rozmowa", ThreadAsync)
            .WithSummary("Rozmowa o wartości (pierwsza wiadomość to powód zwrotu), jej pliki i historia (sprawozdawca swojej instytucji, koordynator, zatwierdzający).");
        secured.MapPost("/wartosci/{id:int}/rozmowa", PostAsync).WithSummary("Nowa wiadomość w rozmowie o wartości: text — treść (do 4 000 znaków); w zamkniętym okresie odmowa.");
        // Multipart with a bearer token: no cookie is involved, so there is no cross-site request to forge.
        secured.MapPost("/wartosci/{id:int}/zalaczniki", AddToValueAsync).DisableAntiforgery()
            .WithSummary($"Dokument źródłowy do wartości (pole „plik”, multipart/form-data): {Evidence.AllowedList}, najwyżej {Evidence.MaxSize}; rodzaj sprawdzany po zawartości.");
        secured.MapPost("/monitoring/{key}/{year:int}/zalaczniki", AddToSubmissionAsync).DisableAntiforgery()
            .WithSummary("Dokument źródłowy do całego przekazania instytucji (pole „plik”); koordynator podaje instytucja=…");
        secured.MapGet("/monitoring/{key}/{year:int}/zalaczniki", ListAsync).WithSummary("Pliki instytucji w okresie (do przekazania i do wartości); koordynator podaje instytucja=…");
        secured.MapGet("/zalaczniki/{id:int}", DownloadAsync).WithSummary("Pobranie pliku (zawsze jako załącznik, application/octet-stream).");
    }

    public sealed record MessageRequest(string? Text);
    public sealed record MessageDto(DateTimeOffset At, string Who, bool FromReviewer, string Text);
    public sealed record HistoryDto(DateTimeOffset At, string Who, string What);
    public sealed record ThreadDto(int Id, string Code, string Label, string Institution, string? Value, string? Comment, string State,
        IReadOnlyList<MessageDto> Messages, IReadOnlyList<SourceDocuments.Document> Files, IReadOnlyList<HistoryDto> History);

    private static async Task<IResult> ThreadAsync(int id, Conversations conversations, HttpContext http, CancellationToken ct)
    {
        var thread = await conversations.OfAsync(id, http.User.Actor(), ct);
        if (!thread.IsSuccess) return Refused(thread.Errors[0]);
        var t = thread.Value!;
        return TypedResults.Ok(new ThreadDto(id, t.Code, t.Label, t.Item.Assignment.InstitutionName, t.Field.Entry.Raw, t.Field.Entry.Comment,
            PeriodView.StateName(t.Field.Entry.State), t.Messages.Select(m => new MessageDto(m.At, m.Who, m.FromReviewer, m.Text)).ToList(), t.Files,
            t.History.Select(h => new HistoryDto(h.At, h.Who, h.What)).ToList()));
    }

    private static async Task<IResult> PostAsync(int id, MessageRequest request, Conversations conversations, HttpContext http, CancellationToken ct)
    {
        var outcome = await conversations.PostAsync(id, request.Text, http.User.Actor(), ct);
        return outcome.Done ? await ThreadAsync(id, conversations, http, ct) : Refused(outcome.Error!);
    }

    private static async Task<IResult> AddToValueAsync(int id, IFormFile? plik, SourceDocuments documents, HttpContext http, CancellationToken ct)
    {
        await using var stream = plik?.OpenReadStream() ?? Stream.Null;
        var added = await documents.AddToValueAsync(id, plik?.FileName, stream, http.User.Actor(), ct);
        return added.IsSuccess ? TypedResults.Ok(added.Value) : Refused(added.Errors[0]);
    }

    private static async Task<IResult> AddToSubmissionAsync(string key, int year, string? instytucja, IFormFile? plik, SourceDocuments documents,
        HttpContext http, CancellationToken ct)
    {
        var actor = http.User.Actor();
        await using var stream = plik?.OpenReadStream() ?? Stream.Null;
        var added = await documents.AddToSubmissionAsync(key, year, (actor.Reviews ? instytucja : actor.InstitutionKey) ?? "", plik?.FileName, stream, actor, ct);
        return added.IsSuccess ? TypedResults.Ok(added.Value) : Refused(added.Errors[0]);
    }

    private static async Task<IResult> ListAsync(string key, int year, string? instytucja, SourceDocuments documents, HttpContext http, CancellationToken ct)
    {
        var actor = http.User.Actor();
        var institution = actor.Reviews ? instytucja : actor.InstitutionKey;
        return string.IsNullOrEmpty(institution)
            ? Problems.Of(MonitoringErrors.InstitutionNotChosen, StatusCodes.Status422UnprocessableEntity)
            : TypedResults.Ok(await documents.ListAsync(key, year, institution, ct));
    }

    private static async Task<IResult> DownloadAsync(int id, SourceDocuments documents, HttpContext http, CancellationToken ct)
    {
        var found = await documents.GetAsync(id, http.User.Actor(), ct);
        if (!found.IsSuccess) return Refused(found.Errors[0]);
        http.Response.Headers.ContentSecurityPolicy = AttachmentModel.Policy;
        return TypedResults.File(found.Value!.Content, "application/octet-stream", found.Value.FileName);
    }

    private static IResult Refused(Error error) => error.Code switch
    {
        MonitoringErrors.EntryNotFoundCode or MonitoringErrors.PeriodNotFoundCode => Problems.Of(error, StatusCodes.Status404NotFound),
        MonitoringErrors.OtherInstitutionCode => Problems.Of(error, StatusCodes.Status403Forbidden),
        MonitoringErrors.PeriodLockedCode => Problems.Of(error, StatusCodes.Status409Conflict),
        _ => Problems.Of(error, StatusCodes.Status422UnprocessableEntity),
    };
}
