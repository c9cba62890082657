using Kierunek.Application.Monitoring;
using Kierunek.Domain.Monitoring;
using Kierunek.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Monitoring;

/// <summary>What one institution handed in for a period, as a page to print or save as PDF (the browser's own
/// printing): every value with its comment and state, each action's report, the last change of each, and the
/// source documents. A reporter prints their own institution; a reviewer names one (?instytucja=).</summary>
public sealed class PrintModel(PeriodView view, ValueHistory histories, SourceDocuments documents, ActionReports reports, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Key { get; set; } = "";
    [BindProperty(SupportsGet = true)] public int Rok { get; set; }
    [BindProperty(SupportsGet = true, Name = "instytucja")] public string? Institution { get; set; }

    public PeriodView.Loaded Data { get; private set; } = null!;
    public string InstitutionName { get; private set; } = "";
    public ILookup<int, ValueHistory.Line> History { get; private set; } = Array.Empty<ValueHistory.Line>().ToLookup(_ => 0);
    public IReadOnlyList<SourceDocuments.Document> Files { get; private set; } = [];
    public ProgressScale Scale { get; private set; } = ProgressScale.Default;
    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var actor = User.Actor();
        // A reporter's own institution, whatever the address says; a reviewer must name one.
        var institution = actor.Reviews ? Institution : actor.InstitutionKey;
        if (string.IsNullOrEmpty(institution)) return actor.Reviews ? Redirect($"/monitoring/{Uri.EscapeDataString(Key)}/{Rok}") : NotFound();
        if (await view.LoadAsync(Key, Rok, institution, ct) is not { } loaded || !loaded.Items.Any()) return NotFound();
        Data = loaded;
        InstitutionName = loaded.Items.First().Assignment.InstitutionName;
        History = await histories.OfAsync(loaded.Fields.Select(f => f.Entry.Id), ct);
        Files = await documents.ListAsync(loaded.Period.Id, institution, ct);
        Scale = await reports.ScaleAsync(Key, ct);
        return Page();
    }
}
