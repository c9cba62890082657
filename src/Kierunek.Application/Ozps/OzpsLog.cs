using Microsoft.Extensions.Logging;

namespace Kierunek.Application.Ozps;

/// <summary>The OZPS form's log lines: the unit's TERYT code and year, never the person (who is in the audit).</summary>
internal static partial class OzpsLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "OZPS {Unit}/{Year}: {Step}, now {State}")]
    public static partial void Step(ILogger logger, string unit, int year, string step, string state);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "OZPS {Unit}/{Year}: {Step} refused with {Code}")]
    public static partial void Refused(ILogger logger, string unit, int year, string step, string code);
}
