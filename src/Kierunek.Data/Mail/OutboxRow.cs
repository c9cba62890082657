using Kierunek.Domain.Mail;

namespace Kierunek.Data.Mail;

/// <summary>One e-mail in the outbox: written right after the change it tells about is saved, then sent by the
/// application's scheduler; kept after sending as the record of what went to whom. A failed send stays here with its
/// error and is tried again, so nothing is lost.</summary>
public sealed class OutboxRow
{
    public int Id { get; set; }
    public LetterKind Kind { get; set; }
    public required string To { get; set; }
    public string? ToName { get; set; }
    public required string Subject { get; set; }
    public required string Text { get; set; }
    public required string Html { get; set; }
    /// <summary>Unique when set: a reminder's "this person, this day" — the database, not the scheduler, makes sure
    /// two application instances write it once.</summary>
    public string? Key { get; set; }
    /// <summary>What the e-mail is about, as the outbox filters it ("lublin-2021/2021/mopr"); a digest is found by it.</summary>
    public string? About { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public LetterState State { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    /// <summary>Not before this moment (Unix milliseconds: compared in SQL on both databases): a digest's wait, or the
    /// next attempt after a failure.</summary>
    public long DueAt { get; set; }
    /// <summary>Taken by one sender until this moment (Unix milliseconds), so two instances never send it twice.</summary>
    public long? ClaimedUntil { get; set; }
}
