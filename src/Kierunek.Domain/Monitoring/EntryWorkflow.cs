using Kierunek.Domain.Results;
using Kierunek.Domain.Values;

namespace Kierunek.Domain.Monitoring;

/// <summary>Where a value stands: its state, the institution it belongs to, and its period's state.</summary>
public sealed record EntryPlace(EntryState State, string InstitutionKey, PeriodState Period);

/// <summary>A value as it is to be stored after a reporter's save: trimmed text, its reading, the comment and the
/// new state (a draft, or submitted for review).</summary>
public sealed record SavedValue(string? Raw, ValueReading? Reading, string? Comment, EntryState State);

/// <summary>The values' state machine. A reporter of the value's institution saves it as a draft or submits it
/// (from missing, draft or returned) while the period is open; a reviewer returns a submitted value with what to
/// fix, or approves it. Each step returns the new state or the named refusal (<see cref="MonitoringErrors"/>).</summary>
public static class EntryWorkflow
{
    /// <param name="place">Null when there is no such value.</param>
    /// <param name="lastYear">The indicator's value a year before, for <see cref="EntryRules"/>.</param>
    public static Result<SavedValue> Save(Actor actor, EntryPlace? place, string? raw, string? comment, RecordedValue? lastYear, bool submit)
    {
        if (place is null) return MonitoringErrors.EntryNotFound;
        if (actor.InstitutionKey != place.InstitutionKey) return MonitoringErrors.OtherInstitution;
        if (place.Period == PeriodState.Locked) return MonitoringErrors.PeriodLockedForReporters;
        if (place.State == EntryState.Approved) return MonitoringErrors.EntryApproved;
        if (place.State == EntryState.Submitted) return MonitoringErrors.EntryAwaitingReview;
        var check = EntryRules.Check(raw, comment, lastYear, submit);
        if (!check.IsValid) return MonitoringErrors.InvalidValue(check.Errors);
        return Result<SavedValue>.Ok(new SavedValue(
            string.IsNullOrWhiteSpace(raw) ? null : raw.Trim(), check.Reading,
            string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
            submit ? EntryState.Submitted : EntryState.Draft));
    }

    /// <summary>A reviewer's decision on a submitted value: approve it, or return it with <paramref name="reason"/>.</summary>
    public static Result<EntryState> Review(Actor actor, EntryPlace? place, bool approve, string? reason)
    {
        if (!actor.Reviews) return MonitoringErrors.ReviewersOnly("Wartości przegląda koordynator lub zatwierdzający.");
        if (!approve && string.IsNullOrWhiteSpace(reason)) return MonitoringErrors.ReturnReasonMissing;
        if (place is null) return MonitoringErrors.EntryNotFound;
        if (place.Period == PeriodState.Locked) return MonitoringErrors.PeriodLocked;
        if (place.State != EntryState.Submitted) return MonitoringErrors.NotSubmitted;
        return Result<EntryState>.Ok(approve ? EntryState.Approved : EntryState.Returned);
    }
}
