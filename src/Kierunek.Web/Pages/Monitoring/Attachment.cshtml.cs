using Kierunek.Application.Monitoring;
using Kierunek.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Monitoring;

/// <summary>A source document, always as a download (application/octet-stream, "attachment", a sandbox policy): a
/// file someone uploaded is never opened by the browser as a page of this application.</summary>
public sealed class AttachmentModel(SourceDocuments documents) : PageModel
{
    public const string Policy = "sandbox; default-src 'none'";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var found = await documents.GetAsync(id, User.Actor(), ct);
        if (!found.IsSuccess) return NotFound();
        return Served(Response, found.Value!);
    }

    /// <summary>The file with the headers that keep it a download; the API serves it the same way.</summary>
    public static FileContentResult Served(HttpResponse response, SourceDocuments.Download file)
    {
        response.Headers.ContentSecurityPolicy = Policy;
        return new FileContentResult(file.Content, "application/octet-stream") { FileDownloadName = file.FileName };
    }
}
