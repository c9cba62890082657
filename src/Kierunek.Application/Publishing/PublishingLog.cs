using Microsoft.Extensions.Logging;

namespace Kierunek.Application.Publishing;

/// <summary>The public area's log lines, source-generated (no formatting unless the level is on). They name the
/// publication, strategy, kind and year — never the person (their e-mail is in the audit, not in the log).</summary>
internal static partial class PublishingLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Publication {Publication} made: {Kind} {Year} of {Document}")]
    public static partial void Published(ILogger logger, int publication, string document, string kind, int year);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Publication {Earlier} replaced by {Publication}: {Kind} {Year} of {Document}")]
    public static partial void Replaced(ILogger logger, int earlier, int publication, string document, string kind, int year);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Publication {Publication} withdrawn: {Kind} {Year} of {Document}")]
    public static partial void Withdrawn(ILogger logger, int publication, string document, string kind, int year);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information, Message = "Publishing {Kind} {Year} of {Document} refused with {Code}")]
    public static partial void PublishingRefused(ILogger logger, string code, string document, string kind, int year);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Information, Message = "Withdrawing publication {Publication} refused with {Code}")]
    public static partial void WithdrawalRefused(ILogger logger, string code, int publication);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Information, Message = "Publishing {Kind} {Year} of {Document} requested as job {Job}")]
    public static partial void Requested(ILogger logger, int job, string document, string kind, int year);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Error, Message = "Publishing job {Job} failed")]
    public static partial void JobFailed(ILogger logger, int job, Exception exception);
}
