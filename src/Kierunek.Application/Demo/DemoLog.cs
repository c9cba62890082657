using Microsoft.Extensions.Logging;

namespace Kierunek.Application.Demo;

/// <summary>What loading the seed documents as demo data did, source-generated: which file was refused (with its
/// error's code) and how much was stored.</summary>
internal static partial class DemoLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Seed {File} was not loaded: {Code} {Reason}")]
    public static partial void SeedRefused(ILogger logger, string file, string code, string reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Stored {Documents} strategy documents and {Units} OZPS units from the seeds")]
    public static partial void SeedsStored(ILogger logger, int documents, int units);
}
