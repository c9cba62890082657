using Kierunek.Application.Strategies;
using Kierunek.Domain.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Strategies.Register;

/// <summary>A merge of two register entries, shown with what it moves before a person confirms it.</summary>
public sealed class MergeModel(InstitutionRegister register) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "z")] public string From { get; set; } = "";
    [BindProperty(SupportsGet = true, Name = "do")] public string Into { get; set; } = "";
    [TempData] public string? Done { get; set; }

    public InstitutionRegister.Entry? Source { get; private set; }
    public InstitutionRegister.Entry? Target { get; private set; }
    public InstitutionRegister.Moved? Moving { get; private set; }
    public int Values { get; private set; }
    public IReadOnlyList<Error> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await PlanAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var merged = await register.MergeAsync(From, Into, User.Identity!.Name!, ct);
        if (merged.IsSuccess)
        {
            Done = $"Połączono „{merged.Value!.FromName}” z „{merged.Value.IntoName}”: przeniesiono {merged.Value.Moved}.";
            return Redirect("/rejestr");
        }
        Errors = merged.Errors;
        await PlanAsync(ct);
        return Page();
    }

    private async Task PlanAsync(CancellationToken ct)
    {
        var plan = await register.PlanMergeAsync(From, Into, ct);
        if (!plan.IsSuccess) { Errors = plan.Errors; return; }
        (Source, Target, Moving, Values) = plan.Value;
    }
}
