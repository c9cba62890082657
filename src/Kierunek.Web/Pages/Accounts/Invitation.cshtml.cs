using Kierunek.Application.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Kierunek.Web.Pages.Accounts;

/// <summary>Where an invited person sets their password, through the link the administrator gave them.</summary>
[EnableRateLimiting(WebSetup.LoginRateLimit)]
public sealed class InvitationModel(UserAdministration administration) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "u")] public string? UserId { get; set; }
    [BindProperty(SupportsGet = true, Name = "t")] public string? Token { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public string? Repeated { get; set; }
    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await administration.AcceptAsync(UserId, Token, Password, Repeated, ct);
        if (outcome.Done) return Redirect("/logowanie?zaproszenie=przyjete");
        Error = outcome.Error!.Message;
        return Page();
    }
}
