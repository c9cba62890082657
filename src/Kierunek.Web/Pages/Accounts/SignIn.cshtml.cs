using Kierunek.Application.Accounts;
using Kierunek.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Kierunek.Web.Pages.Accounts;

/// <summary>Sign-in by e-mail and password; five wrong passwords lock the account for 15 minutes, and
/// attempts from one address are rate-limited.</summary>
[EnableRateLimiting(WebSetup.LoginRateLimit)]
public sealed class SignInModel(SignInManager<KierunekUser> signIn) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    /// <summary>Arrived from the invitation page, password just set.</summary>
    public bool Accepted => Request.Query["zaproszenie"] == "przyjete";
    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password))
        {
            Error = "Podaj adres e-mail i hasło.";
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        Error = !result.IsLockedOut ? "Nieprawidłowy adres e-mail lub hasło."
            : await signIn.UserManager.FindByEmailAsync(Email.Trim()) is { } user && UserAdministration.IsBlocked(user)
                ? "Konto jest zablokowane przez administratora. Skontaktuj się z nim, jeśli to pomyłka."
                : "Konto jest zablokowane na 15 minut po kilku nieudanych próbach logowania.";
        return Page();
    }
}
