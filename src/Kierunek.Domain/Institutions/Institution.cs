namespace Kierunek.Domain.Institutions;

/// <summary>An institution named in a document: its canonical name, kind and the territorial unit
/// it serves. <see cref="Aliases"/> are the other ways the document names it ("MOPR").</summary>
public sealed record Institution(string Key, string Name, InstitutionKind Kind, string? TerritorialUnitCode)
{
    public List<string> Aliases { get; init; } = [];
}

public enum InstitutionKind
{
    Other,
    /// <summary>OPS / MOPS / MOPR / GOPS — the gmina's social-welfare centre.</summary>
    SocialWelfareCentre,
    /// <summary>PCPR — Powiatowe Centrum Pomocy Rodzinie.</summary>
    FamilySupportCentre,
    /// <summary>ROPS — Regionalny Ośrodek Polityki Społecznej.</summary>
    RegionalSocialPolicyCentre,
    /// <summary>Urząd Miejski / Gminy and its departments (wydział, departament).</summary>
    CityHall,
    /// <summary>CIS — Centrum Integracji Społecznej.</summary>
    SocialIntegrationCentre,
    /// <summary>KIS — Klub Integracji Społecznej.</summary>
    SocialIntegrationClub,
    Shelter,
    /// <summary>PUP / MUP / WUP.</summary>
    LabourOffice,
    Ngo,
    School,
    Police,
    Court,
    HealthCare,
    Culture,
    University,
    Church,
    Media,
}
