using Kierunek.Application.Monitoring;
using Kierunek.Data.Monitoring;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Results;
using Kierunek.Web.Security;
using Microsoft.AspNetCore.Identity;

namespace Kierunek.Web.Api;

/// <summary>The API face of each action's yearly report (the reporter's table, the review page): read them, save or
/// submit one, approve or return it. A reporter sees and writes only their institution's.</summary>
public static class ActionReportEndpoints
{
    public static void MapActionReports(this RouteGroupBuilder secured)
    {
        secured.MapGet("/monitoring/{key}/{year:int}/dzialania", ListAsync)
            .WithSummary("Raporty działań okresu: stan realizacji, opis, wydatki według źródeł, termin; sprawozdawca widzi tylko swoją instytucję.");
        secured.MapPut("/dzialania/{assignment:int}", SaveAsync)
            .WithSummary("Zapis raportu działania (roboczo albo z przekazaniem); version — wersja, którą klient wczytał (0 dla nowego).");
        secured.MapPost("/dzialania/{assignment:int}/zatwierdzenie", (int assignment, ReviewRequest request, ActionReports reports, HttpContext http, CancellationToken ct) =>
            ReviewAsync(assignment, approve: true, request, reports, http, ct)).WithSummary("Zatwierdzenie przekazanego raportu działania (koordynator, zatwierdzający).");
        secured.MapPost("/dzialania/{assignment:int}/zwrot", (int assignment, ReviewRequest request, ActionReports reports, HttpContext http, CancellationToken ct) =>
            ReviewAsync(assignment, approve: false, request, reports, http, ct)).WithSummary("Zwrot raportu działania do poprawy, z powodem (koordynator, zatwierdzający).");
    }

    public sealed record ReportDto(int Assignment, int Position, string? Item, string Institution, int? Step, string? StepName, string? Description,
        string? SpentTotal, string? SpentState, string? SpentGmina, string? SpentOther, bool? TermKept, string? TermNote, string State, string? ReviewComment, int Version);
    public sealed record SaveRequest(int? Step, string? Description, string? SpentTotal, string? SpentState, string? SpentGmina, string? SpentOther,
        bool? TermKept, string? TermNote, int Version, bool Submit);
    public sealed record ReviewRequest(int Version, string? Reason);
    public sealed record SavedDto(int Assignment, int Version, string State);

    private static async Task<IResult> ListAsync(string key, int year, PeriodView view, ActionReports reports, HttpContext http, CancellationToken ct)
    {
        var actor = http.User.Actor();
        if (await view.LoadAsync(key, year, actor.Reviews ? null : actor.InstitutionKey ?? "", ct) is not { } loaded) return TypedResults.NotFound();
        var scale = await reports.ScaleAsync(key, ct);
        return TypedResults.Ok(loaded.Items.Select(i => Dto(i, loaded.Tree.PrintedCodeOf(i.Node), scale)).ToList());
    }

    private static async Task<IResult> SaveAsync(int assignment, SaveRequest request, PeriodView view, ActionReports reports, HttpContext http, CancellationToken ct)
    {
        var actor = http.User.Actor();
        if (actor.InstitutionKey is null) return TypedResults.Forbid(authenticationSchemes: [IdentityConstants.BearerScheme]);
        var typed = new ActionReport(request.Step, request.Description, request.SpentTotal, request.SpentState, request.SpentGmina, request.SpentOther, request.TermKept, request.TermNote);
        return Answer(await reports.SaveAsync(assignment, typed, request.Submit, request.Version, actor, ct));
    }

    private static async Task<IResult> ReviewAsync(int assignment, bool approve, ReviewRequest request, ActionReports reports, HttpContext http, CancellationToken ct) =>
        !http.User.Actor().Reviews ? TypedResults.Forbid(authenticationSchemes: [IdentityConstants.BearerScheme])
            : Answer(await reports.ReviewAsync(assignment, approve, approve ? null : request.Reason ?? "", request.Version, http.User.Actor(), ct));

    /// <summary>200 with the new version; 404 for a report that is not there or not the caller's; 409 when someone saved
    /// first; 422 with every reason otherwise.</summary>
    private static IResult Answer(Result<ActionReportRow> result)
    {
        if (result.IsSuccess) return TypedResults.Ok(new SavedDto(result.Value!.AssignmentId, result.Value.Version, result.Value.State.ToString()));
        // Another institution's report is answered like one that is not there: nothing to learn about it.
        var error = result.Errors[0].Code == MonitoringErrors.OtherInstitutionCode ? MonitoringErrors.EntryNotFound : result.Errors[0];
        var status = error.Code switch
        {
            MonitoringErrors.EntryNotFoundCode => StatusCodes.Status404NotFound,
            MonitoringErrors.ConflictCode => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
        return Problems.Of(error, status, new Dictionary<string, object?>
        {
            ["errors"] = (error == result.Errors[0] ? result.Errors : [error]).Select(e => new { code = e.Code, field = e.Field, message = e.Message }).ToList(),
        });
    }

    private static ReportDto Dto(PeriodView.Item item, string? code, ProgressScale scale)
    {
        var r = item.Assignment.Report;
        return new ReportDto(item.Assignment.Id, item.Assignment.NodePosition!.Value, $"{code} {item.Node.Title}".Trim(), item.Assignment.InstitutionName,
            r?.Step, r?.Step is { } s ? scale.Describe(s) : null, r?.Description, r?.SpentTotal, r?.SpentState, r?.SpentGmina, r?.SpentOther, r?.TermKept, r?.TermNote,
            (r?.State ?? EntryState.Missing).ToString(), r?.ReviewComment, r?.Version ?? 0);
    }
}
