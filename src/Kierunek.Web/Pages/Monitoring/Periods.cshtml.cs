using Kierunek.Application.Monitoring;
using Kierunek.Application.Strategies;
using Kierunek.Data.Monitoring;
using Kierunek.Domain.Monitoring;
using Kierunek.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Monitoring;

/// <summary>A strategy's reporting periods; a coordinator opens a new one.</summary>
public sealed class PeriodsModel(StrategyCatalog catalog, PeriodView view, MonitoringService monitoring, TimeProvider clock) : PageModel
{
    /// <summary>The year a new period is most likely for: the one that has just ended.</summary>
    public int SuggestedYear => clock.GetLocalNow().Year - 1;

    [BindProperty(SupportsGet = true)] public string Key { get; set; } = "";
    [BindProperty] public int? Year { get; set; }
    [BindProperty] public string? Deadline { get; set; }
    [BindProperty] public string? GraceDays { get; set; }
    [BindProperty] public string? Message { get; set; }
    public string Title { get; private set; } = "";
    public IReadOnlyList<PeriodRow> Periods { get; private set; } = [];
    public Kierunek.Domain.Results.Error? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (!User.Actor().Reviews) return Forbid();
        var opened = await monitoring.OpenPeriodAsync(Key, Year, new CampaignSettings(Deadline, GraceDays, Message), User.Actor(), ct);
        if (!opened.IsSuccess) { Error = opened.Errors[0]; return Page(); }
        return Redirect($"/monitoring/{Key}/{opened.Value!.Year}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var document = await catalog.GetAsync(Key, ct);
        if (document is null) return false;
        Title = document.Title;
        Periods = await view.PeriodsOfAsync(Key, ct);
        return true;
    }
}
