using Kierunek.Application.Ozps;
using Kierunek.Domain.Ozps.Checks;
using Kierunek.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Kierunek.Web.Pages.Ozps;

/// <summary>A unit's assessment of one year: where it stands, the ROPS's deadline and reason for a return, every table
/// with its progress, "Sprawdź całość" (every rule over the whole form), submission, the team's conclusions, and — for
/// the ROPS — return with a reason or approval.</summary>
public sealed class UnitModel(OzpsAssessments assessments) : OzpsPage(assessments)
{
    /// <summary>Set by "Sprawdź całość": the whole form's findings are listed.</summary>
    public bool Checked { get; private set; }
    [BindProperty(Name = "wnioski")] public string? Conclusions { get; set; }
    [BindProperty(Name = "uwaga")] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(bool sprawdz, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Checked = sprawdz;
        Conclusions = Form.Assessment.Conclusions;
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken ct)
    {
        var result = await Assessments.SubmitAsync(User.OzpsAccess(), User.Actor(), Kod, Rok, ct);
        if (!result.IsSuccess) Checked = true;
        return await AfterAsync(result, "Ocena została przekazana do ROPS.", UnitUrl, ct);
    }

    public async Task<IActionResult> OnPostConclusionsAsync(CancellationToken ct) =>
        await AfterAsync(await Assessments.SaveConclusionsAsync(User.OzpsAccess(), User.Actor(), Kod, Rok, Conclusions, Revision, ct), "Zapisano wnioski.", UnitUrl + "#wnioski", ct);

    public async Task<IActionResult> OnPostApproveAsync(CancellationToken ct) =>
        await AfterAsync(await Assessments.ReviewAsync(User.OzpsAccess(), User.Actor(), Kod, Rok, approve: true, null, ct), "Ocena została zatwierdzona.", UnitUrl, ct);

    public async Task<IActionResult> OnPostReturnAsync(CancellationToken ct) =>
        await AfterAsync(await Assessments.ReviewAsync(User.OzpsAccess(), User.Actor(), Kod, Rok, approve: false, Reason, ct), "Ocena została zwrócona do poprawy.", UnitUrl, ct);

    public async Task<IActionResult> OnPostReopenAsync(CancellationToken ct) =>
        await AfterAsync(await Assessments.ReopenAsync(User.OzpsAccess(), User.Actor(), Kod, Rok, Reason, ct), "Ocena została ponownie otwarta do poprawy.", UnitUrl, ct);

    /// <summary>"błąd" or "ostrzeżenie", as the CLI's check prints them.</summary>
    public static string KindOf(OzpsFinding finding) => finding.Severity == Severity.Error ? "Błąd" : "Ostrzeżenie";
}
