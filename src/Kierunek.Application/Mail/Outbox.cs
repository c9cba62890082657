using Kierunek.Application.Monitoring;
using Kierunek.Data;
using Kierunek.Data.Mail;
using Kierunek.Domain.Mail;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Kierunek.Application.Mail;

/// <summary>Every e-mail goes through here: added to the outbox (right after the change it tells about is saved), sent
/// later by <see cref="DispatchAsync"/> (the application's scheduler). A message is claimed in the database before
/// it is sent, so two application instances never send it twice; a failed send waits longer each time and is tried
/// again, then shown as not sent — never dropped.</summary>
public sealed class Outbox(KierunekDb db, IMailTransport transport, IOptions<MailOptions> options, TimeProvider clock, ILogger<Outbox> logger)
{
    public const int ListLimit = 200;

    /// <summary>How long a claim holds: longer than one send can take (MailKit's timeout is 30 s).</summary>
    private static readonly TimeSpan ClaimTime = TimeSpan.FromMinutes(2);

    public sealed record Recipient(string Address, string? Name);

    public sealed record Counts(int Pending, int Sent, int Failed);

    public string Transport => transport.Describe();

    /// <summary>Adds a message to the outbox, not saved: the caller saves it (with whatever else it writes).</summary>
    public OutboxRow Add(LetterKind kind, Recipient to, Letter letter, string? about, string? key = null, TimeSpan? wait = null)
    {
        var now = clock.GetUtcNow();
        var row = new OutboxRow
        {
            Kind = kind, To = to.Address, ToName = to.Name, Subject = Cut(letter.Subject, 400), Text = letter.Text, Html = letter.Html,
            About = about, Key = key, CreatedAt = now, State = LetterState.Pending, DueAt = (now + (wait ?? TimeSpan.Zero)).ToUnixTimeMilliseconds(),
        };
        db.Outbox.Add(row);
        return row;
    }

    /// <summary>Sends every message that is due and nobody else has taken; the number sent.</summary>
    public async Task<int> DispatchAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var due = await db.Outbox.AsNoTracking()
            .Where(m => m.State == LetterState.Pending && m.DueAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.DueAt).ThenBy(m => m.Id).Select(m => m.Id).Take(500).ToListAsync(ct);
        var sent = 0;
        foreach (var id in due)
            if (await SendOneAsync(id, ct)) sent++;
        return sent;
    }

    public async Task<IReadOnlyList<OutboxRow>> ListAsync(LetterState? state, LetterKind? kind, string? to, CancellationToken ct = default)
    {
        var rows = db.Outbox.AsNoTracking();
        if (state is { } s) rows = rows.Where(m => m.State == s);
        if (kind is { } k) rows = rows.Where(m => m.Kind == k);
        if (!string.IsNullOrWhiteSpace(to)) rows = rows.Where(m => m.To.Contains(to.Trim()));
        return await rows.OrderByDescending(m => m.Id).Take(ListLimit).ToListAsync(ct);
    }

    public async Task<Counts> CountAsync(CancellationToken ct = default)
    {
        var byState = await db.Outbox.AsNoTracking().GroupBy(m => m.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        int Of(LetterState s) => byState.FirstOrDefault(x => x.Key == s)?.Count ?? 0;
        return new Counts(Of(LetterState.Pending), Of(LetterState.Sent), Of(LetterState.Failed));
    }

    public Task<OutboxRow?> FindAsync(int id, CancellationToken ct = default) =>
        db.Outbox.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);

    /// <summary>Puts a message that was not sent back in line, at once; the administrator's decision is audited.</summary>
    public async Task<Result> RetryAsync(int id, Actor actor, CancellationToken ct = default)
    {
        // Read and changed in the database, not through tracked rows: the sender changes the same row with
        // ExecuteUpdate, which a tracked copy would not see.
        var row = await db.Outbox.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);
        if (row is null) return MailErrors.NotFound(id);
        if (row.State == LetterState.Sent) return MailErrors.AlreadySent(id);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var changed = await db.Outbox.Where(m => m.Id == id && m.State != LetterState.Sent).ExecuteUpdateAsync(u => u
            .SetProperty(m => m.State, LetterState.Pending).SetProperty(m => m.Attempts, 0).SetProperty(m => m.DueAt, now)
            .SetProperty(m => m.ClaimedUntil, (long?)null), ct);
        if (changed == 0) return MailErrors.AlreadySent(id);
        MonitoringAudit.Add(db, clock, actor, "ponowna wysyłka e-maila", "outbox", id.ToString(),
            $"{LetterNames.Of(row.State)}, prób: {row.Attempts}", LetterNames.Of(LetterState.Pending), row.LastError);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result.Ok;
    }

    /// <summary>Claims one message (one UPDATE that only one instance can win), sends it and records the outcome.</summary>
    private async Task<bool> SendOneAsync(int id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var at = now.ToUnixTimeMilliseconds();
        var until = (now + ClaimTime).ToUnixTimeMilliseconds();
        var claimed = await db.Outbox
            .Where(m => m.Id == id && m.State == LetterState.Pending && m.DueAt <= at && (m.ClaimedUntil == null || m.ClaimedUntil < at))
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.ClaimedUntil, (long?)until), ct);
        if (claimed != 1) return false;
        var row = await db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id, ct);
        string? error = null;
        try
        {
            await transport.SendAsync(Message(row), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever the server or the network says; the message stays and is tried again.
            error = $"{e.GetType().Name}: {e.Message}";
        }
        var attempts = row.Attempts + 1;
        var finished = clock.GetUtcNow();
        if (error is null)
        {
            await db.Outbox.Where(m => m.Id == id).ExecuteUpdateAsync(u => u
                .SetProperty(m => m.State, LetterState.Sent).SetProperty(m => m.SentAt, finished).SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.ClaimedUntil, (long?)null).SetProperty(m => m.LastError, (string?)null), ct);
            MailLog.Sent(logger, id, row.Kind);
            return true;
        }
        var gaveUp = attempts >= options.Value.MaxAttempts;
        var next = (finished + Backoff(attempts)).ToUnixTimeMilliseconds();
        await db.Outbox.Where(m => m.Id == id).ExecuteUpdateAsync(u => u
            .SetProperty(m => m.State, gaveUp ? LetterState.Failed : LetterState.Pending).SetProperty(m => m.Attempts, attempts)
            .SetProperty(m => m.DueAt, next).SetProperty(m => m.ClaimedUntil, (long?)null).SetProperty(m => m.LastError, Cut(error, 2000)), ct);
        MailLog.Failed(logger, id, row.Kind, attempts, error);
        return false;
    }

    /// <summary>1, 4, 9, 16 … minutes: a server down for a while is not hammered, and a short hiccup costs a minute.</summary>
    public static TimeSpan Backoff(int attempts) => TimeSpan.FromMinutes(attempts * attempts);

    private MimeMessage Message(OutboxRow row)
    {
        var o = options.Value;
        var message = new MimeMessage { Subject = row.Subject, Date = row.CreatedAt };
        message.From.Add(new MailboxAddress(o.FromName, o.From));
        message.To.Add(new MailboxAddress(row.ToName ?? "", row.To));
        // The same id on every attempt: a server that took a message whose answer was lost sees the repeat as one.
        message.MessageId = $"kierunek-{row.Id}-{row.CreatedAt.ToUnixTimeMilliseconds()}@{MailboxAddress.Parse(o.From).Domain}";
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Body = new BodyBuilder { TextBody = row.Text, HtmlBody = row.Html }.ToMessageBody();
        return message;
    }

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
