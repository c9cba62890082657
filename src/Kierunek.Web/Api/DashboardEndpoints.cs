using Kierunek.Application.Strategies;
using Kierunek.Domain.Results;
using Kierunek.Web.Security;

namespace Kierunek.Web.Api;

/// <summary>The API face of the dashboard (/pulpit/{key}): the same counted figures, as data instead of drawings.</summary>
public static class DashboardEndpoints
{
    public static void MapDashboard(this RouteGroupBuilder readable)
    {
        readable.MapGet("/strategie/{key}/pulpit", DashboardAsync)
            .WithSummary("Pulpit strategii za rok (rok — domyślnie ostatni): wykresy z danymi, wskaźniki zagrożone, kompletność monitoringu według instytucji i chwila, z której są dane (także czytelnik; sprawozdawca widzi tylko swoją instytucję).");
    }

    public sealed record SeriesDto(string Name, IReadOnlyList<decimal> Values);
    public sealed record ChartDto(string Title, string Description, IReadOnlyList<string> Categories, IReadOnlyList<SeriesDto> Series);
    public sealed record OffTrackDto(string? Indicator, string Goal, decimal? Baseline, decimal? Current, decimal? Target, decimal? Percent);
    public sealed record InstitutionDto(string Key, string Name, int Values, int Reported, int Approved, bool Answered);
    public sealed record MonitoringDto(int Asked, int Answered, int Late, int Extended, IReadOnlyList<InstitutionDto> Institutions);
    public sealed record DashboardDto(string Key, string Title, int Year, IReadOnlyList<int> Years, DateTimeOffset AsOf, IReadOnlyList<ChartDto> Charts,
        IReadOnlyList<OffTrackDto> OffTrack, MonitoringDto? Monitoring);

    private static async Task<IResult> DashboardAsync(string key, int? rok, Dashboards dashboards, HttpContext http, CancellationToken ct)
    {
        var actor = http.User.Actor();
        if (await dashboards.GetAsync(key, rok, actor.Reviews ? null : actor.InstitutionKey ?? "", ct) is not { } d)
            return Problems.Of(Error.Of("dashboard.not-found", $"Nie ma strategii „{key}”."), StatusCodes.Status404NotFound);
        return TypedResults.Ok(new DashboardDto(d.Key, d.Title, d.Year, d.Years, d.AsOf,
            d.Figures.Select(f => new ChartDto(f.Chart.Title, f.Chart.Description, f.Chart.Categories, f.Chart.Parts.Select(p => new SeriesDto(p.Name, p.Values)).ToList())).ToList(),
            d.OffTrack.Select(o => new OffTrackDto(o.Name, o.Goal, o.Attainment.Baseline, o.Attainment.Current, o.Attainment.Target, o.Attainment.Percent)).ToList(),
            d.Period is { } p ? new MonitoringDto(p.Answers.Asked, p.Answers.Answered, p.Late, p.Extended,
                p.Institutions.Select(i => new InstitutionDto(i.InstitutionKey, i.Institution, i.Total, i.Reported, i.Counts[Domain.Monitoring.EntryState.Approved], i.Answered)).ToList()) : null));
    }
}
