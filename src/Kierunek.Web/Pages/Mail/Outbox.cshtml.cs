using Kierunek.Application.Mail;
using Kierunek.Data.Mail;
using Kierunek.Domain.Mail;
using Kierunek.Web.Api;
using Kierunek.Web.Mail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Mail;

/// <summary>The administrator's outbox: every e-mail the application wrote — invitations, reminders, returns,
/// announcements — with its state; what failed says why and can be sent again. Without a mail server the messages
/// are here too (and in the folder named at the top), so a trial installation shows what would have gone out.</summary>
public sealed class OutboxModel(Outbox outbox, IServiceScopeFactory scopes, ILogger<MailScheduler> logger) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "stan")] public string? StateFilter { get; set; }
    [BindProperty(SupportsGet = true, Name = "rodzaj")] public string? KindFilter { get; set; }
    [BindProperty(SupportsGet = true, Name = "adresat")] public string? ToFilter { get; set; }
    [TempData] public string? Message { get; set; }

    public Outbox.Counts Counts { get; private set; } = new(0, 0, 0);
    public IReadOnlyList<OutboxRow> Rows { get; private set; } = [];
    public string Transport => outbox.Transport;

    public static readonly IReadOnlyList<LetterKind> Kinds = Enum.GetValues<LetterKind>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Counts = await outbox.CountAsync(ct);
        var kind = Enum.TryParse<LetterKind>(KindFilter, out var k) ? k : (LetterKind?)null;
        Rows = await outbox.ListAsync(MailEndpoints.StateOf(StateFilter), kind, ToFilter, ct);
    }

    public async Task<IActionResult> OnPostRunAsync(CancellationToken ct)
    {
        var (planned, sent) = await MailScheduler.RunOnceAsync(scopes, logger, ct);
        Message = $"Zaplanowano przypomnienia: {planned}. Wysłano wiadomości: {sent}.";
        return RedirectToPage(new { stan = StateFilter, rodzaj = KindFilter, adresat = ToFilter });
    }
}
