namespace Kierunek.Application.Accounts;

/// <summary>The names an invitation link's token is made and checked under. The token provider itself (valid a
/// week, bound to the security stamp, so it works once) is ASP.NET Core Identity's and is registered by the web
/// application.</summary>
public static class Invitations
{
    public const string Provider = "Zaproszenie";
    public const string Purpose = "zaproszenie";
}
