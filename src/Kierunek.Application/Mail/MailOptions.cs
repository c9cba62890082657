using Kierunek.Domain.Mail;
using System.ComponentModel.DataAnnotations;

namespace Kierunek.Application.Mail;

/// <summary>E-mail settings, section "Kierunek:Mail" (appsettings*.json, or environment variables such as
/// Kierunek__Mail__Host). Without <see cref="Host"/> nothing leaves the machine: every e-mail is written as an .eml
/// file into <see cref="Folder"/> and shown in the outbox, so the application works with no mail server.</summary>
public sealed class MailOptions : IValidatableObject
{
    public const string Section = "Kierunek:Mail";

    /// <summary>The SMTP server; empty — e-mail goes to <see cref="Folder"/>.</summary>
    public string? Host { get; set; }

    [Range(1, 65535, ErrorMessage = "Kierunek:Mail:Port musi być numerem portu od 1 do 65535.")]
    public int Port { get; set; } = 587;

    /// <summary>"auto" (STARTTLS when the server offers it), "starttls" (required), "ssl" (TLS from the start, port 465), "none".</summary>
    public string Security { get; set; } = "auto";

    public string? User { get; set; }
    public string? Password { get; set; }

    [Required(ErrorMessage = "Kierunek:Mail:From: podaj adres nadawcy, np. monitoring@mops.example.pl.")]
    public string From { get; set; } = "kierunek@localhost";

    public string FromName { get; set; } = "Kierunek";

    /// <summary>Where e-mail is written without a server; empty — the user's data folder ("kierunek/poczta").</summary>
    public string? Folder { get; set; }

    /// <summary>The application's address as recipients reach it; links in e-mails start with it.</summary>
    [Required(ErrorMessage = "Kierunek:Mail:AppUrl: podaj adres aplikacji, np. https://kierunek.mops.example.pl.")]
    public string AppUrl { get; set; } = "http://127.0.0.1:5080";

    /// <summary>Reminders this many days before an institution's deadline ("7, 1"), on the day, and after it.</summary>
    public string RemindBefore { get; set; } = "7, 1";
    public bool RemindOnDeadline { get; set; } = true;
    public string RemindAfter { get; set; } = "1, 7";

    /// <summary>Whether this instance plans reminders and sends the outbox; every instance may, the database keeps them from doubling.</summary>
    public bool Scheduler { get; set; } = true;

    [Range(1, 1440, ErrorMessage = "Kierunek:Mail:SchedulerMinutes musi być liczbą minut od 1 do 1440.")]
    public int SchedulerMinutes { get; set; } = 5;

    /// <summary>How long a notification waits for others of its kind ("zwrócono do poprawy" after each of 20 decisions is one e-mail).</summary>
    [Range(0, 1440, ErrorMessage = "Kierunek:Mail:DigestMinutes musi być liczbą minut od 0 do 1440.")]
    public int DigestMinutes { get; set; } = 5;

    /// <summary>Attempts before an e-mail is shown as not sent (it can still be sent again from the outbox).</summary>
    [Range(1, 50, ErrorMessage = "Kierunek:Mail:MaxAttempts musi być liczbą od 1 do 50.")]
    public int MaxAttempts { get; set; } = 6;

    public static readonly string[] SecurityChoices = ["auto", "starttls", "ssl", "none"];

    public ReminderSchedule Schedule() =>
        ReminderSchedule.Parse(RemindBefore, RemindOnDeadline, RemindAfter, "Kierunek:Mail:RemindBefore", "Kierunek:Mail:RemindAfter").Value
        ?? new ReminderSchedule(new HashSet<int>(), RemindOnDeadline, new HashSet<int>());

    public string FolderPath() => string.IsNullOrWhiteSpace(Folder)
        ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "kierunek", "poczta")
        : Path.GetFullPath(Folder);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var e in ReminderSchedule.Parse(RemindBefore, RemindOnDeadline, RemindAfter, "Kierunek:Mail:RemindBefore", "Kierunek:Mail:RemindAfter").Errors)
            yield return new ValidationResult(e.Message, [e.Field ?? nameof(RemindBefore)]);
        if (!SecurityChoices.Contains(Security.Trim().ToLowerInvariant()))
            yield return new ValidationResult($"Kierunek:Mail:Security: „{Security}” — dozwolone: {string.Join(", ", SecurityChoices)}.", [nameof(Security)]);
        if (!Uri.TryCreate(AppUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            yield return new ValidationResult($"Kierunek:Mail:AppUrl: „{AppUrl}” nie jest adresem http(s), np. https://kierunek.mops.example.pl.", [nameof(AppUrl)]);
        if (!MimeKit.MailboxAddress.TryParse(From, out _))
            yield return new ValidationResult($"Kierunek:Mail:From: „{From}” nie jest adresem e-mail.", [nameof(From)]);
    }

    /// <summary>An absolute link into the application ("/monitoring/lublin/2021").</summary>
    public string Link(string path) => AppUrl.TrimEnd('/') + "/" + path.TrimStart('/');
}
