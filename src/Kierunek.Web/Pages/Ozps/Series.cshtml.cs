using Kierunek.Application.Ozps;
using Microsoft.AspNetCore.Mvc;

namespace Kierunek.Web.Pages.Ozps;

/// <summary>The multi-year tables of the assessment's analysis part (unemployment, beneficiaries, social work, staff, the
/// barometer's data) with every year stored for the unit — read here; they come in with the unit's file (a document like
/// seed 003, or the CSV by their codes, `ozps template`).</summary>
public sealed class SeriesModel(OzpsAssessments assessments) : OzpsPage(assessments)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    /// <summary>The years any row of the series has a value for, oldest first.</summary>
    public IReadOnlyList<int> YearsOf(string series) =>
        Form.Data.Values.Where(v => v.Key.Table == series && !v.Key.Forecast).Select(v => v.Key.Year).Distinct().Order().ToList();
}
