using Kierunek.Application.Publishing;
using Kierunek.Reports.Rendering;
using Kierunek.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using System.Text;

namespace Kierunek.Web.Pages.Publishing;

/// <summary>A published report's file: the web version opens in the browser, the others download.</summary>
public sealed class PublishedFileModel(Publications publications) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, string format, CancellationToken ct)
    {
        if (!ReportFiles.ContentTypes.TryGetValue(format, out var type) || await publications.FileAsync(id, format, ct) is not var (publication, content))
            return NotFound();
        if (format != "html") return File(content, type, $"{publication.Kind}-{publication.Year}.{format}");
        if (StyleOf(Encoding.UTF8.GetString(content)) is { } style) Response.Headers.ContentSecurityPolicy = SecurityHeaders.AllowingStyle(style);
        return File(content, type);
    }

    /// <summary>The text of the report page's one &lt;style&gt; element.</summary>
    private static string? StyleOf(string html)
    {
        var start = html.IndexOf("<style>", StringComparison.Ordinal);
        var end = html.IndexOf("</style>", StringComparison.Ordinal);
        return start >= 0 && end > start ? html[(start + "<style>".Length)..end] : null;
    }
}
