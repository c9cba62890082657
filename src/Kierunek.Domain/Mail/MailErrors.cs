using Kierunek.Domain.Results;

namespace Kierunek.Domain.Mail;

/// <summary>What e-mail settings and the outbox refuse, with a stable code each.</summary>
public static class MailErrors
{
    public const string ReminderDaysCode = "mail.reminder-days";
    public const string NotFoundCode = "mail.not-found";
    public const string AlreadySentCode = "mail.already-sent";

    public static Error ReminderDays(string setting, string given, int max) => Error.Of(ReminderDaysCode,
        $"{setting}: „{given}” nie jest liczbą dni od 1 do {max}. Proszę wpisać dni oddzielone przecinkami, np. „7, 1”.", setting);

    public static Error NotFound(int id) => Error.Of(NotFoundCode, $"W skrzynce nadawczej nie ma wiadomości nr {id}.");

    public static Error AlreadySent(int id) => Error.Of(AlreadySentCode,
        $"Wiadomość nr {id} została już wysłana; wysyła się ponownie tylko wiadomości, których nie udało się wysłać.");
}
