using Kierunek.Application.Publishing;
using Kierunek.Application.Strategies;
using Kierunek.Data.Accounts;
using Kierunek.Data.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Reports;

/// <summary>A publishing request followed while its files are made in the background: waiting, how many formats are
/// ready, then the publication or why it was refused. Without JavaScript "Sprawdź stan" reloads it; with it, the
/// status updates itself every two seconds.</summary>
public sealed class PublishingModel(Publications publications, StrategyCatalog catalog) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Key { get; set; } = "";
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public PublishingJobRow Job { get; private set; } = null!;
    public string Title { get; private set; } = "";
    public string KindName => IndexModel.Kinds.GetValueOrDefault(Job.Kind, Job.Kind);
    public bool Finished => Job.State is PublishingJobState.Done or PublishingJobState.Refused;

    /// <summary>The formats' names in the order they are made, as the page lists them.</summary>
    public static IReadOnlyList<string> FormatNames => Publications.Formats.Select(f => IndexModel.Formats[f]).ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // Those who publish follow the request; a job of another strategy's address is not this page's.
        if (!User.IsInRole(Roles.Coordinator) && !User.IsInRole(Roles.Administrator)) return Forbid();
        if (await publications.JobAsync(Id, ct) is not { } job || job.DocumentKey != Key) return NotFound();
        Job = job;
        Title = (await catalog.GetAsync(Key, ct))?.Title ?? Key;
        return Page();
    }
}
