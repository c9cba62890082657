using Microsoft.AspNetCore.Identity;

namespace Kierunek.Data.Accounts;

/// <summary>A person who signs in. A reporter belongs to one institution (<see cref="InstitutionKey"/>,
/// as the institution register keys it) and sees only that institution's items and values.</summary>
public sealed class KierunekUser : IdentityUser
{
    public required string DisplayName { get; set; }
    public string? InstitutionKey { get; set; }
    public string? InstitutionName { get; set; }
    /// <summary>The TERYT code of the unit whose OZPS the account fills (a gmina's 7 digits, a powiat's 4) or, for a ROPS,
    /// of its voivodeship (2 digits): <see cref="Domain.Ozps.Assessments.OzpsAccess"/>.</summary>
    public string? AreaCode { get; set; }
}

/// <summary>The roles, named as users see them.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    /// <summary>Runs the strategy and the yearly monitoring (e.g. the MOPS strategy team).</summary>
    public const string Coordinator = "Koordynator";
    /// <summary>Enters values only for the items assigned to their institution.</summary>
    public const string Reporter = "Sprawozdawca";
    /// <summary>Reviews submitted values, returns or approves them.</summary>
    public const string Approver = "Zatwierdzający";
    /// <summary>Reads published reports only.</summary>
    public const string Reader = "Czytelnik";

    public static readonly IReadOnlyList<string> All = [Administrator, Coordinator, Reporter, Approver, Reader];
}
