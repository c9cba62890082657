using Kierunek.Application.Strategies;
using Kierunek.Data.Accounts;
using Kierunek.Domain.Strategies;
using Kierunek.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Strategies;

/// <summary>The strategy's tree with codes and level names; search and filters by institution, status
/// and goal leave the matching items and the path to them.</summary>
public sealed class TreeModel(StrategyCatalog catalog, Kierunek.Application.Publishing.PublicStrategies publicStrategies) : PageModel
{
    /// <summary>A reader: the page without links to the work pages a reader may not open.</summary>
    public bool ReadsOnly => User.ReadsOnly();

    /// <summary>Coordinators and administrators edit the strategy (<c>/strategie/{key}/edycja</c>).</summary>
    public bool Edits => User.IsInRole(Roles.Administrator) || User.IsInRole(Roles.Coordinator);

    [BindProperty(SupportsGet = true)] public string Key { get; set; } = "";
    [BindProperty(SupportsGet = true, Name = "q")] public string? Text { get; set; }
    /// <summary>The version just saved from the upload page (0: the file was the stored version itself).</summary>
    [BindProperty(SupportsGet = true, Name = "wczytano")] public int? Loaded { get; set; }
    [BindProperty(SupportsGet = true, Name = "instytucja")] public string? Institution { get; set; }
    [BindProperty(SupportsGet = true, Name = "status")] public MeasureStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "cel")] public string? Goal { get; set; }

    /// <summary>The tree and indicators are on the public page (<c>/publiczne/strategie/{key}</c>).</summary>
    public bool IsPublic { get; private set; }

    public StrategyTree Tree { get; private set; } = null!;
    public IReadOnlySet<StrategyNode>? Visible { get; private set; }
    public int Matches { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var document = await catalog.GetAsync(Key, ct);
        if (document is null) return NotFound();
        Tree = StrategyCatalog.TreeOf(document);
        IsPublic = await publicStrategies.IsPublicAsync(Key, ct);
        var filter = new TreeFilter(Text?.Trim(), Empty(Institution), Status, Empty(Goal));
        if (!filter.IsEmpty)
        {
            Visible = Tree.Visible(filter);
            Matches = Visible.Count(n => n.Kind == NodeKind.Measure || n.Children.Count == 0);
        }
        return Page();
    }

    /// <summary>A coordinator's switch: the tree and indicators public, or back to signed-in people only.</summary>
    public async Task<IActionResult> OnPostPublicAsync([FromForm(Name = "publiczna")] bool open, CancellationToken ct)
    {
        if (!Edits) return Forbid();
        if (!await publicStrategies.SetAsync(Key, open, User.Identity!.Name!, ct)) return NotFound();
        return Redirect($"/strategie/{Uri.EscapeDataString(Key)}");
    }

    public bool Shows(StrategyNode node) => Visible is null || Visible.Contains(node);

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
