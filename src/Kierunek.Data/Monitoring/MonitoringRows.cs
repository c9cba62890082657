using Kierunek.Domain.Monitoring;

namespace Kierunek.Data.Monitoring;

/// <summary>A reporting period of one strategy ("monitoring 2024"): open while institutions enter and
/// the coordinator reviews values, locked once approved. Reopening needs a reason (in the audit).</summary>
public sealed class PeriodRow
{
    public int Id { get; set; }
    public required string DocumentKey { get; set; }
    public int Year { get; set; }
    public PeriodState State { get; set; }
    public required string OpenedBy { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public string? LockedBy { get; set; }
    public DateTimeOffset? LockedAt { get; set; }
    /// <summary>The campaign (<see cref="Campaign"/>): when values are due, how many days after that entry stays open, what reporters are told.</summary>
    public DateOnly? Deadline { get; set; }
    public int GraceDays { get; set; }
    public string? Message { get; set; }
    public List<AssignmentRow> Assignments { get; set; } = [];
    public List<DeadlineExtensionRow> Extensions { get; set; } = [];
}

/// <summary>A later deadline for one institution of a period, with why and who granted it (also in the audit).</summary>
public sealed class DeadlineExtensionRow
{
    public int Id { get; set; }
    public int PeriodId { get; set; }
    public required string InstitutionKey { get; set; }
    public required string InstitutionName { get; set; }
    public DateOnly Until { get; set; }
    public required string Reason { get; set; }
    public required string GrantedBy { get; set; }
    public DateTimeOffset GrantedAt { get; set; }
}

/// <summary>An item of the strategy (by its place in print order) given to an institution to report on.</summary>
public sealed class AssignmentRow
{
    public int Id { get; set; }
    public int PeriodId { get; set; }
    /// <summary>The item's place in the document's print order; null once a re-import removed the item — the
    /// assignment and its values are kept (never dropped) and <see cref="DetachedNode"/> says which item it was.</summary>
    public int? NodePosition { get; set; }
    /// <summary>"Działanie 1.2.3 „…”": the item this assignment was for, when a new version of the document no longer has it.</summary>
    public string? DetachedNode { get; set; }
    public required string InstitutionKey { get; set; }
    public required string InstitutionName { get; set; }
    public List<EntryRow> Entries { get; set; } = [];
    /// <summary>The action's own report for the year (status, what was done, money spent); null until started.</summary>
    public ActionReportRow? Report { get; set; }
}

/// <summary>An action's report for a period (<see cref="ActionReport"/>), reviewed like a value: drafted and submitted by
/// the institution, returned or approved by a reviewer.</summary>
public sealed class ActionReportRow
{
    public int Id { get; set; }
    public int AssignmentId { get; set; }
    /// <summary>The step on the strategy's progress scale (1–7).</summary>
    public int? Step { get; set; }
    public string? Description { get; set; }
    public string? SpentTotal { get; set; }
    public string? SpentState { get; set; }
    public string? SpentGmina { get; set; }
    public string? SpentOther { get; set; }
    public bool? TermKept { get; set; }
    public string? TermNote { get; set; }
    public EntryState State { get; set; }
    public string? ReviewComment { get; set; }
    public string? UpdatedBy { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>A strategy's own names for the seven steps of its progress scale (<see cref="ProgressScale"/>); the
/// default scale when there is no row.</summary>
public sealed class ProgressScaleRow
{
    public required string DocumentKey { get; set; }
    /// <summary>The seven labels, one per line.</summary>
    public required string Labels { get; set; }
    public required string ChangedBy { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}

/// <summary>One indicator's value as an institution reports it: the text as typed (the same notations the
/// import reads), its reading, and where it stands in the review. <see cref="Version"/> guards against two
/// people overwriting each other.</summary>
public sealed class EntryRow
{
    public int Id { get; set; }
    public int AssignmentId { get; set; }
    /// <summary>The indicator's place among its item's indicators; null once a re-import removed the indicator — the
    /// value is kept and <see cref="DetachedIndicator"/> names the indicator it was for.</summary>
    public int? IndicatorIndex { get; set; }
    public string? DetachedIndicator { get; set; }
    public string? Raw { get; set; }
    public string? Kind { get; set; }
    public decimal? Number { get; set; }
    /// <summary>The reporter's explanation (asked for when the value changes by more than half).</summary>
    public string? Comment { get; set; }
    public EntryState State { get; set; }
    /// <summary>Why the reviewer returned the value.</summary>
    public string? ReviewComment { get; set; }
    public string? UpdatedBy { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>One message in a value's conversation between its institution and the reviewers; a return's reason is
/// the first (<see cref="FromReviewer"/>). The author is the account; pages show the person's name and institution.</summary>
public sealed class EntryMessageRow
{
    public int Id { get; set; }
    public int EntryId { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Account { get; set; }
    public bool FromReviewer { get; set; }
    public required string Text { get; set; }
}

/// <summary>A source document: for one value (<see cref="EntryId"/>) or for an institution's whole submission of a
/// period. The bytes are kept in the database, so a backup holds them; they are only ever served as a download.</summary>
public sealed class AttachmentRow
{
    public int Id { get; set; }
    public int PeriodId { get; set; }
    public required string InstitutionKey { get; set; }
    public int? EntryId { get; set; }
    public required string FileName { get; set; }
    public long Size { get; set; }
    public required string Sha256 { get; set; }
    public required byte[] Content { get; set; }
    public required string UploadedBy { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}
