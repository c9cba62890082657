using Kierunek.Application.Monitoring;
using Kierunek.Application.Strategies;
using Kierunek.Domain.Input;
using Kierunek.Domain.Monitoring;
using Kierunek.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Monitoring;

/// <summary>The strategy's names for the seven steps institutions score their actions on (the default: "1 – nie
/// rozpoczęto … 7 – zrealizowano"); renaming keeps the steps, so years stay comparable.</summary>
[Authorize(Policy = WebSetup.ReviewerPolicy)]
public sealed class ScaleModel(StrategyCatalog catalog, ActionReports reports) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Key { get; set; } = "";
    [TempData] public string? Notice { get; set; }
    public string Title { get; private set; } = "";
    public IReadOnlyList<string?> Labels { get; private set; } = [];
    public Kierunek.Domain.Results.Error? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await catalog.GetAsync(Key, ct) is not { } document) return NotFound();
        Title = document.Title;
        Labels = (await reports.ScaleAsync(Key, ct)).Labels;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string?[] krok, bool domyslna, CancellationToken ct)
    {
        if (await catalog.GetAsync(Key, ct) is not { } document) return NotFound();
        Title = document.Title;
        var typed = domyslna ? ProgressScale.Default.Labels.Cast<string?>().ToList() : krok.ToList();
        var outcome = await reports.SetScaleAsync(Key, typed, User.Actor(), ct);
        if (!outcome.Done)
        {
            Error = outcome.Error;
            Labels = [.. typed.Select(t => InputText.Refillable(t, ProgressScale.LabelLength)), .. Enumerable.Repeat<string?>(null, Math.Max(0, ProgressScale.Steps - typed.Count))];
            return Page();
        }
        Notice = "Zapisano nazwy kroków skali realizacji.";
        return Redirect($"/monitoring/{Key}/skala");
    }
}
