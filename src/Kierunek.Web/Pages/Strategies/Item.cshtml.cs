using Kierunek.Application.Monitoring;
using Kierunek.Application.Ozps;
using Kierunek.Application.Strategies;
using Kierunek.Data.Audit;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Strategies.Checks;
using Kierunek.Domain.Strategies.Editing;
using Kierunek.Domain.Values;
using Kierunek.Reports.Model;
using Kierunek.Reports.Strategies;
using Kierunek.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kierunek.Web.Pages.Strategies;

/// <summary>One item of the tree: who carries it out, when, what it costs by source, its indicators with
/// their values across the years and a chart, notes, and the history of its data.</summary>
public sealed class ItemModel(StrategyCatalog catalog, ItemValues itemValues, ItemHistory itemHistory, OzpsRecommendations recommendations, TimeProvider clock) : PageModel
{
    /// <summary>A reader: the page without links to the work pages a reader may not open.</summary>
    public bool ReadsOnly => User.ReadsOnly();

    [BindProperty(SupportsGet = true)] public string Key { get; set; } = "";
    [BindProperty(SupportsGet = true)] public int Numer { get; set; }

    public StrategyTree Tree { get; private set; } = null!;
    public StrategyNode Node { get; private set; } = null!;
    public CostTotals Costs { get; private set; } = CostTotals.None;
    public IReadOnlyList<AuditRow> History { get; private set; } = [];
    /// <summary>The item's values from the yearly monitoring, newest year first, as far as the user may see them.</summary>
    public IReadOnlyList<ItemValues.Row> Monitored { get; private set; } = [];
    /// <summary>Each indicator's values over all years, the document's and the approved monitoring's, and what changed
    /// since last year under this item.</summary>
    public ItemHistory.History Series { get; private set; } = new([], [], []);
    /// <summary>The OZPS recommendations linked to this item (of approved assessments, and of the units the user's scope reaches).</summary>
    public IReadOnlyList<ItemFinding> OzpsFindings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var document = await catalog.GetAsync(Key, ct);
        if (document is null) return NotFound();
        Tree = StrategyCatalog.TreeOf(document);
        if (Tree.At(Numer) is not { } node) return NotFound();
        Node = node;
        Costs = CostTotaller.ForNode(node, document.CostRule);
        Monitored = await itemValues.ForAsync(Key, Numer, User.Actor(), ct);
        Series = await itemHistory.ForAsync(Key, Numer, ct) ?? Series;
        if (NodeIdentity.Identified(document).FirstOrDefault(x => x.Position == Numer) is { Id: { } id })
            OzpsFindings = await recommendations.ForItemAsync(User.OzpsAccess(), Key, id, ct);
        // Who loaded which version is the office's business, not a reader's.
        History = ReadsOnly ? [] : await catalog.HistoryAsync(Key, latest: 20, ct);
        return Page();
    }

    /// <summary>The years any indicator of this item has a value for, in order.</summary>
    public IReadOnlyList<int> Years => Series.Series.SelectMany(s => s).Select(p => p.Year).Distinct().Order().ToList();

    /// <summary>The indicator's value in a year, from the document or from monitoring; null when there is none (never 0).</summary>
    public ItemHistory.Point? ValueIn(int indicator, int year) => indicator < Series.Series.Count ? Series.Series[indicator].FirstOrDefault(p => p.Year == year) : null;

    /// <summary>Whether any value shown came from monitoring (the table then explains its mark).</summary>
    public bool AnyMonitored => Series.Series.SelectMany(s => s).Any(p => p.Institution is not null);

    /// <summary>"lepiej", "gorzej", "bez zmian"; without a desired direction only which way it went.</summary>
    public static string VerdictName(IndicatorChange change) => change.Verdict switch
    {
        Verdict.Better => "lepiej",
        Verdict.Worse => "gorzej",
        Verdict.Same => "bez zmian",
        _ => (change.To > change.From ? "wzrost" : "spadek") + " (pożądany kierunek nie jest określony)",
    };

    public static string Show(RecordedValue? value)
    {
        var cell = ValueCells.Of(value);
        return cell.Items.Count == 0 ? cell.Text : string.Join("; ", new[] { cell.Text }.Concat(cell.Items).Where(t => t.Length > 0));
    }

    public string? TrendFigure(Indicator indicator, int index)
    {
        var values = index < Series.Series.Count
            ? Series.Series[index].Select(p => (FromYear: p.Year, p.Value)).ToList()
            : indicator.Values.Where(v => v.Period.IsSingleYear).Select(v => (v.Period.FromYear, v.Value)).ToList();
        if (indicator.Baseline is { Year: { } year } baseline && values.All(v => v.FromYear != year)) values.Insert(0, (year, baseline.Value));
        var target = Domain.Strategies.AttainmentRule.Of(indicator, values.Count > 0 ? values.Max(v => v.FromYear) : clock.GetLocalNow().Year, Tree.Document.PeriodTo).Target;
        return ReportCharts.Trend(indicator, values, target) is { } chart ? Kierunek.Reports.Rendering.HtmlReport.Figure(chart, $"wskaznik{index}") : null;
    }
}
