using Microsoft.Extensions.Logging;

namespace Kierunek.Application.Accounts;

/// <summary>The account administration's log lines, source-generated (no formatting unless the level is on). They
/// name accounts by their id only — never an e-mail or a name; who changed what in words is in the audit.</summary>
internal static partial class AccountsLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Account {Account} invited as {Role} by account {By}")]
    public static partial void Invited(ILogger logger, string account, string role, string? by);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Account {Account} given a new invitation by account {By}")]
    public static partial void Reinvited(ILogger logger, string account, string? by);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Account {Account} accepted its invitation")]
    public static partial void InvitationAccepted(ILogger logger, string account);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "Account {Account} changed by account {By}, now {Role}")]
    public static partial void Changed(ILogger logger, string account, string role, string? by);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Account {Account} blocked by account {By}")]
    public static partial void Blocked(ILogger logger, string account, string? by);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information, Message = "Account {Account} unblocked by account {By}")]
    public static partial void Unblocked(ILogger logger, string account, string? by);

    /// <summary><paramref name="account"/> is the account the step was about, when it is known (not for a
    /// new invitation, whose account does not exist yet, nor for an unknown link).</summary>
    [LoggerMessage(EventId = 3008, Level = LogLevel.Information, Message = "Administrator account {Account} set up with a setup code")]
    public static partial void AdministratorSetUp(ILogger logger, string account);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Information, Message = "Account step {Step} refused with {Code} for account {Account} by account {By}")]
    public static partial void Refused(ILogger logger, string step, string code, string? account, string? by);
}
