using Kierunek.Application.Ozps;
using Kierunek.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Ozps;

/// <summary>The ministry-level view (an administrator): every voivodeship's share of gminas that submitted, on a map of
/// Poland and in a table; a voivodeship's page from a click.</summary>
public sealed class CountryModel(OzpsRegions regions) : PageModel
{
    public CountryView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int rok, CancellationToken ct)
    {
        var view = await regions.CountryAsync(User.OzpsAccess(), rok, ct);
        if (!view.IsSuccess) return NotFound();
        View = view.Value!;
        return Page();
    }
}
