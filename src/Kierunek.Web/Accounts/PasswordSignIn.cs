using Kierunek.Application.Accounts;
using Kierunek.Data.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Kierunek.Web.Accounts;

/// <summary>Sign-in by e-mail and password, the same for the sign-in page and the API's token. Whether an account
/// exists must not show: an unknown e-mail and a wrong password get the same message and cost the same — one password
/// hash checked, against a stand-in hash for an unknown e-mail. Why an account is locked (five wrong passwords, or an
/// administrator's block) is said only to whoever gives its right password: they have shown the account is theirs.
/// Five wrong passwords lock the account for 15 minutes (Identity's lockout).</summary>
public sealed class PasswordSignIn(SignInManager<KierunekUser> signIn, IPasswordHasher<KierunekUser> hasher)
{
    public const string Refused = "Nieprawidłowy adres e-mail lub hasło.";
    public const string BlockedByAdministrator = "Konto jest zablokowane przez administratora. Skontaktuj się z nim, jeśli to pomyłka.";
    public const string LockedAfterFailures = "Konto jest zablokowane na 15 minut po kilku nieudanych próbach logowania.";

    private static string? standIn;

    /// <summary>Signs in (with the sign-in manager's current scheme: the cookie, or the API's bearer token); null on
    /// success, else the message to show.</summary>
    public async Task<string?> SignInAsync(string? email, string? password)
    {
        var users = signIn.UserManager;
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            // The same work as for a real account, so the answer's time does not tell which e-mails exist.
            var nobody = new KierunekUser { DisplayName = "" };
            standIn ??= hasher.HashPassword(nobody, Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(nobody, standIn, password ?? "");
            return Refused;
        }
        if (await users.IsLockedOutAsync(user))
        {
            if (!await users.CheckPasswordAsync(user, password ?? "")) return Refused;
            return UserAdministration.IsBlocked(user) ? BlockedByAdministrator : LockedAfterFailures;
        }
        var checkedPassword = await signIn.CheckPasswordSignInAsync(user, password ?? "", lockoutOnFailure: true);
        if (!checkedPassword.Succeeded) return Refused; // also when this very attempt was the fifth: the password was wrong
        await signIn.SignInAsync(user, isPersistent: false);
        return null;
    }
}
