using Kierunek.Application.Ozps;
using Kierunek.Reports.Rendering;
using Kierunek.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Ozps;

/// <summary>The form as filled: "wydruk" — the HTML to print, shown in the browser; "formularz.xlsx" — the spreadsheet
/// in the template's row order, for retyping into CAS; "dokument.docx|pdf|html" — the unit's OZPS document as
/// `ozps report` makes it, with the team's conclusions; "pakiet-rady.docx" — the council pack.</summary>
public sealed class FormFileModel(OzpsAssessments assessments, OzpsRecommendations recommendations) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string kod, int rok, string plik, CancellationToken ct)
    {
        if (plik == "pakiet-rady.docx")
        {
            var pack = await recommendations.CouncilPackAsync(User.OzpsAccess(), kod, rok, ct);
            return pack.IsSuccess ? File(pack.Value!, ReportFiles.ContentTypes["docx"], $"ozps-{kod}-{rok}-pakiet-rady.docx") : NotFound();
        }
        var (format, report) = plik switch
        {
            "wydruk" => ("html", false),
            "formularz.xlsx" => ("xlsx", false),
            "dokument.docx" => ("docx", true),
            "dokument.pdf" => ("pdf", true),
            "dokument.html" => ("html", true),
            _ => (null, false),
        };
        if (format is null) return NotFound();
        var document = report ? await assessments.ReportAsync(User.OzpsAccess(), kod, rok, format, ct) : await assessments.FormDocumentAsync(User.OzpsAccess(), kod, rok, format, ct);
        if (!document.IsSuccess) return NotFound();
        return format == "html"
            ? File(document.Value!, ReportFiles.ContentTypes[format])
            : File(document.Value!, ReportFiles.ContentTypes[format], $"ozps-{kod}-{rok}-{plik}");
    }
}
