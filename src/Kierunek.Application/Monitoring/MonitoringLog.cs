using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Results;
using Microsoft.Extensions.Logging;

namespace Kierunek.Application.Monitoring;

/// <summary>The monitoring's log lines, source-generated (no formatting unless the level is on). They name the
/// account by its id only — never an e-mail or a name.</summary>
internal static partial class MonitoringLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Monitoring period {Year} of {Document} opened by account {Account}")]
    public static partial void PeriodOpened(ILogger logger, string document, int year, string? account);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Monitoring period {Year} of {Document} locked by account {Account}")]
    public static partial void PeriodLocked(ILogger logger, string document, int year, string? account);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Monitoring period {Year} of {Document} reopened by account {Account}")]
    public static partial void PeriodReopened(ILogger logger, string document, int year, string? account);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Entry {Entry}: {Step}, now {State}, by account {Account}")]
    public static partial void EntryChanged(ILogger logger, int entry, string step, EntryState state, string? account);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Information, Message = "Monitoring step {Step} refused with {Code} for account {Account}")]
    public static partial void Refused(ILogger logger, string step, string code, string? account);

    /// <summary>Logs the refusal of <paramref name="step"/> and hands the error back, for a service's return.</summary>
    public static Error Refusal(ILogger logger, string step, Error error, Actor actor)
    {
        Refused(logger, step, error.Code, actor.AccountId);
        return error;
    }

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information, Message = "Campaign settings of period {Year} of {Document} changed by account {Account}")]
    public static partial void CampaignChanged(ILogger logger, string document, int year, string? account);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Information, Message = "Period {Period}: {Assigned} items assigned, {Moved} moved, {Skipped} skipped by account {Account}")]
    public static partial void Assigned(ILogger logger, int period, int assigned, int moved, int skipped, string? account);
}
