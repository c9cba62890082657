using Kierunek.Application;
using Kierunek.Application.Monitoring;
using Kierunek.Application.Strategies;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Strategies.Checks;
using Kierunek.Reports.Model;
using Kierunek.Reports.Strategies;
using Kierunek.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kierunek.Web.Pages.Strategies;

/// <summary>A strategy's year at a glance: attainment per goal, the indicators off track, how complete the
/// year's monitoring is, and costs by funding source — each chart with its sentence for screen readers.</summary>
public sealed class DashboardModel(ReportData data, StrategyCatalog catalog, PeriodView periods, TimeProvider clock) : PageModel
{
    /// <summary>A reader: the page without links to the work pages a reader may not open.</summary>
    public bool ReadsOnly => User.ReadsOnly();

    /// <summary>Institutions asked and answered (every value submitted or approved) in the shown year's period.</summary>
    public ResponseRate? Answers { get; private set; }
    /// <summary>Institutions that have not answered and whose deadline has passed.</summary>
    public int Late { get; private set; }
    /// <summary>Institutions with a later deadline of their own.</summary>
    public int Extended { get; private set; }

    [BindProperty(SupportsGet = true)] public string Key { get; set; } = "";
    [BindProperty(SupportsGet = true, Name = "rok")] public int? Year { get; set; }

    public StrategyDocument Document { get; private set; } = null!;
    public int ShownYear { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<Chart> Charts { get; private set; } = [];
    public IReadOnlyList<(Indicator Indicator, string Goal, Attainment Attainment)> OffTrack { get; private set; } = [];
    public IReadOnlyList<Completeness> Completeness { get; private set; } = [];
    public bool HasPeriod { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var periodYears = (await periods.PeriodsOfAsync(Key, ct)).Select(p => p.Year);
        if (await catalog.GetAsync(Key, ct) is not { } stored) return NotFound();
        Years = stored.ReportedYears.Concat(periodYears).Distinct().OrderDescending().ToList();
        ShownYear = Year ?? Years.FirstOrDefault(clock.GetLocalNow().Year - 1);
        Document = (await data.ForYearAsync(Key, ShownYear, ct))!;

        // The year's copy has the stored document's shape, so the stored document's tree (built once) names the goals.
        var tree = StrategyCatalog.TreeOf(stored);
        var storedNodes = tree.Nodes;
        var byGoal = Document.AllNodes().Select((n, position) => (Node: n, Position: position)).Where(x => x.Node.Indicators.Count > 0)
            .SelectMany(x => x.Node.Indicators.Select(i => (Goal: GoalOf(tree, storedNodes[x.Position]), Indicator: i, Attainment: AttainmentRule.Of(i, ShownYear, Document.PeriodTo))))
            .ToList();
        OffTrack = byGoal.Where(x => x.Attainment.Status == AttainmentStatus.AtRisk).Select(x => (x.Indicator, x.Goal, x.Attainment)).ToList();
        var charts = new List<Chart>();
        if (ReportCharts.StatusByGoal(byGoal.GroupBy(x => x.Goal).Select(g => (g.Key, (IReadOnlyList<AttainmentStatus>)g.Select(x => x.Attainment.Status).ToList())).ToList(), ShownYear) is { } status)
            charts.Add(status);

        var progress = await periods.ProgressAsync(Key, ShownYear, User.Actor().Reviews ? null : User.InstitutionKey() ?? "", ct);
        HasPeriod = progress is not null;
        if (progress is not null)
        {
            Completeness = progress.Institutions;
            var today = clock.Today();
            Answers = progress.Response;
            Late = Completeness.Count(c => !c.Answered && progress.Campaign.DaysLeft(c.InstitutionKey, today) < 0);
            Extended = Completeness.Count(c => progress.Campaign.ExtensionOf(c.InstitutionKey) is not null);
            if (Kierunek.Application.Monitoring.Completeness.Chart(Completeness, ShownYear) is { } completeness) charts.Add(completeness);
        }

        var totals = CostTotaller.ByGoal(Document);
        var goals = Document.AllNodes().Where(n => n.Kind == NodeKind.SpecificGoal && n.Code is not null)
            .Select(g => (g.Code!, totals.GetValueOrDefault(g.Code!, CostTotals.None))).ToList();
        if (ReportCharts.CostBySource(goals) is { } costs) charts.Add(costs);
        Charts = charts;
        return Page();
    }

    /// <summary>The nearest goal with a code above (or at) the item: "1.1" for an action of seed 000, "3" for a goal of seed 002.</summary>
    private static string GoalOf(StrategyTree tree, StrategyNode node) =>
        tree.AncestorsOf(node).Append(node).LastOrDefault(n => n.Code is not null && n.Kind is NodeKind.SpecificGoal or NodeKind.MainGoal or NodeKind.Priority or NodeKind.PriorityArea)?.Code
        ?? node.Code ?? "–";
}
