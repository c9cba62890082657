using Kierunek.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Kierunek.Web.Pages.Accounts;

/// <summary>Sign-in by e-mail and password (<see cref="PasswordSignIn"/>); attempts from one address are rate-limited.</summary>
[EnableRateLimiting(WebSetup.LoginRateLimit)]
public sealed class SignInModel(PasswordSignIn passwords) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    /// <summary>Arrived from the invitation page, password just set.</summary>
    public bool Accepted => Request.Query["zaproszenie"] == "przyjete";
    public bool AdministratorCreated => Request.Query["administrator"] == "utworzony";
    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password))
        {
            Error = "Podaj adres e-mail i hasło.";
            return Page();
        }
        Error = await passwords.SignInAsync(Email, Password);
        if (Error is null) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        return Page();
    }
}
