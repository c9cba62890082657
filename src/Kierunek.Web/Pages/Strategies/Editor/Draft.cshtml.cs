using Kierunek.Application.Strategies;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Strategies.Editing;
using Microsoft.AspNetCore.Mvc;

namespace Kierunek.Web.Pages.Strategies.Editor;

/// <summary>The editor's main page: the draft's tree (each item opens its own editing page), a top-level item added,
/// codes renumbered by the pattern, and the draft saved as the next version with its resolution — or dropped.</summary>
public sealed class DraftModel(StrategyEditor editor) : EditorPage(editor)
{
    [BindProperty(Name = "tytul")] public string? ItemTitle { get; set; }
    [BindProperty(Name = "kod")] public string? ItemCode { get; set; }
    [BindProperty(Name = "uchwala")] public string? ResolutionNumber { get; set; }
    [BindProperty(Name = "dataUchwaly")] public DateOnly? ResolutionDate { get; set; }
    [BindProperty(Name = "organ")] public string? ResolutionBody { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostAddAsync(CancellationToken ct) =>
        StepAsync((d, _) => TreeEdits.Add(d, null, ItemTitle, ItemCode), EditorUrl, ct);

    public Task<IActionResult> OnPostRenumberAsync(CancellationToken ct) => StepAsync((d, _) => TreeEdits.Renumber(d), EditorUrl, ct);

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        var saved = await Editor.SaveAsync(Key, Revision, UserName, Resolution.FromForm(ResolutionNumber, ResolutionDate, ResolutionBody), ct);
        if (saved.IsSuccess) return Redirect($"/strategie/{Uri.EscapeDataString(Key)}?wczytano={saved.Value}");
        Errors = saved.Errors;
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostDiscardAsync(CancellationToken ct)
    {
        var dropped = await Editor.DiscardAsync(Key, Revision, UserName, ct);
        if (dropped.IsSuccess) return Redirect("/");
        Errors = dropped.Errors;
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    protected override Task<IActionResult> RefusedAsync(CancellationToken ct) => Task.FromResult<IActionResult>(Page());

    /// <summary>The level name of the top level, for the form's label.</summary>
    public string TopLevel => Draft.Document.Levels is [var top, ..] ? top.Name : "pozycja";
}
