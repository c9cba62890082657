using Kierunek.Application.Monitoring;
using Kierunek.Data.Accounts;
using Kierunek.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kierunek.Web.Api;

/// <summary>The start page's "Do zrobienia" for another system (e.g. the office's intranet): a reporter's open
/// periods with what to enter and what came back; a reviewer's with values waiting and institutions answered and late.</summary>
public static class WorkListEndpoints
{
    public static void MapWorkList(this RouteGroupBuilder secured) =>
        secured.MapGet("/do-zrobienia", GetAsync)
            .WithSummary("Co czeka na zalogowanego: sprawozdawcę — wartości do wpisania, zwrócone, termin; koordynatora i zatwierdzającego — wartości do zatwierdzenia, odpowiedzi i spóźnienia instytucji.");

    public sealed record WorkDto(IReadOnlyList<WorkList.ReporterPeriod> ToReport, IReadOnlyList<ReviewDto> ToReview);
    public sealed record ReviewDto(string Key, string Title, int Year, DateOnly? Deadline, int Waiting, int Asked, int Answered, string Response,
        IReadOnlyList<WorkList.InstitutionState> Institutions);

    private static async Task<Ok<WorkDto>> GetAsync(WorkList work, HttpContext http, CancellationToken ct)
    {
        var user = http.User;
        var report = user.IsInRole(Roles.Reporter) && user.InstitutionKey() is { } institution ? await work.ForReporterAsync(institution, ct) : [];
        var review = user.Actor().Reviews ? await work.ForReviewerAsync(ct) : [];
        return TypedResults.Ok(new WorkDto(report, review.Select(p => new ReviewDto(p.Key, p.Title, p.Year, p.Deadline, p.Waiting,
            p.Response.Asked, p.Response.Answered, p.Response.Sentence(), p.Institutions)).ToList()));
    }
}
