namespace Kierunek.Domain.Ozps.Assessments;

/// <summary>Who may do what with a unit's OZPS, by the TERYT code the account is given: the staff of a gmina (7 digits)
/// or a powiat (4 digits) fill their own unit's assessment and see only it; a ROPS (a voivodeship's 2 digits, with a
/// reviewing role) sees every unit of its voivodeship and returns or approves what they submitted; an administrator
/// sees the whole country. Scope is a prefix of the unit's code, so a new gmina in the register needs no new grant.</summary>
/// <param name="AreaCode">The account's TERYT code, or null (not given: no unit's OZPS).</param>
/// <param name="Reviews">Coordinators and approvers (and administrators): the roles that review in the monitoring too.</param>
public sealed record OzpsAccess(string? AreaCode, bool Administrator, bool Reviews, bool ReadsOnly = false)
{
    /// <summary>A voivodeship's reviewer: the ROPS of <see cref="AreaCode"/>.</summary>
    public bool Region => Reviews && AreaCode is { Length: 2 };

    /// <summary>The prefix of every unit this account sees: "" for the country, the voivodeship for a ROPS, the unit itself otherwise.</summary>
    public string? Scope => Administrator ? "" : AreaCode;

    public bool Sees(string unitCode) =>
        Administrator || (AreaCode is { } area && (unitCode == area || (Region && unitCode.StartsWith(area, StringComparison.Ordinal))));

    /// <summary>Only the unit's own staff fill its form — not the ROPS that reviews it, nor an administrator.</summary>
    public bool Fills(string unitCode) => !ReadsOnly && AreaCode == unitCode;

    public bool ReviewsUnit(string unitCode) =>
        Reviews && (Administrator || (Region && unitCode.StartsWith(AreaCode!, StringComparison.Ordinal) && unitCode != AreaCode));
}
