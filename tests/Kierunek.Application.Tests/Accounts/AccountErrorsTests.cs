using Kierunek.Application.Accounts;

namespace Kierunek.Application.Tests.Accounts;

/// <summary>The account errors' codes are what the log and the tests match on, so each names one refusal.</summary>
public class AccountErrorsTests
{
    [Fact]
    public void Every_code_of_the_accounts_is_distinct_and_named_under_accounts()
    {
        var codes = typeof(AccountErrors).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.NotEmpty(codes);
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.StartsWith("accounts.", c));
    }

    [Fact]
    public void Identitys_own_refusals_become_one_error_with_every_description()
    {
        var error = AccountErrors.IdentityRefused(["Hasło musi zawierać cyfrę.", "Hasło musi zawierać wielką literę."], "Password");
        Assert.Equal(AccountErrors.IdentityRefusedCode, error.Code);
        Assert.Equal("Hasło musi zawierać cyfrę. Hasło musi zawierać wielką literę.", error.Message);
        Assert.Equal("Password", error.Field);
    }
}
