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

    /// <summary>Which state the list shows ("nieprzekazane": not with the ROPS yet; "po-terminie": late); all when empty.</summary>
    [BindProperty(SupportsGet = true, Name = "stan")] public string? State { get; set; }
    [BindProperty(SupportsGet = true, Name = "strona")] public int PageNumber { get; set; } = 1;

    /// <summary>Rows a page of the list shows: a powiat's gminas fit on one, the voivodeship's take a few.</summary>
    public const int PageSize = 50;

    public static readonly IReadOnlyList<(string Value, string Label)> States =
    [
        ("", "wszystkie"), ("nieprzekazane", "jeszcze nieprzekazane"), ("po-terminie", "po terminie"), ("przekazana", "przekazane, do przeglądu"),
        ("zwrocona", "zwrócone do poprawy"), ("zatwierdzona", "zatwierdzone"),
    ];

    /// <summary>The gminas of the chosen powiat and state, every page of them.</summary>
    public IReadOnlyList<RegionGmina> Filtered => View.Gminas
        .Where(g => Powiat is not { Length: 4 } p || g.Unit.Code.StartsWith(p, StringComparison.Ordinal))
        .Where(g => State switch
        {
            "nieprzekazane" => g.Status.State is EntryState.Missing or EntryState.Draft or EntryState.Returned,
            "po-terminie" => g.Status.Late,
            "przekazana" => g.Status.State == EntryState.Submitted,
            "zwrocona" => g.Status.State == EntryState.Returned,
            "zatwierdzona" => g.Status.State == EntryState.Approved,
            _ => true,
        }).ToList();

    public int Pages => Math.Max(1, (Filtered.Count + PageSize - 1) / PageSize);

    public IEnumerable<RegionGmina> Listed => Filtered.Skip((Math.Clamp(PageNumber, 1, Pages) - 1) * PageSize).Take(PageSize);

    /// <summary>The list's address with the current filters and another page.</summary>
    public string PageUrl(int page) => $"/ozps/region/{Kod}/{Rok}?{(Powiat is null ? "" : $"powiat={Powiat}&")}{(string.IsNullOrEmpty(State) ? "" : $"stan={State}&")}strona={page}#gminy";

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

    [BindProperty(Name = "mimo-brakow")] public bool CloseWithoutThem { get; set; }
    [BindProperty(Name = "powod")] public string? Reason { get; set; }

    public async Task<IActionResult> OnPostLockAsync(CancellationToken ct) => await LockAsync(open: false, "Zamknięto zbieranie ocen. Jednostki nie mogą już zmieniać ocen.", ct);

    public async Task<IActionResult> OnPostReopenAsync(CancellationToken ct) => await LockAsync(open: true, "Otwarto ponownie zbieranie ocen.", ct);

    private async Task<IActionResult> LockAsync(bool open, string done, CancellationToken ct)
    {
        var changed = await regions.LockAsync(User.OzpsAccess(), User.Actor(), Kod, Rok, open, CloseWithoutThem, Reason, ct);
        if (changed.IsSuccess)
        {
            Done = done;
            return Redirect($"/ozps/region/{Kod}/{Rok}#kampania");
        }
        Errors = changed.Errors;
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
