using Kierunek.Application.Strategies;
using Kierunek.Domain.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Strategies.Register;

/// <summary>The institution register (coordinators, administrators): every institution with the spellings the documents
/// print, how many items, values and accounts hang on it; the likely duplicates to merge, each merge confirmed on its own
/// page; the merges in force, each with an undo.</summary>
public sealed class IndexModel(InstitutionRegister register) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")] public string? Text { get; set; }
    [BindProperty(Name = "polaczenie")] public int MergeId { get; set; }
    [TempData] public string? Done { get; set; }

    public IReadOnlyList<InstitutionRegister.Entry> Entries { get; private set; } = [];
    public IReadOnlyList<InstitutionRegister.Suggestion> Suggestions { get; private set; } = [];
    public IReadOnlyList<InstitutionRegister.Merge> Merges { get; private set; } = [];
    public IReadOnlyList<Error> Errors { get; private set; } = [];
    public int Total { get; private set; }

    /// <summary>How many suggestions the page lists.</summary>
    public const int Listed = 30;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostUndoAsync(CancellationToken ct)
    {
        var undone = await register.UndoAsync(MergeId, User.Identity!.Name!, ct);
        if (undone.IsSuccess)
        {
            Done = "Cofnięto połączenie — obie instytucje są znów osobno, z tym, co miały przed połączeniem.";
            return Redirect("/rejestr");
        }
        Errors = undone.Errors;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var all = await register.ListAsync(ct);
        Total = all.Count;
        var text = Text?.Trim();
        Entries = string.IsNullOrEmpty(text) ? all
            : all.Where(e => e.Printed.Append(e.Name).Any(n => StrategyTree.Fold(n).Contains(StrategyTree.Fold(text), StringComparison.Ordinal))).ToList();
        Suggestions = await register.SuggestionsAsync(ct);
        Merges = await register.MergesAsync(ct);
    }
}
