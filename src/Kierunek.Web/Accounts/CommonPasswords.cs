using Kierunek.Data.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Kierunek.Web.Accounts;

/// <summary>NIST SP 800-63B (5.1.1.2): a new password is compared with lists of commonly used and expected ones. The
/// lists are Dropbox's zxcvbn (shipped in the zxcvbn-core package: the most common passwords, names, English words,
/// keyboard patterns, dates and sequences), and the person's own e-mail and name and the words of this system are added
/// as expected. A password zxcvbn can guess in under a million tries (score 0 or 1) is refused — "Password1234" is 12
/// characters long and still among the first guesses.</summary>
public sealed class CommonPasswords : IPasswordValidator<KierunekUser>
{
    /// <summary>zxcvbn's scale: 2 = about 10^8 guesses; below it a password falls to an online attack throttled only by the lockout.</summary>
    public const int MinimumScore = 2;

    private static readonly string[] SystemWords = ["kierunek", "strategia", "mops", "mopr", "gops", "ops", "pcpr", "rops", "haslo", "hasło", "polska", "lublin"];

    public Task<IdentityResult> ValidateAsync(UserManager<KierunekUser> manager, KierunekUser user, string? password)
    {
        if (string.IsNullOrEmpty(password)) return Task.FromResult(IdentityResult.Success);
        var expected = SystemWords
            .Concat(new[] { user.Email, user.UserName, user.DisplayName }.OfType<string>()
                .SelectMany(s => s.Split([' ', '@', '.', '-', '_'], StringSplitOptions.RemoveEmptyEntries)))
            .Where(w => w.Length >= 3).Select(w => w.ToLowerInvariant()).Distinct().ToList();
        var strength = Zxcvbn.Zxcvbn.MatchPassword(password, expected);
        return Task.FromResult(strength.Score >= MinimumScore
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = "To hasło jest wśród najczęściej używanych albo łatwo je odgadnąć (popularne słowo z cyframi, układ klawiszy, imię, adres e-mail). "
                    + "Długość daje siłę: użyj kilku niezwiązanych ze sobą słów, np. „kawa-rower-okno-lipiec”.",
            }));
    }
}
