using Kierunek.Application.Accounts;
using Kierunek.Application.Mail;
using Kierunek.Application.Strategies;
using Kierunek.Data.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Accounts;

/// <summary>The administrator's list of accounts and the invitation form. An invitation gives a one-time link
/// the administrator passes on; the invited person sets their own password through it.</summary>
public sealed class UsersModel(UserAdministration administration, InstitutionRegister register, Notifications notifications, TimeProvider clock) : PageModel
{
    /// <summary>The moment the page is made, from the injected clock.</summary>
    public DateTimeOffset Now => clock.GetUtcNow();

    [BindProperty] public UserForm Form { get; set; } = new(null, null, Roles.Reporter, null);
    [TempData] public string? Message { get; set; }
    [TempData] public string? InvitationLink { get; set; }
    public string? Error { get; private set; }
    public IReadOnlyList<(KierunekUser User, string? Role)> Users { get; private set; } = [];
    public IReadOnlyList<InstitutionRegister.Institution> Institutions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken ct)
    {
        var outcome = await administration.InviteAsync(Form, User, ct);
        if (!outcome.Done)
        {
            Error = outcome.Error!.Message;
            await LoadAsync(ct);
            return Page();
        }
        InvitationLink = Link(Url, Request, outcome.User!.Id, outcome.InvitationToken!);
        await MailAsync(notifications, administration, outcome.User, InvitationLink, ct);
        Message = $"Zaproszono: {outcome.User.DisplayName} ({outcome.User.Email}). {Mailed}";
        return RedirectToPage();
    }

    public const string Mailed = "Zaproszenie z linkiem wysłano e-mailem (stan wysyłki: Poczta); link można też przekazać samodzielnie.";

    /// <summary>The invitation by e-mail, through the outbox (sent within minutes, or written to the mail folder).</summary>
    public static async Task MailAsync(Notifications notifications, UserAdministration administration, KierunekUser user, string link, CancellationToken ct) =>
        await notifications.InvitationAsync(user.Email!, user.DisplayName, await administration.RoleOfAsync(user) ?? "", user.InstitutionName, link, ct);

    /// <summary>The absolute address of the invitation page (behind a proxy, the forwarded scheme and host).</summary>
    public static string Link(IUrlHelper url, HttpRequest request, string userId, string token) =>
        url.Page("/Accounts/Invitation", null, new { u = userId, t = token }, request.Scheme, request.Host.Value)!;

    private async Task LoadAsync(CancellationToken ct)
    {
        Users = await administration.ListAsync(ct);
        Institutions = await register.AllAsync(ct);
    }
}
