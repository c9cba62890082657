using Kierunek.Domain.Input;
using Kierunek.Domain.Results;
using Kierunek.Domain.Values;

namespace Kierunek.Domain.Monitoring;

/// <summary>Where a value stands: its state, the institution it belongs to, its period's state and campaign.</summary>
public sealed record EntryPlace(EntryState State, string InstitutionKey, PeriodState Period, Campaign Campaign);

/// <summary>A value as it is to be stored after a reporter's save: trimmed text, its reading, the comment and the
/// new state (a draft, or submitted for review).</summary>
public sealed record SavedValue(string? Raw, ValueReading? Reading, string? Comment, EntryState State);

/// <summary>The values' state machine. A reporter of the value's institution saves it as a draft or submits it
/// (from missing, draft or returned) while the period is open; a reviewer returns a submitted value with what to
/// fix, or approves it; an approved value can be opened again for correction, with a reason. Each step returns the new state or the named refusal (<see cref="MonitoringErrors"/>).</summary>
public static class EntryWorkflow
{
    /// <param name="place">Null when there is no such value.</param>
    /// <param name="lastYear">The indicator's value a year before, for <see cref="EntryRules"/>.</param>
    /// <param name="today">The office's date, for the campaign's deadline.</param>
    public static Result<SavedValue> Save(Actor actor, EntryPlace? place, string? raw, string? comment, RecordedValue? lastYear, bool submit, DateOnly today)
    {
        if (ReporterMayChange(actor, place, today) is { } refused) return refused;
        if (TextError(raw, comment) is { } badText) return badText;
        var check = EntryRules.Check(raw, comment, lastYear, submit);
        if (!check.IsValid) return MonitoringErrors.InvalidValue(check.Errors);
        return Result<SavedValue>.Ok(new SavedValue(
            string.IsNullOrWhiteSpace(raw) ? null : raw.Trim(), check.Reading,
            string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
            submit ? EntryState.Submitted : EntryState.Draft));
    }

    /// <summary>Whether a reporter may change what is at <paramref name="place"/> (a value, or an action's report): their
    /// institution's, the period open, not approved or awaiting review, and — unless a reviewer returned it — the
    /// campaign's entry not closed. Null when they may; otherwise the refusal.</summary>
    public static Error? ReporterMayChange(Actor actor, EntryPlace? place, DateOnly today)
    {
        if (place is null) return MonitoringErrors.EntryNotFound;
        if (actor.InstitutionKey != place.InstitutionKey) return MonitoringErrors.OtherInstitution;
        if (place.Period == PeriodState.Locked) return MonitoringErrors.PeriodLockedForReporters;
        if (place.State == EntryState.Approved) return MonitoringErrors.EntryApproved;
        if (place.State == EntryState.Submitted) return MonitoringErrors.EntryAwaitingReview;
        // After the deadline and its grace period nothing new comes in; what the reviewer returned is still
        // corrected, because the reviewer asked for it.
        if (place.State != EntryState.Returned && place.Campaign.EntryClosed(place.InstitutionKey, today))
            return MonitoringErrors.DeadlinePassed(place.Campaign.DeadlineOf(place.InstitutionKey)!.Value, place.Campaign.LastEntryDayOf(place.InstitutionKey)!.Value);
        return null;
    }

    /// <summary>Whether a value (or an action's report) in <paramref name="state"/> is still the reporter's to change: not
    /// submitted or approved, and, once the campaign's entry has closed, only what a reviewer returned for correction
    /// (<see cref="Campaign.EntryClosed"/>). The pages and the Excel packet open exactly these.</summary>
    public static bool Editable(EntryState state, bool entryClosed) =>
        state == EntryState.Returned || (!entryClosed && state is EntryState.Missing or EntryState.Draft);

    /// <summary>The value's and comment's text as text (<see cref="InputText"/>), before any rule reads it; also for
    /// the check a reporter asks for before saving.</summary>
    public static Error? TextError(string? raw, string? comment) =>
        InputText.Check(raw, "Wartość", InputText.ValueLength, "wartość")
        ?? InputText.Check(comment, "Komentarz", InputText.CommentLength, "komentarz");

    /// <summary>A reviewer's decision on a submitted value: approve it, or return it with <paramref name="reason"/>.</summary>
    public static Result<EntryState> Review(Actor actor, EntryPlace? place, bool approve, string? reason)
    {
        if (!actor.Reviews) return MonitoringErrors.ReviewersOnly("Wartości przegląda koordynator lub zatwierdzający.");
        if (!approve && string.IsNullOrWhiteSpace(reason)) return MonitoringErrors.ReturnReasonMissing;
        if (InputText.Check(reason, "Co poprawić", InputText.ReasonLength, "uwaga") is { } badReason) return badReason;
        if (place is null) return MonitoringErrors.EntryNotFound;
        if (place.Period == PeriodState.Locked) return MonitoringErrors.PeriodLocked;
        if (place.State != EntryState.Submitted) return MonitoringErrors.NotSubmitted;
        return Result<EntryState>.Ok(approve ? EntryState.Approved : EntryState.Returned);
    }

    /// <summary>An approved value opened again for correction, with <paramref name="reason"/>: it goes back to the
    /// reporter as returned, who corrects and submits it, and it is reviewed again. Only while the period is open —
    /// a locked period is reopened first, with its own reason.</summary>
    public static Result<EntryState> Reopen(Actor actor, EntryPlace? place, string? reason)
    {
        if (!actor.Reviews) return MonitoringErrors.ReviewersOnly("Zatwierdzoną wartość otwiera ponownie koordynator lub zatwierdzający.");
        if (string.IsNullOrWhiteSpace(reason)) return MonitoringErrors.EntryReopenReasonMissing;
        if (InputText.Check(reason, "Powód", InputText.ReasonLength, "powód") is { } badReason) return badReason;
        if (place is null) return MonitoringErrors.EntryNotFound;
        if (place.Period == PeriodState.Locked) return MonitoringErrors.PeriodLockedForCorrection;
        if (place.State != EntryState.Approved) return MonitoringErrors.NotApproved;
        return Result<EntryState>.Ok(EntryState.Returned);
    }
}
