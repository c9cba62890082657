using Kierunek.Application.Accounts;
using Kierunek.Data.Accounts;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Kierunek.Web.Accounts;

/// <summary>Invitation links: valid for a week (a password-reset link stays at a day) and for one use, because
/// setting the password changes the security stamp the token is bound to.</summary>
public sealed class InvitationTokens(IDataProtectionProvider protection, IOptions<InvitationTokenOptions> options, ILogger<DataProtectorTokenProvider<KierunekUser>> logger)
    : DataProtectorTokenProvider<KierunekUser>(protection, options, logger)
{
    public const string Provider = Invitations.Provider;
}

public sealed class InvitationTokenOptions : DataProtectionTokenProviderOptions
{
    public InvitationTokenOptions()
    {
        Name = InvitationTokens.Provider;
        TokenLifespan = TimeSpan.FromDays(7);
    }
}
