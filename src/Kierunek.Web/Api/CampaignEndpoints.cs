using Kierunek.Application;
using Kierunek.Application.Monitoring;
using Kierunek.Application.Strategies;
using Kierunek.Data.Monitoring;
using Kierunek.Domain.Monitoring;
using Kierunek.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Kierunek.Web.Api;

/// <summary>The API face of a period's campaign (the page <c>/monitoring/{key}/{rok}/ustawienia</c>): open a period with
/// its deadline, read and change the deadline, grace days and message, extend or withdraw one institution's deadline.
/// Dates as "2022-03-15" (or any form <see cref="Kierunek.Domain.Values.DateText"/> reads); the same rules and errors as the page.</summary>
public static class CampaignEndpoints
{
    public static void MapCampaigns(this RouteGroupBuilder secured)
    {
        secured.MapPost("/monitoring/{key}/okresy", OpenAsync)
            .WithSummary("Otwarcie okresu sprawozdawczego z terminem przekazania, dniami po terminie i wiadomością (koordynator, zatwierdzający).");
        secured.MapGet("/monitoring/{key}/{year:int}/kampania", GetAsync)
            .WithSummary("Termin przekazania, dni po terminie, wiadomość i przedłużenia; sprawozdawca widzi tylko termin swojej instytucji.");
        secured.MapPut("/monitoring/{key}/{year:int}/kampania", SetAsync)
            .WithSummary("Zmiana terminu przekazania, dni po terminie i wiadomości (koordynator, zatwierdzający).");
        secured.MapPost("/monitoring/{key}/{year:int}/przedluzenia", ExtendAsync)
            .WithSummary("Przedłużenie terminu jednej instytucji, z powodem (koordynator, zatwierdzający).");
        secured.MapDelete("/monitoring/{key}/{year:int}/przedluzenia/{institution}", WithdrawAsync)
            .WithSummary("Cofnięcie przedłużenia terminu instytucji (koordynator, zatwierdzający).");
    }

    public sealed record SettingsRequest(string? Deadline, int? GraceDays, string? Message);
    public sealed record OpenRequest(int? Year, string? Deadline, int? GraceDays, string? Message);
    public sealed record ExtensionRequest(string? Institution, string? Until, string? Reason);
    public sealed record ExtensionDto(string Institution, string InstitutionName, string Until, string Reason);
    /// <param name="DaysLeft">For a reporter: days to their institution's deadline (negative once passed); null for reviewers.</param>
    public sealed record CampaignDto(int Year, string State, string? Deadline, int GraceDays, string? LastEntryDay, string? Message,
        IReadOnlyList<ExtensionDto> Extensions, int? DaysLeft, bool EntryClosed);

    private static async Task<IResult> OpenAsync(string key, OpenRequest request, MonitoringService monitoring, StrategyCatalog catalog, HttpContext http, CancellationToken ct)
    {
        if (!http.User.Actor().Reviews) return Forbidden();
        if (await catalog.GetAsync(key, ct) is null) return TypedResults.NotFound();
        var opened = await monitoring.OpenPeriodAsync(key, request.Year, Settings(request.Deadline, request.GraceDays, request.Message), http.User.Actor(), ct);
        return opened.IsSuccess
            ? TypedResults.Created($"/api/v1/monitoring/{key}/{opened.Value!.Year}/kampania", Dto(opened.Value, Campaigns.Of(opened.Value), null, default))
            : Problems.Of(opened.Errors[0], opened.Errors[0].Code == MonitoringErrors.PeriodExistsCode ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Results<Ok<CampaignDto>, NotFound>> GetAsync(string key, int year, PeriodView view, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var actor = http.User.Actor();
        var loaded = await view.LoadAsync(key, year, actor.Reviews ? null : actor.InstitutionKey ?? "", ct);
        if (loaded is null) return TypedResults.NotFound();
        return TypedResults.Ok(Dto(loaded.Period, loaded.Campaign, actor.Reviews ? null : actor.InstitutionKey ?? "", clock.Today()));
    }

    private static Task<IResult> SetAsync(string key, int year, SettingsRequest request, PeriodView view, Campaigns campaigns, HttpContext http, CancellationToken ct) =>
        ChangeAsync(key, year, view, http, ct, period => campaigns.SetAsync(period.Period.Id, Settings(request.Deadline, request.GraceDays, request.Message), http.User.Actor(), ct));

    private static Task<IResult> ExtendAsync(string key, int year, ExtensionRequest request, PeriodView view, Campaigns campaigns, HttpContext http, CancellationToken ct) =>
        ChangeAsync(key, year, view, http, ct, period => campaigns.ExtendAsync(period.Period.Id,
            period.Tree.Document.Institutions.FirstOrDefault(i => i.Key == request.Institution), request.Until, request.Reason, http.User.Actor(), ct));

    private static Task<IResult> WithdrawAsync(string key, int year, string institution, PeriodView view, Campaigns campaigns, HttpContext http, CancellationToken ct) =>
        ChangeAsync(key, year, view, http, ct, period => campaigns.WithdrawAsync(period.Period.Id, institution, http.User.Actor(), ct));

    /// <summary>403 for a reporter, 404 for a period that is not there, 422 with the refusal, or 200 with the campaign as stored now.</summary>
    private static async Task<IResult> ChangeAsync(string key, int year, PeriodView view, HttpContext http, CancellationToken ct, Func<PeriodView.Loaded, Task<Outcome>> change)
    {
        if (!http.User.Actor().Reviews) return Forbidden();
        if (await view.LoadAsync(key, year, null, ct) is not { } period) return TypedResults.NotFound();
        var outcome = await change(period);
        if (!outcome.Done) return Problems.Of(outcome.Error!, outcome.Error!.Code == MonitoringErrors.ExtensionNotFoundCode ? StatusCodes.Status404NotFound : StatusCodes.Status422UnprocessableEntity);
        var now = (await view.LoadAsync(key, year, null, ct))!;
        return TypedResults.Ok(Dto(now.Period, now.Campaign, null, default));
    }

    private static CampaignSettings Settings(string? deadline, int? graceDays, string? message) => new(deadline, graceDays?.ToString(), message);

    private static IResult Forbidden() => TypedResults.Forbid(authenticationSchemes: [IdentityConstants.BearerScheme]);

    /// <param name="institution">The reporter's institution: only its extension is shown, with its days left; null for reviewers.</param>
    private static CampaignDto Dto(PeriodRow period, Campaign c, string? institution, DateOnly today) => new(
        period.Year, period.State.ToString(), Iso(c.Deadline), c.GraceDays, Iso(institution is null ? c.Deadline?.AddDays(c.GraceDays) : c.LastEntryDayOf(institution)), c.Message,
        c.Extensions.Where(e => institution is null || e.InstitutionKey == institution).Select(e => new ExtensionDto(e.InstitutionKey, e.InstitutionName, Iso(e.Until)!, e.Reason)).ToList(),
        institution is null ? null : c.DaysLeft(institution, today), institution is not null && c.EntryClosed(institution, today));

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd");
}
