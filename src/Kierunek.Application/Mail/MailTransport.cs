using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Kierunek.Application.Mail;

/// <summary>Where a finished message goes: an SMTP server (MailKit), or — with no server configured — a folder of
/// .eml files any mail program opens. The outbox does not know which.</summary>
public interface IMailTransport
{
    /// <summary>For the outbox page: "serwer SMTP poczta.example.pl:587" or "folder …/poczta (bez serwera poczty)".</summary>
    string Describe();
    Task SendAsync(MimeMessage message, CancellationToken ct);

    static IMailTransport For(MailOptions options) => string.IsNullOrWhiteSpace(options.Host)
        ? new FolderMailTransport(options.FolderPath())
        : new SmtpMailTransport(options);
}

/// <summary>MailKit's SMTP client, one connection per message: reminders come in tens or hundreds a day, and a
/// connection that dropped between two of them cannot fail the second.</summary>
public sealed class SmtpMailTransport(MailOptions options) : IMailTransport
{
    public string Describe() => $"serwer SMTP {options.Host}:{options.Port}";

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(options.Host!, options.Port, Security(options.Security), ct);
        if (!string.IsNullOrEmpty(options.User)) await client.AuthenticateAsync(options.User, options.Password ?? "", ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(true, ct);
    }

    private static SecureSocketOptions Security(string setting) => setting.Trim().ToLowerInvariant() switch
    {
        "none" => SecureSocketOptions.None,
        "starttls" => SecureSocketOptions.StartTls,
        "ssl" => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}

/// <summary>Development and trial installations without a mail server: each message is an .eml file in a folder,
/// and the outbox page shows the same message to the administrator.</summary>
public sealed class FolderMailTransport(string folder) : IMailTransport
{
    public string Folder => folder;

    public string Describe() => $"folder {folder} (bez serwera poczty)";

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        var name = $"{message.Date.UtcDateTime:yyyyMMdd-HHmmss}-{(message.MessageId ?? Guid.NewGuid().ToString("N")).Split('@')[0]}.eml";
        await message.WriteToAsync(Path.Combine(folder, string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '.' ? c : '_'))), ct);
    }
}
