using Kierunek.Application.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Kierunek.Web.Pages.Accounts;

/// <summary>Where the first administrator (or a new one, when no administrator can sign in) creates their account,
/// through the link <c>./kierunek users add-admin</c> printed. The code works once, for 24 hours.</summary>
[EnableRateLimiting(WebSetup.LoginRateLimit)]
public sealed class SetupModel(UserAdministration administration, SetupCodes codes) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "kod")] public string? Code { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public string? Repeated { get; set; }
    /// <summary>The address the code was made for; null when the code does not work.</summary>
    public string? Email { get; private set; }
    public Kierunek.Domain.Results.Error? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Email = (await codes.FindAsync(Code, ct))?.Email;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await administration.SetUpAdministratorAsync(Code, DisplayName, Password, Repeated, ct);
        if (outcome.Done) return Redirect("/logowanie?administrator=utworzony");
        Error = outcome.Error;
        Email = (await codes.FindAsync(Code, ct))?.Email;
        return Page();
    }

    /// <summary>The field the error is about ("DisplayName", "Password", "Repeated"), without the administrator form's prefix.</summary>
    public bool IsAbout(string field) => Error?.At.Column?.Replace("Form.", "") == field;
}
