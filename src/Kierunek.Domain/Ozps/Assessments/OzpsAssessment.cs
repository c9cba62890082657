using Kierunek.Domain.Monitoring;

namespace Kierunek.Domain.Ozps.Assessments;

/// <summary>A unit's OZPS for one assessment year as a piece of work: where it stands in the same workflow as a
/// monitoring value (<see cref="EntryState"/>: missing, draft, submitted, returned, approved), the team's conclusions
/// saved with it, and the ROPS's reason when it was returned.</summary>
public sealed record OzpsAssessment(string UnitCode, int Year, EntryState State, string? Conclusions = null, string? ReturnReason = null,
    DateTimeOffset? SubmittedAt = null, int Revision = 0)
{
    public static OzpsAssessment New(string unitCode, int year) => new(unitCode, year, EntryState.Missing);
}

/// <summary>An assessment as the ROPS's list shows it: not started, in progress, submitted, returned, approved — and
/// late when the ROPS's deadline has passed and it is not with the ROPS.</summary>
public sealed record AssessmentStatus(EntryState State, bool Late)
{
    public static AssessmentStatus Of(OzpsAssessment assessment, Campaign campaign, DateOnly today) =>
        new(assessment.State, assessment.State is EntryState.Missing or EntryState.Draft or EntryState.Returned
            && campaign.DeadlineOf(assessment.UnitCode) is { } deadline && today > deadline);

    public string Name => Names[State];

    public static readonly IReadOnlyDictionary<EntryState, string> Names = new Dictionary<EntryState, string>
    {
        [EntryState.Missing] = "nie rozpoczęta",
        [EntryState.Draft] = "w przygotowaniu",
        [EntryState.Submitted] = "przekazana",
        [EntryState.Returned] = "zwrócona do poprawy",
        [EntryState.Approved] = "zatwierdzona",
    };

    public override string ToString() => Late ? $"{Name} (po terminie)" : Name;
}
