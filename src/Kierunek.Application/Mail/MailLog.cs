using Kierunek.Domain.Mail;
using Microsoft.Extensions.Logging;

namespace Kierunek.Application.Mail;

/// <summary>The e-mail's log lines: ids and kinds, never addresses or contents.</summary>
internal static partial class MailLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "E-mail {Id} ({Kind}) wysłany")]
    public static partial void Sent(ILogger logger, int id, LetterKind kind);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "E-mail {Id} ({Kind}) nie wysłany, próba {Attempt}: {Error}")]
    public static partial void Failed(ILogger logger, int id, LetterKind kind, int attempt, string error);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Przypomnienia: {Count} do wysłania")]
    public static partial void Planned(ILogger logger, int count);
}
