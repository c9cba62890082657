using Kierunek.Application.Ozps;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Results;
using Kierunek.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Ozps;

/// <summary>A voivodeship's OZPS for one year as its ROPS (or an administrator) sees it: how many gminas submitted, the
/// ROPS's deadline and the council deadline, the map of powiats by the poverty barometer with the same numbers in a
/// table, every gmina's state (a powiat's, after a click on the map), and the region summary to download.</summary>
public sealed class RegionModel(OzpsRegions regions) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Kod { get; set; } = "";
    [BindProperty(SupportsGet = true)] public int Rok { get; set; }
    /// <summary>The powiat whose gminas the list shows (a click on the map); all when empty.</summary>
    [BindProperty(SupportsGet = true)] public string? Powiat { get; set; }
    [BindProperty(Name = "termin")] public string? Deadline { get; set; }
    [BindProperty(Name = "karencja")] public string? Grace { get; set; }
    [BindProperty(Name = "termin-rady")] public string? CouncilDeadline { get; set; }
    [BindProperty(Name = "wiadomość")] public string? Message { get; set; }
    [TempData] public string? Done { get; set; }

    public RegionView View { get; private set; } = null!;
    public IReadOnlyList<Error> Errors { get; private set; } = [];

    public bool IsAbout(string field) => Errors.Any(e => e.Field == field);

    public IEnumerable<RegionGmina> Listed => Powiat is { Length: 4 } p ? View.Gminas.Where(g => g.Unit.Code.StartsWith(p, StringComparison.Ordinal)) : View.Gminas;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var c = View.Campaign;
        Deadline = c.Deadline is { } d ? d.ToString("dd.MM.yyyy") : null;
        Grace = c.GraceDays.ToString();
        CouncilDeadline = (c.CouncilDeadline ?? OzpsRegions.StatutoryCouncilDeadline(Rok)).ToString("dd.MM.yyyy");
        Message = c.Message;
        return Page();
    }

    public async Task<IActionResult> OnPostCampaignAsync(CancellationToken ct)
    {
        var set = await regions.SetCampaignAsync(User.OzpsAccess(), User.Actor(), Kod, Rok, new CampaignSettings(Deadline, Grace, Message), CouncilDeadline, ct);
        if (set.IsSuccess)
        {
            Done = "Zapisano terminy zbierania ocen.";
            return Redirect($"/ozps/region/{Kod}/{Rok}#kampania");
        }
        Errors = set.Errors;
        if (!await LoadAsync(ct)) return NotFound();
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var view = await regions.RegionAsync(User.OzpsAccess(), Kod, Rok, ct);
        if (!view.IsSuccess) return false;
        View = view.Value!;
        return true;
    }
}
