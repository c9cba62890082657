using Kierunek.Application.Monitoring;
using Kierunek.Data;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Strategies.Checks;
using Kierunek.Reports.Model;
using Kierunek.Reports.Rendering;
using Kierunek.Reports.Strategies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kierunek.Application.Strategies;

/// <summary>A strategy's year at a glance (/pulpit and its API): attainment per goal, the indicators off track, how
/// complete the year's monitoring is, and costs by funding source — each chart drawn, with its sentence for screen
/// readers. <see cref="AsOf"/> is when the figures were counted.</summary>
public sealed record Dashboard(string Key, string Title, int Year, IReadOnlyList<int> Years, IReadOnlyList<Dashboard.Figure> Figures,
    IReadOnlyList<Dashboard.OffTrackIndicator> OffTrack, Dashboard.Monitoring? Period, DateTimeOffset AsOf)
{
    /// <summary>A chart and its drawing: the HTML of the figure (inline SVG and caption).</summary>
    public sealed record Figure(StackedBarChart Chart, string Html);

    /// <param name="Goal">The nearest goal with a code above the indicator ("1.1").</param>
    public sealed record OffTrackIndicator(string? Name, string Goal, Attainment Attainment);

    /// <summary>The year's monitoring period: who answered, who is late, who has more time, per institution.</summary>
    public sealed record Monitoring(ResponseRate Answers, int Late, int Extended, IReadOnlyList<Completeness> Institutions);
}

