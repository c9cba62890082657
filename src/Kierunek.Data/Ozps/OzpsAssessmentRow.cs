using Kierunek.Domain.Monitoring;

namespace Kierunek.Data.Ozps;

/// <summary>A unit's OZPS of one assessment year as a piece of work (its values are <see cref="OzpsValueRow"/>s):
/// where it stands in the workflow, the team's conclusions, the ROPS's reason for a return. <see cref="Revision"/>
/// grows with every save, so two people saving the same form do not overwrite each other unseen.</summary>
public sealed class OzpsAssessmentRow
{
    public long Id { get; set; }
    public required string UnitCode { get; set; }
    public int Year { get; set; }
    public EntryState State { get; set; }
    public string? Conclusions { get; set; }
    public string? ReturnReason { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public required string ChangedBy { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public int Revision { get; set; }
}

/// <summary>A ROPS's OZPS collection for its voivodeship and one assessment year: its own deadline (earlier than the
/// statutory 30 April for the councils), the council deadline it reminds of, days of grace, a message to the units,
/// and whether it is closed.</summary>
public sealed class OzpsCampaignRow
{
    public int Id { get; set; }
    public required string RegionCode { get; set; }
    public int Year { get; set; }
    public PeriodState State { get; set; }
    public DateOnly? Deadline { get; set; }
    public DateOnly? CouncilDeadline { get; set; }
    public int GraceDays { get; set; }
    public string? Message { get; set; }
    public required string OpenedBy { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
}

/// <summary>A voivodeship's OZPS data stamp: a new value each time any of its units' values change (a form, a file, an
/// import), so what is computed from the whole region (the barometer, the map) is computed again only then, and by every
/// instance of the application alike.</summary>
public sealed class OzpsRegionStampRow
{
    public required string RegionCode { get; set; }
    public required string Stamp { get; set; }
}
