using Kierunek.Application.Accounts;
using Kierunek.Application.Strategies;
using Kierunek.Data.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Accounts;

/// <summary>The administrator's list of accounts and the invitation form. An invitation gives a one-time link
/// the administrator passes on; the invited person sets their own password through it.</summary>
public sealed class UsersModel(UserAdministration administration, InstitutionRegister register, TimeProvider clock) : PageModel
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
        Message = $"Zaproszono: {outcome.User!.DisplayName} ({outcome.User.Email}).";
        InvitationLink = Link(Url, Request, outcome.User.Id, outcome.InvitationToken!);
        return RedirectToPage();
    }

    /// <summary>The absolute address of the invitation page (behind a proxy, the forwarded scheme and host).</summary>
    public static string Link(IUrlHelper url, HttpRequest request, string userId, string token) =>
        url.Page("/Accounts/Invitation", null, new { u = userId, t = token }, request.Scheme, request.Host.Value)!;

    private async Task LoadAsync(CancellationToken ct)
    {
        Users = await administration.ListAsync(ct);
        Institutions = await register.AllAsync(ct);
    }
}