/// <summary>Makes the dashboard and keeps it: a strategy of 6 000 actions read by coordinators while 300 institutions
/// report takes a few hundred milliseconds to count, so the counted dashboard is kept and given again while nothing
/// changed (the audit log's last entry is the stamp — every change of data writes one). When something changed, a
/// dashboard younger than <see cref="Refresh"/> is still given (its time is on the page) and a newer one counted in
/// the background, one at a time; an older one is counted while the reader waits.</summary>
public sealed class Dashboards(ReportData data, StrategyCatalog catalog, PeriodView periods, KierunekDb db, IMemoryCache cache, TimeProvider clock,
    IServiceScopeFactory scopes, ILogger<Dashboards> logger)
{
    /// <summary>How old a dashboard may be when data changed since it was counted: given at once, counted anew behind.</summary>
    public static readonly TimeSpan Refresh = TimeSpan.FromSeconds(10);

    /// <summary>A dashboard being counted again in the background waits this long after the last count, so a day of
    /// constant saves costs one count per this many seconds, not one per request.</summary>
    public static readonly TimeSpan Pause = TimeSpan.FromSeconds(2);

    /// <summary>Institutions up to which the completeness chart has a bar each; more are grouped by how far they are
    /// (three hundred bars on a page are lines nobody can tell apart — the table beside lists every one).</summary>
    public const int BarsPerInstitutionUpTo = 40;

    /// <param name="year">The year to show; null for the latest reported or monitored.</param>
    /// <param name="institution">Only this institution's completeness (a reporter); null for every institution.</param>
    public async Task<Dashboard?> GetAsync(string key, int? year, string? institution, CancellationToken ct)
    {
        if (await catalog.GetAsync(key, ct) is not { } stored) return null;
        var years = stored.ReportedYears.Concat((await periods.PeriodsOfAsync(key, ct)).Select(p => p.Year)).Distinct().OrderDescending().ToList();
        var shown = year ?? years.FirstOrDefault(clock.GetLocalNow().Year - 1);
        var stamp = await StampAsync(ct);
        var kept = cache.GetOrCreate($"pulpit:{key}:{shown}:{institution ?? "*"}", entry =>
        {
            entry.SlidingExpiration = TimeSpan.FromMinutes(10);
            return new Kept();
        })!;
        if (kept.Current is { } current && (current.Stamp == stamp || clock.GetUtcNow() - current.Dashboard.AsOf < Refresh))
        {
            if (current.Stamp != stamp && clock.GetUtcNow() - current.Dashboard.AsOf >= Pause) RecountBehind(kept, key, shown, institution);
            return current.Dashboard with { Years = years };
        }
        var counted = await CountAsync(key, shown, years, institution, stamp, ct);
        kept.Current = counted;
        return counted.Dashboard;
    }

    /// <summary>What is kept per strategy, year and institution: the last dashboard counted, and whether one is being counted.</summary>
    private sealed class Kept
    {
        public volatile Counted? Current;
        public int Counting;
    }

    private sealed record Counted(string Stamp, Dashboard Dashboard);

    private void RecountBehind(Kept kept, string key, int year, string? institution)
    {
        if (Interlocked.Exchange(ref kept.Counting, 1) == 1) return;
        _ = Task.Run(async () =>
        {
            try
            {
                // A scope of its own: the request's database context is gone by the time this ends.
                using var scope = scopes.CreateScope();
                var dashboards = scope.ServiceProvider.GetRequiredService<Dashboards>();
                var years = kept.Current?.Dashboard.Years ?? [year];
                kept.Current = await dashboards.CountAsync(key, year, years, institution, await dashboards.StampAsync(CancellationToken.None), CancellationToken.None);
            }
            catch (Exception e)
            {
                // The dashboard counted before stays; the next request tries again.
                StrategyLog.DashboardNotCounted(logger, key, year, e);
            }
            finally
            {
                Volatile.Write(ref kept.Counting, 0);
            }
        });
    }

    /// <summary>What a dashboard was counted from: the last audit entry (every change of data writes one) and the day
    /// (who is late changes at midnight).</summary>
    private async Task<string> StampAsync(CancellationToken ct) => $"{await db.Audit.MaxAsync(a => (long?)a.Id, ct)}:{clock.Today().DayNumber}";

    private async Task<Counted> CountAsync(string key, int year, IReadOnlyList<int> years, string? institution, string stamp, CancellationToken ct)
    {
        var asOf = clock.GetUtcNow();
        var document = (await data.ForYearAsync(key, year, ct))!;
        // The year's copy has the stored document's shape, so the stored document's tree (built once) names the goals.
        var tree = StrategyCatalog.TreeOf((await catalog.GetAsync(key, ct))!);
        var byGoal = document.AllNodes().Select((node, position) => (Node: node, Position: position)).Where(x => x.Node.Indicators.Count > 0)
            .SelectMany(x => x.Node.Indicators.Select(i => (Goal: GoalOf(tree, tree.Nodes[x.Position]), Indicator: i, Attainment: AttainmentRule.Of(i, year, document.PeriodTo))))
            .ToList();
        var offTrack = byGoal.Where(x => x.Attainment.Status == AttainmentStatus.AtRisk).Select(x => new Dashboard.OffTrackIndicator(x.Indicator.Name, x.Goal, x.Attainment)).ToList();
        var charts = new List<StackedBarChart>();
        if (ReportCharts.StatusByGoal(byGoal.GroupBy(x => x.Goal).Select(g => (g.Key, (IReadOnlyList<AttainmentStatus>)g.Select(x => x.Attainment.Status).ToList())).ToList(), year) is { } status)
            charts.Add(status);

        Dashboard.Monitoring? monitoring = null;
        if (await periods.ProgressAsync(key, year, institution, ct) is { } progress)
        {
            var today = clock.Today();
            var rows = progress.Institutions;
            monitoring = new Dashboard.Monitoring(progress.Response, rows.Count(c => !c.Answered && progress.Campaign.DaysLeft(c.InstitutionKey, today) < 0),
                rows.Count(c => progress.Campaign.ExtensionOf(c.InstitutionKey) is not null), rows);
            if ((rows.Count <= BarsPerInstitutionUpTo ? Completeness.Chart(rows, year) : Completeness.ChartByProgress(rows, year)) is { } completeness) charts.Add(completeness);
        }

        var totals = CostTotaller.ByGoal(document);
        var goals = document.AllNodes().Where(n => n.Kind == NodeKind.SpecificGoal && n.Code is not null)
            .Select(g => (g.Code!, totals.GetValueOrDefault(g.Code!, CostTotals.None))).ToList();
        if (ReportCharts.CostBySource(goals) is { } costs) charts.Add(costs);
        var figures = charts.Select((chart, i) => new Dashboard.Figure(chart, HtmlReport.Figure(chart, $"pulpit{i + 1}"))).ToList();
        return new Counted(stamp, new Dashboard(key, document.Title, year, years, figures, offTrack, monitoring, asOf));
    }

    /// <summary>The nearest goal with a code above (or at) the item: "1.1" for an action of seed 000, "3" for a goal of seed 002.</summary>
    private static string GoalOf(StrategyTree tree, StrategyNode node) =>
        tree.AncestorsOf(node).Append(node).LastOrDefault(n => n.Code is not null && n.Kind is NodeKind.SpecificGoal or NodeKind.MainGoal or NodeKind.Priority or NodeKind.PriorityArea)?.Code
        ?? node.Code ?? "–";
}
