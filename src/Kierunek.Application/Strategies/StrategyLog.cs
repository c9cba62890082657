using Microsoft.Extensions.Logging;

namespace Kierunek.Application.Strategies;

/// <summary>The strategies' log lines (editor, dashboard): the strategy's key, never the person (who is in the audit).</summary>
internal static partial class StrategyLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Draft of {Document} saved as version {Version} ({Steps} steps)")]
    public static partial void Saved(ILogger logger, string document, int version, int steps);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "Editing {Document} refused with {Code}")]
    public static partial void Refused(ILogger logger, string code, string document);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning, Message = "Dashboard of {Document} for {Year} not counted in the background; the previous one is kept")]
    public static partial void DashboardNotCounted(ILogger logger, string document, int year, Exception exception);
}
