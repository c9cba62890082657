using Kierunek.Data.Accounts;

namespace Kierunek.Application.Accounts;

/// <summary>Where an account stands, as the administrator reads it.</summary>
public static class AccountState
{
    public static string Of(KierunekUser user, DateTimeOffset now) =>
        UserAdministration.IsBlocked(user) ? "zablokowane"
        : user.PasswordHash is null ? "zaproszone — hasło nieustawione"
        : user.LockoutEnd > now ? "czasowo zablokowane po nieudanych logowaniach"
        : "aktywne";
}
