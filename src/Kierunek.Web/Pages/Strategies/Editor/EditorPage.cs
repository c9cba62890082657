using Kierunek.Application.Strategies;
using Kierunek.Domain.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Strategies.Editor;

/// <summary>What the editor's pages share: the draft, the revision every form sends back (a step made on an older page is
/// refused, not applied over somebody else's), the errors with their fields, and the step-then-redirect of every form,
/// so a reload never repeats a step.</summary>
public abstract class EditorPage(StrategyEditor editor) : PageModel
{
    protected StrategyEditor Editor { get; } = editor;

    [BindProperty(SupportsGet = true)] public string Key { get; set; } = "";
    /// <summary>The draft's revision the page was made from.</summary>
    [BindProperty(Name = "rewizja")] public int Revision { get; set; }
    /// <summary>What the last step did, shown once after its redirect.</summary>
    [TempData] public string? Done { get; set; }

    public StrategyEditor.Draft Draft { get; protected set; } = null!;
    public IReadOnlyList<Error> Errors { get; protected set; } = [];

    public bool IsAbout(string field) => Errors.Any(e => e.Field == field);

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;

    protected string UserName => User.Identity!.Name!;

    /// <summary>Loads the draft (begun from the stored version on first visit); false when the strategy does not exist.</summary>
    protected async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await Editor.OpenAsync(Key, ct) is not { } draft) return false;
        Draft = draft;
        return true;
    }

    /// <summary>Applies a step; on success redirects to <paramref name="next"/> with what it did, else shows the page again
    /// with the errors (the draft as it is now, the typed values still in the form).</summary>
    protected async Task<IActionResult> StepAsync(StrategyEditor.Step step, string next, CancellationToken ct)
    {
        var applied = await Editor.ApplyAsync(Key, Revision, UserName, step, ct);
        if (applied.IsSuccess)
        {
            Done = applied.Value!.Log[^1];
            return Redirect(next);
        }
        Errors = applied.Errors;
        if (!await LoadAsync(ct)) return NotFound();
        return await RefusedAsync(ct);
    }

    /// <summary>The page shown again after a refused step.</summary>
    protected abstract Task<IActionResult> RefusedAsync(CancellationToken ct);

    public string EditorUrl => $"/strategie/{Uri.EscapeDataString(Key)}/edycja";
}
