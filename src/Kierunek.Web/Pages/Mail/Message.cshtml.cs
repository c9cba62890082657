using Kierunek.Application.Mail;
using Kierunek.Data.Mail;
using Kierunek.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Mail;

/// <summary>One e-mail as it was written: recipient, subject, the plain text, the HTML version on its own page, the
/// state and the last error; one that was not sent can be sent again (audited).</summary>
public sealed class MessageModel(Outbox outbox) : PageModel
{
    /// <summary>The HTML version is the application's own (every typed text escaped), shown as its own document that
    /// may not run script, load anything or be framed.</summary>
    public const string HtmlPolicy = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'";

    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [TempData] public string? Notice { get; set; }
    public string? Error { get; private set; }
    public OutboxRow Row { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await outbox.FindAsync(Id, ct) is not { } row) return NotFound();
        Row = row;
        return Page();
    }

    public async Task<IActionResult> OnGetHtmlAsync(CancellationToken ct)
    {
        if (await outbox.FindAsync(Id, ct) is not { } row) return NotFound();
        Response.Headers.ContentSecurityPolicy = HtmlPolicy;
        return Content(row.Html, "text/html; charset=utf-8");
    }

    public async Task<IActionResult> OnPostRetryAsync(CancellationToken ct)
    {
        var result = await outbox.RetryAsync(Id, User.Actor(), ct);
        if (!result.IsSuccess)
        {
            Error = result.Errors[0].Message;
            return await OnGetAsync(ct);
        }
        Notice = "Wiadomość czeka na wysłanie; harmonogram wyśle ją w ciągu kilku minut.";
        return RedirectToPage(new { Id });
    }
}
