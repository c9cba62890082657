using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Ozps.Checks;
using Kierunek.Domain.Results;

namespace Kierunek.Domain.Ozps.Assessments;

/// <summary>The assessment's steps, on the monitoring's workflow (<see cref="EntryWorkflow"/>) with the unit's TERYT code
/// as the institution: the unit's staff save drafts and submit while the ROPS's collection is open (what the ROPS
/// returned stays correctable after its deadline), the ROPS returns with a reason or approves, and opens an approved one
/// again with a reason. Scope (<see cref="OzpsAccess"/>) is checked first, then the workflow's own rules.</summary>
public static class AssessmentSteps
{
    /// <summary>Null when the account may change the unit's form now; otherwise why not.</summary>
    public static Error? MayFill(OzpsAccess access, Actor actor, EntryPlace place, DateOnly today)
    {
        if (!access.Fills(place.InstitutionKey)) return AssessmentErrors.NotYours;
        return EntryWorkflow.ReporterMayChange(actor with { InstitutionKey = access.AreaCode }, place, today) is { } refused ? AssessmentErrors.Worded(refused) : null;
    }

    /// <summary>The state after a saved draft: a returned assessment stays returned until it is submitted again, so the
    /// ROPS sees it as corrected on its request (and the deadline does not close it).</summary>
    public static EntryState AfterSave(EntryState state) => state == EntryState.Returned ? EntryState.Returned : EntryState.Draft;

    /// <summary>Submitted to the ROPS when no rule of the template is broken; warnings (sums, forecasts) do not stop it.</summary>
    public static Result<EntryState> Submit(OzpsAccess access, Actor actor, EntryPlace place, IReadOnlyList<OzpsFinding> findings, DateOnly today)
    {
        if (MayFill(access, actor, place, today) is { } refused) return refused;
        var errors = findings.Count(f => f.Severity == Severity.Error);
        return errors > 0 ? AssessmentErrors.RulesBroken(errors) : Result<EntryState>.Ok(EntryState.Submitted);
    }

    public static Result<EntryState> Review(OzpsAccess access, Actor actor, EntryPlace place, bool approve, string? reason) =>
        InScope(access, place) is { } refused ? refused : Worded(EntryWorkflow.Review(actor, place, approve, reason));

    public static Result<EntryState> Reopen(OzpsAccess access, Actor actor, EntryPlace place, string? reason) =>
        InScope(access, place) is { } refused ? refused : Worded(EntryWorkflow.Reopen(actor, place, reason));

    private static Error? InScope(OzpsAccess access, EntryPlace place)
    {
        if (!access.Reviews) return AssessmentErrors.Worded(MonitoringErrors.ReviewersOnly(""));
        return access.ReviewsUnit(place.InstitutionKey) ? null : AssessmentErrors.NotInRegion;
    }

    private static Result<EntryState> Worded(Result<EntryState> result) =>
        result.IsSuccess ? result : Result<EntryState>.Fail(result.Errors.Select(AssessmentErrors.Worded).ToList());
}
