using Kierunek.Data.Accounts;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Ozps.Assessments;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using System.Security.Claims;

namespace Kierunek.Web.Security;

/// <summary>The sign-in cookie carries the user's institution and display name, so every request knows
/// whose values the user may see without another query.</summary>
public sealed class KierunekClaims(UserManager<KierunekUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<KierunekUser, IdentityRole>(users, roles, options)
{
    public const string Institution = "kierunek:instytucja";
    public const string InstitutionName = "kierunek:instytucja-nazwa";
    public const string DisplayName = "kierunek:nazwa";
    public const string Area = "kierunek:teryt";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(KierunekUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayName, user.DisplayName));
        if (user.InstitutionKey is { } key) identity.AddClaim(new Claim(Institution, key));
        if (user.InstitutionName is { } name) identity.AddClaim(new Claim(InstitutionName, name));
        if (user.AreaCode is { } area) identity.AddClaim(new Claim(Area, area));
        return identity;
    }
}

public static class ClaimsPrincipalExtensions
{
    /// <summary>The user as the monitoring service sees them.</summary>
    public static Actor Actor(this ClaimsPrincipal user) => new(
        user.Identity?.Name ?? "?",
        user.FindFirst(KierunekClaims.Institution)?.Value,
        user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.Approver),
        user.FindFirst(ClaimTypes.NameIdentifier)?.Value);

    /// <summary>What the user may do with the OZPS of which units (their TERYT code and roles).</summary>
    public static OzpsAccess OzpsAccess(this ClaimsPrincipal user) => new(
        user.FindFirst(KierunekClaims.Area)?.Value,
        user.IsInRole(Roles.Administrator),
        user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.Approver),
        user.ReadsOnly());

    public static string? InstitutionKey(this ClaimsPrincipal user) => user.FindFirst(KierunekClaims.Institution)?.Value;

    /// <summary>A reader and nothing more (councillors, management): the strategy's pages without their work pages' links.</summary>
    public static bool ReadsOnly(this ClaimsPrincipal user) => user.IsInRole(Roles.Reader) && !Roles.All.Where(r => r != Roles.Reader).Any(user.IsInRole);
}
