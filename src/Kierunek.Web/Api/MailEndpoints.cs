using Kierunek.Application.Mail;
using Kierunek.Data.Mail;
using Kierunek.Domain.Mail;
using Kierunek.Web.Mail;
using Kierunek.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Kierunek.Web.Api;

/// <summary>The API face of the outbox page (<c>/administracja/poczta</c>), for the administrator: what was sent to
/// whom and when, what failed and why, send a failed message again, run the scheduler's round now.</summary>
public static class MailEndpoints
{
    public static void MapMail(this RouteGroupBuilder secured)
    {
        var admin = new AuthorizeAttribute { AuthenticationSchemes = IdentityConstants.BearerScheme, Policy = WebSetup.AdministratorPolicy };
        var mail = secured.MapGroup("/poczta").RequireAuthorization(admin);
        mail.MapGet("", ListAsync).WithSummary("Skrzynka nadawcza: ostatnie wiadomości (najwyżej 200), filtr stan (oczekuje|wyslano|nie-wyslano), rodzaj, adresat (administrator).");
        mail.MapGet("/{id:int}", GetAsync).WithSummary("Jedna wiadomość: adresat, temat, treść tekstowa i HTML, stan, próby, ostatni błąd (administrator).");
        mail.MapPost("/{id:int}/ponow", RetryAsync).WithSummary("Ponowna wysyłka wiadomości, której nie udało się wysłać (administrator; zapis w dzienniku zmian).");
        mail.MapPost("/wyslij", RunAsync).WithSummary("Zaplanowanie dzisiejszych przypomnień i wysłanie zaległych wiadomości teraz, bez czekania na harmonogram (administrator).");
    }

    public sealed record MessageDto(int Id, string Kind, string To, string? ToName, string Subject, string State, int Attempts, string? LastError,
        DateTimeOffset CreatedAt, DateTimeOffset? SentAt, string? About);
    public sealed record MessageBodyDto(MessageDto Message, string Text, string Html);
    public sealed record OutboxDto(string Transport, int Pending, int Sent, int Failed, IReadOnlyList<MessageDto> Messages);
    public sealed record RunDto(int Planned, int Sent);

    public static string SlugOf(LetterState state) => state switch
    {
        LetterState.Pending => "oczekuje",
        LetterState.Sent => "wyslano",
        _ => "nie-wyslano",
    };

    public static LetterState? StateOf(string? slug) => Enum.GetValues<LetterState>().Cast<LetterState?>().FirstOrDefault(s => SlugOf(s!.Value) == slug);

    public static MessageDto Dto(OutboxRow m) => new(m.Id, LetterNames.Of(m.Kind), m.To, m.ToName, m.Subject, LetterNames.Of(m.State), m.Attempts,
        m.LastError, m.CreatedAt, m.SentAt, m.About);

    private static async Task<IResult> ListAsync(Outbox outbox, string? stan, string? rodzaj, string? adresat, CancellationToken ct)
    {
        var kind = Enum.TryParse<LetterKind>(rodzaj, ignoreCase: true, out var k) ? k : (LetterKind?)null;
        var counts = await outbox.CountAsync(ct);
        var rows = await outbox.ListAsync(StateOf(stan), kind, adresat, ct);
        return TypedResults.Ok(new OutboxDto(outbox.Transport, counts.Pending, counts.Sent, counts.Failed, rows.Select(Dto).ToList()));
    }

    private static async Task<IResult> GetAsync(int id, Outbox outbox, CancellationToken ct) =>
        await outbox.FindAsync(id, ct) is { } m ? TypedResults.Ok(new MessageBodyDto(Dto(m), m.Text, m.Html)) : Problems.Of(MailErrors.NotFound(id), StatusCodes.Status404NotFound);

    private static async Task<IResult> RetryAsync(int id, Outbox outbox, HttpContext http, CancellationToken ct)
    {
        var result = await outbox.RetryAsync(id, http.User.Actor(), ct);
        if (result.IsSuccess) return TypedResults.Ok(Dto((await outbox.FindAsync(id, ct))!));
        var error = result.Errors[0];
        return Problems.Of(error, error.Code == MailErrors.NotFoundCode ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> RunAsync(IServiceScopeFactory scopes, ILogger<MailScheduler> logger, CancellationToken ct)
    {
        var (planned, sent) = await MailScheduler.RunOnceAsync(scopes, logger, ct);
        return TypedResults.Ok(new RunDto(planned, sent));
    }
}
