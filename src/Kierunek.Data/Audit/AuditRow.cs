namespace Kierunek.Data.Audit;

/// <summary>Who changed what, when: every write to stored data leaves one.</summary>
public sealed class AuditRow
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string User { get; set; }
    public required string Action { get; set; }
    public required string Entity { get; set; }
    public required string EntityKey { get; set; }
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
    /// <summary>Why: the reporter's comment, the reviewer's reason for returning, the reason for reopening.</summary>
    public string? Reason { get; set; }
    /// <summary>The row's place in the hash chain (1, 2, …); null for rows written before the chain existed.</summary>
    public long? Sequence { get; set; }
    /// <summary>SHA-256 of the row and of the previous row's hash (<see cref="AuditChain"/>), lower-case hex.</summary>
    public string? Hash { get; set; }
}
