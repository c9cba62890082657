using Kierunek.Application.Ozps;
using Kierunek.Reports.Rendering;
using Kierunek.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Ozps;

/// <summary>The region summary as `ozps region` writes it: XLSX, DOCX or PDF.</summary>
public sealed class RegionFileModel(OzpsRegions regions) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string kod, int rok, string format, CancellationToken ct)
    {
        if (format is not ("xlsx" or "docx" or "pdf")) return NotFound();
        var file = await regions.SummaryAsync(User.OzpsAccess(), kod, rok, format, ct);
        return file.IsSuccess ? File(file.Value!, ReportFiles.ContentTypes[format], $"ozps-{kod}-{rok}-zestawienie.{format}") : NotFound();
    }
}
