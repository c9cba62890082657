using Kierunek.Application.Ozps;
using Kierunek.Domain.Results;
using Kierunek.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Ozps;

/// <summary>What a unit's OZPS pages share: the unit's TERYT code and the assessment year from the address, the
/// assessment as the signed-in account may see it (anything outside its scope is "not found"), the revision every form
/// sends back, the errors with their fields, and step-then-redirect so a reload never repeats a step.</summary>
public abstract class OzpsPage(OzpsAssessments assessments) : PageModel
{
    protected OzpsAssessments Assessments { get; } = assessments;

    [BindProperty(SupportsGet = true)] public string Kod { get; set; } = "";
    [BindProperty(SupportsGet = true)] public int Rok { get; set; }
    /// <summary>The assessment's revision the page was made from.</summary>
    [BindProperty(Name = "rewizja")] public int Revision { get; set; }
    [TempData] public string? Done { get; set; }

    public AssessmentForm Form { get; protected set; } = null!;
    public IReadOnlyList<Error> Errors { get; protected set; } = [];

    public bool IsAbout(string field) => Errors.Any(e => e.Field == field);

    public string UnitUrl => $"/ozps/{Kod}/{Rok}";

    protected async Task<bool> LoadAsync(CancellationToken ct)
    {
        var opened = await Assessments.OpenAsync(User.OzpsAccess(), Kod, Rok, ct);
        if (!opened.IsSuccess) return false;
        Form = opened.Value!;
        return true;
    }

    /// <summary>After a step: on success back to <paramref name="next"/> with what was done, else this page again with
    /// the errors (and, for a table, what was typed).</summary>
    protected async Task<IActionResult> AfterAsync(Kierunek.Domain.Results.Result<AssessmentForm> result, string done, string next, CancellationToken ct)
    {
        if (result.IsSuccess)
        {
            Done = done;
            return Redirect(next);
        }
        Errors = result.Errors;
        if (!await LoadAsync(ct)) return NotFound();
        return Page();
    }
}
