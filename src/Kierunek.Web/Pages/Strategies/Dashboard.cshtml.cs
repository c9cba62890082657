using Kierunek.Application.Strategies;
using Kierunek.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Strategies;

/// <summary>A strategy's year at a glance (<see cref="Dashboards"/>): attainment per goal, the indicators off track, how
/// complete the year's monitoring is, and costs by funding source — each chart with its sentence for screen readers.</summary>
public sealed class DashboardModel(Dashboards dashboards) : PageModel
{
    /// <summary>A reader: the page without links to the work pages a reader may not open.</summary>
    public bool ReadsOnly => User.ReadsOnly();

    [BindProperty(SupportsGet = true)] public string Key { get; set; } = "";
    [BindProperty(SupportsGet = true, Name = "rok")] public int? Year { get; set; }

    public Dashboard Data { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // A reporter sees their own institution's completeness; a reader without an institution, none.
        var dashboard = await dashboards.GetAsync(Key, Year, User.Actor().Reviews ? null : User.InstitutionKey() ?? "", ct);
        if (dashboard is null) return NotFound();
        Data = dashboard;
        return Page();
    }
}
