using Kierunek.Application.Monitoring;
using Kierunek.Domain.Input;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Results;
using Kierunek.Web.Security;
using Microsoft.AspNetCore.Identity;

namespace Kierunek.Web.Api;

/// <summary>The API face of the assignment page (<c>/monitoring/{key}/{rok}/przydzial</c>): every item with indicators,
/// who has it and whom the document proposes; and many items given at once, one audit row per change.</summary>
public static class AssignmentEndpoints
{
    public static void MapAssignments(this RouteGroupBuilder secured)
    {
        secured.MapGet("/monitoring/{key}/{year:int}/przydzial", ListAsync)
            .WithSummary("Pozycje ze wskaźnikami: komu są przydzielone i kogo proponuje dokument (koordynator, zatwierdzający).");
        secured.MapPost("/monitoring/{key}/{year:int}/przydzial", AssignAsync)
            .WithSummary("Przydział wielu pozycji naraz: items — lista {position, institution}; pozycje, w których instytucja zaczęła wprowadzać wartości, są pomijane i wymienione (koordynator, zatwierdzający).");
    }

    public sealed record ProposalDto(string? Institution, string Basis, IReadOnlyList<string> Candidates);
    public sealed record RowDto(int Position, string? Code, string? Title, int Indicators, string? Institution, string? InstitutionName, bool Started, ProposalDto Proposal);
    public sealed record ItemRequest(int Position, string? Institution);
    public sealed record AssignRequest(IReadOnlyList<ItemRequest>? Items, string? Reason);
    public sealed record SkippedDto(string Item, string Code, string Message);
    public sealed record SummaryDto(int Assigned, int Moved, int Unchanged, IReadOnlyList<SkippedDto> Skipped, string Message);

    private static async Task<IResult> ListAsync(string key, int year, PeriodView view, HttpContext http, CancellationToken ct)
    {
        if (!http.User.Actor().Reviews) return Forbidden();
        if (await view.LoadAsync(key, year, null, ct) is not { } period) return TypedResults.NotFound();
        return TypedResults.Ok(Assignments.Rows(period).Select(r => new RowDto(r.Position, r.Code, r.Node.Title, r.Node.Indicators.Count, r.Current?.Key, r.Current?.Name,
            r.Started, new ProposalDto(r.Proposal.InstitutionKey, r.Proposal.Basis.ToString(), r.Proposal.Candidates))).ToList());
    }

    private static async Task<IResult> AssignAsync(string key, int year, AssignRequest request, PeriodView view, Assignments assignments, HttpContext http, CancellationToken ct)
    {
        if (!http.User.Actor().Reviews) return Forbidden();
        if (await view.LoadAsync(key, year, null, ct) is not { } period) return TypedResults.NotFound();
        if (InputText.Check(request.Reason, "Powód", InputText.ReasonLength, "reason") is { } badReason) return Problems.Of(badReason, StatusCodes.Status422UnprocessableEntity);
        var rows = Assignments.Rows(period).ToDictionary(r => r.Position);
        var changes = new List<Assignments.Change>();
        // Every item named must be one with indicators and every institution one of the register's: otherwise nothing is stored.
        foreach (var (item, i) in (request.Items ?? []).Select((item, i) => (item, i)))
        {
            if (!rows.TryGetValue(item.Position, out var row))
                return Problems.Of(Error.Of(MonitoringErrors.NothingChosenCode, $"items[{i}]: pozycja {item.Position} nie istnieje albo nie ma wskaźników.", $"items[{i}].position"), StatusCodes.Status422UnprocessableEntity);
            if (period.Tree.Document.Institutions.FirstOrDefault(x => x.Key == item.Institution) is not { } institution)
                return Problems.Of(Error.Of(MonitoringErrors.InstitutionNotChosenCode, $"items[{i}]: nie ma instytucji „{item.Institution}” w rejestrze tej strategii.", $"items[{i}].institution"), StatusCodes.Status422UnprocessableEntity);
            changes.Add(new Assignments.Change(row.Position, row.Node, institution));
        }
        var done = await assignments.AssignManyAsync(period.Period.Id, changes, http.User.Actor(), string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim(), ct);
        if (!done.IsSuccess) return Problems.Of(done.Errors[0], StatusCodes.Status422UnprocessableEntity);
        var s = done.Value!;
        return TypedResults.Ok(new SummaryDto(s.Assigned, s.Moved, s.Unchanged, s.Skipped.Select(x => new SkippedDto(x.Item, x.Reason.Code, x.Reason.Message)).ToList(), s.Message()));
    }

    private static IResult Forbidden() => TypedResults.Forbid(authenticationSchemes: [IdentityConstants.BearerScheme]);
}
