using Kierunek.Domain.Input;
using Kierunek.Domain.Results;
using Kierunek.Domain.Values;

namespace Kierunek.Domain.Monitoring;

/// <summary>A period's settings as the coordinator typed them, as text (null or blank: left empty); the deadline in any
/// form <see cref="DateText"/> reads.</summary>
public sealed record CampaignSettings(string? Deadline, string? GraceDays, string? Message)
{
    public static CampaignSettings None { get; } = new(null, null, null);
}

/// <summary>The rules for a period's campaign settings (<see cref="Campaign"/>): who may set them, which deadlines
/// make sense for a reporting year, and what an institution's extension needs. Each step returns the settings to
/// store or the named refusal (<see cref="MonitoringErrors"/>).</summary>
public static class CampaignWorkflow
{
    /// <summary>A deadline lies between the start of the reporting year and the end of the fifth year after it:
    /// collection for 2021 may start in 2021 and, in a late year, end in 2023; a date outside is a typing error.</summary>
    public const int LastDeadlineYearsAfter = 5;

    public const int MessageLength = InputText.ReasonLength;

    /// <param name="period">The period's state; null when there is no such period.</param>
    /// <param name="year">The period's reporting year.</param>
    public static Result<Campaign> Set(Actor actor, PeriodState? period, int year, CampaignSettings typed, IReadOnlyList<DeadlineExtension> extensions)
    {
        if (!actor.Reviews) return MonitoringErrors.ReviewersOnly("Termin i wiadomość okresu ustawia koordynator.");
        if (period is null) return MonitoringErrors.PeriodNotFound;
        if (period == PeriodState.Locked) return MonitoringErrors.PeriodLocked;
        var (deadlineText, graceText, message) = typed;
        var deadline = DateText.Read(deadlineText);
        if (deadline is null && !string.IsNullOrWhiteSpace(deadlineText)) return MonitoringErrors.InvalidDate(deadlineText, "termin");
        if (deadline is { } d && OutOfRange(d, year) is { } wrongDate) return wrongDate;
        int? graceDays = string.IsNullOrWhiteSpace(graceText) ? null : int.TryParse(graceText.Trim(), out var g) ? g : -1;
        if (graceDays is not (null or (>= 0 and <= Campaign.MaxGraceDays))) return MonitoringErrors.GraceOutOfRange;
        if (InputText.Check(message, "Wiadomość do sprawozdawców", MessageLength, "wiadomość") is { } badMessage) return badMessage;
        // An extension must stay later than the deadline it extends; moving the deadline past one asks for a decision.
        if (deadline is { } newDeadline && extensions.FirstOrDefault(e => e.Until <= newDeadline) is { } overtaken)
            return MonitoringErrors.ExtensionOvertaken(overtaken.InstitutionName, overtaken.Until);
        return Result<Campaign>.Ok(new Campaign(deadline, deadline is null ? 0 : graceDays ?? 0,
            string.IsNullOrWhiteSpace(message) ? null : message.Trim(), extensions));
    }

    /// <param name="campaign">The period's settings now.</param>
    /// <param name="institution">The institution named in the form; null when it is not in the strategy's register.</param>
    public static Result<DeadlineExtension> Extend(Actor actor, PeriodState? period, int year, Campaign campaign,
        (string Key, string Name)? institution, string? untilText, string? reason)
    {
        if (!actor.Reviews) return MonitoringErrors.ReviewersOnly("Termin dla instytucji przedłuża koordynator.");
        if (period is null) return MonitoringErrors.PeriodNotFound;
        if (period == PeriodState.Locked) return MonitoringErrors.PeriodLocked;
        if (campaign.Deadline is not { } deadline) return MonitoringErrors.NoDeadline;
        if (institution is not { } chosen) return MonitoringErrors.InstitutionNotChosen;
        if (string.IsNullOrWhiteSpace(untilText)) return MonitoringErrors.ExtensionDateMissing;
        if (DateText.Read(untilText) is not { } date) return MonitoringErrors.InvalidDate(untilText, "nowy-termin");
        if (OutOfRange(date, year) is { } wrongDate) return wrongDate with { At = SourceLocation.Field("nowy-termin") };
        if (date <= deadline) return MonitoringErrors.ExtensionNotLater(deadline);
        if (string.IsNullOrWhiteSpace(reason)) return MonitoringErrors.ExtensionReasonMissing;
        if (InputText.Check(reason, "Powód", InputText.ReasonLength, "powód") is { } badReason) return badReason;
        return Result<DeadlineExtension>.Ok(new DeadlineExtension(chosen.Key, chosen.Name, date, reason.Trim()));
    }

    /// <summary>Taking an extension back: the institution's deadline is the period's again.</summary>
    public static Result Withdraw(Actor actor, PeriodState? period, DeadlineExtension? extension)
    {
        if (!actor.Reviews) return MonitoringErrors.ReviewersOnly("Przedłużenie terminu cofa koordynator.");
        if (period is null) return MonitoringErrors.PeriodNotFound;
        if (period == PeriodState.Locked) return MonitoringErrors.PeriodLocked;
        if (extension is null) return MonitoringErrors.ExtensionNotFound;
        return Result.Ok;
    }

    private static Error? OutOfRange(DateOnly date, int year) =>
        date.Year < year || date.Year > year + LastDeadlineYearsAfter ? MonitoringErrors.DeadlineOutOfRange(year, year + LastDeadlineYearsAfter) : null;
}
