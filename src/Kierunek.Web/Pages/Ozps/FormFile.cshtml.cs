using Kierunek.Application.Ozps;
using Kierunek.Reports.Rendering;
using Kierunek.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Ozps;

/// <summary>The form as filled: "wydruk" — the HTML to print, shown in the browser; "formularz.xlsx" — the spreadsheet
/// in the template's row order, for retyping into CAS.</summary>
public sealed class FormFileModel(OzpsAssessments assessments) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string kod, int rok, string plik, CancellationToken ct)
    {
        var format = plik switch { "wydruk" => "html", "formularz.xlsx" => "xlsx", _ => null };
        if (format is null) return NotFound();
        var document = await assessments.FormDocumentAsync(User.OzpsAccess(), kod, rok, format, ct);
        if (!document.IsSuccess) return NotFound();
        return format == "html"
            ? File(document.Value!, ReportFiles.ContentTypes[format])
            : File(document.Value!, ReportFiles.ContentTypes[format], $"ozps-{kod}-{rok}-formularz.xlsx");
    }
}
