using Kierunek.Application.Monitoring;
using Kierunek.Application.Strategies;
using Kierunek.Data.Audit;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Strategies.Checks;
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
public sealed class ItemModel(StrategyCatalog catalog, ItemValues itemValues, TimeProvider clock) : PageModel
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

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var document = await catalog.GetAsync(Key, ct);
        if (document is null) return NotFound();
        Tree = new StrategyTree(document);
        if (Tree.At(Numer) is not { } node) return NotFound();
        Node = node;
        Costs = CostTotaller.ForNode(node, document.CostRule);
        Monitored = await itemValues.ForAsync(Key, Numer, User.Actor(), ct);
        // Who loaded which version is the office's business, not a reader's.
        History = ReadsOnly ? [] : await catalog.HistoryAsync(Key, latest: 20, ct);
        return Page();
    }

    /// <summary>The years any indicator of this item has a value for, in order.</summary>
    public IReadOnlyList<int> Years => Node.Indicators.SelectMany(i => i.Values).Select(v => v.Period.FromYear).Distinct().Order().ToList();

    public static string Show(RecordedValue? value)
    {
        var cell = ValueCells.Of(value);
        return cell.Items.Count == 0 ? cell.Text : string.Join("; ", new[] { cell.Text }.Concat(cell.Items).Where(t => t.Length > 0));
    }

    public string? TrendFigure(Indicator indicator, int index)
    {
        var values = indicator.Values.Where(v => v.Period.IsSingleYear).Select(v => (v.Period.FromYear, v.Value)).ToList();
        if (indicator.Baseline is { Year: { } year } baseline && values.All(v => v.FromYear != year)) values.Insert(0, (year, baseline.Value));
        var target = Domain.Strategies.AttainmentRule.Of(indicator, values.Count > 0 ? values.Max(v => v.FromYear) : clock.GetLocalNow().Year, Tree.Document.PeriodTo).Target;
        return ReportCharts.Trend(indicator, values, target) is { } chart ? Kierunek.Reports.Rendering.HtmlReport.Figure(chart, $"wskaznik{index}") : null;
    }
}
