using Kierunek.Application;
using Kierunek.Application.Ozps;
using Kierunek.Domain.Ozps.Assessments;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Domain.Territory;
using Kierunek.Import.Territory;
using Kierunek.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Ozps;

/// <summary>The OZPS start page, by the account's TERYT code: a unit's staff see their unit's assessments by year and
/// start the next one; a ROPS sees its voivodeship's years; an administrator every voivodeship.</summary>
public sealed class IndexModel(OzpsAssessments assessments, TimeProvider clock) : PageModel
{
    public OzpsAccess Access { get; private set; } = null!;
    public TerritorialUnit? Unit { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<OzpsAssessments.YearEntry> UnitYears { get; private set; } = [];
    /// <summary>Years a unit may start: from the first template's to the last ended year.</summary>
    public IReadOnlyList<int> Startable { get; private set; } = [];
    public IReadOnlyList<TerritorialUnit> Voivodeships { get; private set; } = [];

    /// <summary>The year the administrator's links open when nothing is stored yet: the last ended year.</summary>
    public int LastYear => clock.Today().Year - 1;

    /// <param name="rok">The year chosen in "Otwórz ocenę za rok" (a form that works without JavaScript).</param>
    public async Task<IActionResult> OnGetAsync(int? rok, CancellationToken ct)
    {
        Access = User.OzpsAccess();
        Years = await assessments.YearsAsync(Access, ct);
        if (Access.AreaCode is { } code && !Access.Region) Unit = TercFile.Register.Find(code);
        if (Unit is not null)
        {
            var last = clock.Today().Year - 1;
            Startable = Enumerable.Range(OzpsTemplate.First.AssessmentYear, Math.Max(1, last - OzpsTemplate.First.AssessmentYear + 1)).OrderDescending().ToList();
            UnitYears = await assessments.UnitYearsAsync(Access, Unit.Code, Years, ct);
        }
        if (Access.Administrator)
            Voivodeships = TercFile.Register.Units.Where(u => u.Kind == TerritorialUnitKind.Voivodeship).OrderBy(u => u.Code).ToList();
        if (rok is { } year && Unit is not null && Startable.Contains(year)) return Redirect($"/ozps/{Unit.Code}/{year}");
        return Page();
    }
}
