using Kierunek.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Accounts;

/// <summary>Signs out; only by POST with the anti-forgery token, so no link elsewhere can sign a user out. The
/// account's security stamp changes first, so the session ends on the server too: a copy of the old cookie (or an API
/// token of the account) no longer works — on every device, as "wyloguj" is expected to mean on a shared computer.</summary>
public sealed class SignOutModel(SignInManager<KierunekUser> signIn, UserManager<KierunekUser> users) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user) await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        return Redirect("/logowanie");
    }
}
