using Kierunek.Data;
using Kierunek.Data.Monitoring;
using Kierunek.Application.Monitoring;
using Kierunek.Web.Security;
using Kierunek.Application.Strategies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kierunek.Web.Pages.Monitoring;

/// <summary>A strategy's reporting periods; a coordinator opens a new one.</summary>
public sealed class IndexModel(StrategyCatalog catalog, KierunekDb db, MonitoringService monitoring) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Key { get; set; } = "";
    [BindProperty] public int? Year { get; set; }
    public string Title { get; private set; } = "";
    public IReadOnlyList<PeriodRow> Periods { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (!User.Actor().Reviews) return Forbid();
        if (Year is not (>= 2000 and <= 2100)) { Error = "Podaj rok okresu, np. 2024."; return Page(); }
        var (period, error) = await monitoring.OpenPeriodAsync(Key, Year.Value, User.Actor(), ct);
        if (period is null) { Error = error; return Page(); }
        return Redirect($"/monitoring/{Key}/{period.Year}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var document = await catalog.GetAsync(Key, ct);
        if (document is null) return false;
        Title = document.Title;
        Periods = await db.Periods.AsNoTracking().Where(p => p.DocumentKey == Key).OrderByDescending(p => p.Year).ToListAsync(ct);
        return true;
    }
}
