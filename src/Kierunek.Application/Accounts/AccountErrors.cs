using Kierunek.Domain.Input;
using Kierunek.Domain.Results;

namespace Kierunek.Application.Accounts;

/// <summary>Every way the administrator's work on accounts, or the acceptance of an invitation, can be refused:
/// each with a stable code (for the log and the tests) and the message shown on the form. One list, so the
/// pages, the log and the tests agree. The fields are the names the forms post.</summary>
public static class AccountErrors
{
    public const string InvalidEmailCode = "accounts.invalid-email";
    public const string EmailTakenCode = "accounts.email-taken";
    public const string NameMissingCode = "accounts.name-missing";
    public const string RoleMissingCode = "accounts.role-missing";
    public const string InstitutionMissingCode = "accounts.institution-missing";
    public const string AreaUnknownCode = "accounts.area-unknown";
    public const string AccountNotFoundCode = "accounts.account-not-found";
    public const string PasswordAlreadySetCode = "accounts.password-already-set";
    public const string OwnAdministratorRoleCode = "accounts.own-administrator-role";
    public const string LastAdministratorCode = "accounts.last-administrator";
    public const string OwnAccountBlockedCode = "accounts.own-account-blocked";
    public const string BlockReasonMissingCode = "accounts.block-reason-missing";
    public const string InvitationInvalidCode = "accounts.invitation-invalid";
    public const string PasswordMissingCode = "accounts.password-missing";
    public const string PasswordsDifferCode = "accounts.passwords-differ";
    public const string IdentityRefusedCode = "accounts.identity-refused";
    public const string SetupCodeInvalidCode = "accounts.setup-code-invalid";

    public static Error InvalidEmail { get; } = Error.Of(InvalidEmailCode, "Podaj poprawny adres e-mail, np. jan.kowalski@mops.lublin.pl.", "Form.Email");
    public static Error EmailTaken(string email) => Error.Of(EmailTakenCode, $"Konto z adresem {email} już istnieje.", "Form.Email");
    public static Error NameMissing { get; } = Error.Of(NameMissingCode, "Podaj imię i nazwisko.", "Form.DisplayName");
    public static Error RoleMissing { get; } = Error.Of(RoleMissingCode, "Wybierz rolę.", "Form.Role");
    public static Error InstitutionMissing { get; } =
        Error.Of(InstitutionMissingCode, "Sprawozdawca musi należeć do instytucji (wybierz ją z listy) albo mieć kod TERYT gminy lub powiatu, której ocenę zasobów wypełnia.", "Form.InstitutionKey");
    public static Error AreaUnknown(string code) => Error.Of(AreaUnknownCode,
        $"„{InputText.Quote(code)}” nie jest kodem TERYT gminy (7 cyfr, np. 0608011), powiatu (4 cyfry) ani województwa (2 cyfry) z rejestru TERC.", "Form.AreaCode");
    public static Error AccountNotFound { get; } = Error.Of(AccountNotFoundCode, "Nie ma takiego konta.");
    public static Error PasswordAlreadySet { get; } = Error.Of(PasswordAlreadySetCode, "Ta osoba ma już hasło; zaproszenie nie jest potrzebne.");
    public static Error OwnAdministratorRole { get; } =
        Error.Of(OwnAdministratorRoleCode, "Nie możesz odebrać sobie roli administratora — poproś o to innego administratora.", "Form.Role");
    public static Error LastAdministrator { get; } = Error.Of(LastAdministratorCode, "To jedyny administrator; najpierw nadaj tę rolę komuś innemu.", "Form.Role");
    public static Error OwnAccountBlocked { get; } = Error.Of(OwnAccountBlockedCode, "Nie możesz zablokować własnego konta.");
    public static Error BlockReasonMissing { get; } = Error.Of(BlockReasonMissingCode, "Podaj powód blokady — zostanie zapisany w historii.", "reason");
    /// <summary>One message for a link that is unknown, used, expired or for someone who already has a password:
    /// telling them apart would tell a stranger which accounts exist.</summary>
    public static Error InvitationInvalid { get; } =
        Error.Of(InvitationInvalidCode, "Link zaproszenia jest nieważny, wykorzystany albo wygasł (ważny 7 dni). Poproś administratora o nowy.");
    /// <summary>One message for a setup code that is unknown, used or expired.</summary>
    public static Error SetupCodeInvalid { get; } =
        Error.Of(SetupCodeInvalidCode, "Ten link jest nieważny, wykorzystany albo wygasł (ważny 24 godziny). Osoba z dostępem do serwera może utworzyć nowy poleceniem ./kierunek users add-admin <e-mail>.");
    public static Error PasswordMissing { get; } = Error.Of(PasswordMissingCode, "Podaj hasło.", "Password");
    public static Error PasswordsDiffer { get; } = Error.Of(PasswordsDifferCode, "Hasła nie są takie same.", "Repeated");
    /// <summary>ASP.NET Identity refused (a password rule, a duplicate, a concurrent change): its descriptions,
    /// already in Polish (the web application's <c>PolishIdentityErrors</c>), as one message.</summary>
    public static Error IdentityRefused(IEnumerable<string> descriptions, string? field = null) =>
        Error.Of(IdentityRefusedCode, string.Join(" ", descriptions), field);
}
