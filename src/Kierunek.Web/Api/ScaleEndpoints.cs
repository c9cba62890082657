using Kierunek.Application.Monitoring;
using Kierunek.Application.Strategies;
using Kierunek.Web.Security;
using Microsoft.AspNetCore.Identity;

namespace Kierunek.Web.Api;

/// <summary>The API face of <c>/monitoring/{key}/skala</c>: the names of the seven steps actions are scored on.</summary>
public static class ScaleEndpoints
{
    public static void MapScale(this RouteGroupBuilder secured)
    {
        secured.MapGet("/strategie/{key}/skala", GetAsync).WithSummary("Nazwy siedmiu kroków skali realizacji działań strategii.");
        secured.MapPut("/strategie/{key}/skala", SetAsync).WithSummary("Zmiana nazw kroków skali realizacji: labels — siedem nazw (koordynator, zatwierdzający).");
    }

    public sealed record ScaleDto(IReadOnlyList<string> Labels);
    public sealed record ScaleRequest(IReadOnlyList<string?>? Labels);

    private static async Task<IResult> GetAsync(string key, StrategyCatalog catalog, ActionReports reports, CancellationToken ct) =>
        await catalog.GetAsync(key, ct) is null ? TypedResults.NotFound() : TypedResults.Ok(new ScaleDto((await reports.ScaleAsync(key, ct)).Labels));

    private static async Task<IResult> SetAsync(string key, ScaleRequest request, StrategyCatalog catalog, ActionReports reports, HttpContext http, CancellationToken ct)
    {
        if (!http.User.Actor().Reviews) return TypedResults.Forbid(authenticationSchemes: [IdentityConstants.BearerScheme]);
        if (await catalog.GetAsync(key, ct) is null) return TypedResults.NotFound();
        var outcome = await reports.SetScaleAsync(key, request.Labels ?? [], http.User.Actor(), ct);
        return outcome.Done ? TypedResults.Ok(new ScaleDto((await reports.ScaleAsync(key, ct)).Labels)) : Problems.Of(outcome.Error!, StatusCodes.Status422UnprocessableEntity);
    }
}
