using Kierunek.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Accounts;

/// <summary>Signs out; only by POST with the anti-forgery token, so no link elsewhere can sign a user out.</summary>
public sealed class SignOutModel(SignInManager<KierunekUser> signIn) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/logowanie");
    }
}
