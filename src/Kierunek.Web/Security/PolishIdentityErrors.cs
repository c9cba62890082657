using Kierunek.Domain.Language;
using Microsoft.AspNetCore.Identity;

namespace Kierunek.Web.Security;

/// <summary>Account errors in Polish, as the user reads them on the form.</summary>
public sealed class PolishIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"Hasło musi mieć co najmniej {PolishPlural.Of(length, "znak", "znaki", "znaków")}." };
    public override IdentityError PasswordRequiresDigit() => new() { Code = nameof(PasswordRequiresDigit), Description = "Hasło musi zawierać cyfrę." };
    public override IdentityError PasswordRequiresLower() => new() { Code = nameof(PasswordRequiresLower), Description = "Hasło musi zawierać małą literę." };
    public override IdentityError PasswordRequiresUpper() => new() { Code = nameof(PasswordRequiresUpper), Description = "Hasło musi zawierać wielką literę." };
    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = $"Adres {email} ma już konto." };
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = $"Login {userName} jest już zajęty." };
    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = $"„{email}” nie jest poprawnym adresem e-mail." };
    public override IdentityError ConcurrencyFailure() => new() { Code = nameof(ConcurrencyFailure), Description = "Ktoś inny zmienił to konto w międzyczasie — odśwież stronę." };
}
