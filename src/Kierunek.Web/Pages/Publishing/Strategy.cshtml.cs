using Kierunek.Application.Publishing;
using Kierunek.Domain.Strategies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Publishing;

/// <summary>A strategy a coordinator made public, for anyone without signing in: its goals, tasks and actions with their
/// codes, who carries them out, and each indicator's unit, baseline, target and the values the document gives — one
/// plain page that prints and that a BIP can link to.</summary>
public sealed class StrategyModel(PublicStrategies strategies) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Key { get; set; } = "";

    public StrategyDocument Document { get; private set; } = null!;

    /// <summary>Every year some indicator has a value for, in order.</summary>
    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await strategies.GetAsync(Key, ct) is not { } document) return NotFound();
        Document = document;
        Years = document.AllIndicators().SelectMany(i => i.Values).Where(v => v.Period.IsSingleYear).Select(v => v.Period.FromYear).Distinct().Order().ToList();
        return Page();
    }
}
