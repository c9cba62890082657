using Kierunek.Domain.Input;
using Kierunek.Domain.Results;

namespace Kierunek.Domain.Monitoring;

/// <summary>The periods' state machine: a reviewer opens a period (one per strategy and year), gives its items to
/// institutions while it is open, locks it once every value is approved, and may reopen it with a reason.
/// Each step returns the new state or the named refusal (<see cref="MonitoringErrors"/>); nothing here reads or
/// writes storage — the application service loads the facts, asks, and persists the answer.</summary>
public static class PeriodWorkflow
{
    /// <summary>The years a period may have: this system's strategies run from 2000 on.</summary>
    public const int FirstYear = 2000, LastYear = 2100;

    /// <param name="year">The year typed in the form; null when none was.</param>
    public static Result<PeriodState> Open(Actor actor, int? year, bool alreadyExists)
    {
        if (!actor.Reviews) return MonitoringErrors.ReviewersOnly("Okres sprawozdawczy otwiera koordynator.");
        if (year is not (>= FirstYear and <= LastYear)) return MonitoringErrors.InvalidYear;
        if (alreadyExists) return MonitoringErrors.PeriodExists(year.Value);
        return Result<PeriodState>.Ok(PeriodState.Open);
    }

    /// <param name="period">The period's state; null when there is no such period.</param>
    /// <param name="chosen">Whether the form named an item and an institution that exist.</param>
    /// <param name="holder">The institution the item is given to now, and whether it has started entering values.</param>
    public static Result Assign(Actor actor, PeriodState? period, bool chosen, int indicatorCount, (string Institution, bool Started)? holder)
    {
        if (!actor.Reviews) return MonitoringErrors.ReviewersOnly("Pozycje przydziela koordynator.");
        if (!chosen) return MonitoringErrors.NothingChosen;
        if (period is null) return MonitoringErrors.PeriodNotFound;
        if (period == PeriodState.Locked) return MonitoringErrors.PeriodLocked;
        if (indicatorCount == 0) return MonitoringErrors.ItemWithoutIndicators;
        // Values already typed belong to the institution that typed them; moving the item would orphan them.
        if (holder is { Started: true } h) return MonitoringErrors.ItemAlreadyStarted(h.Institution);
        return Result.Ok;
    }

    /// <param name="awaitingDecision">Values submitted and not yet approved or returned: a reviewer decides them first.</param>
    /// <param name="notDelivered">Values the institutions did not deliver (missing, draft, returned): the period may
    /// close without them — they are reported as "nie przekazano" — but only when the coordinator confirms it.</param>
    public static Result<PeriodState> Lock(Actor actor, PeriodState? period, int awaitingDecision, int notDelivered, bool closeWithoutThem)
    {
        if (!actor.Reviews) return MonitoringErrors.ReviewersOnly("Okres zamyka koordynator.");
        if (period is null) return MonitoringErrors.PeriodNotFound;
        if (period == PeriodState.Locked) return MonitoringErrors.PeriodAlreadyLocked;
        if (awaitingDecision > 0) return MonitoringErrors.NotAllApproved(awaitingDecision);
        if (notDelivered > 0 && !closeWithoutThem) return MonitoringErrors.NotDelivered(notDelivered);
        return Result<PeriodState>.Ok(PeriodState.Locked);
    }

    public static Result<PeriodState> Reopen(Actor actor, PeriodState? period, string? reason)
    {
        if (!actor.Reviews) return MonitoringErrors.ReviewersOnly("Okres otwiera ponownie koordynator.");
        if (string.IsNullOrWhiteSpace(reason)) return MonitoringErrors.ReopenReasonMissing;
        if (InputText.Check(reason, "Powód", InputText.ReasonLength, "powód") is { } badReason) return badReason;
        if (period is null) return MonitoringErrors.PeriodNotFound;
        if (period != PeriodState.Locked) return MonitoringErrors.PeriodNotLocked;
        return Result<PeriodState>.Ok(PeriodState.Open);
    }
}
