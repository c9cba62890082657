namespace Kierunek.Data.Publishing;

/// <summary>A report put in the public area: the files as they were on the day of publication, so what the
/// public reads never changes under them. A withdrawn publication stays here (with who and why) but is no
/// longer shown.</summary>
public sealed class PublicationRow
{
    public int Id { get; set; }
    public required string DocumentKey { get; set; }
    public required string DocumentTitle { get; set; }
    /// <summary>The report kind as the web address names it ("realizacja", "osiagniecie", …).</summary>
    public required string Kind { get; set; }
    public int Year { get; set; }
    /// <summary>The report's own title, as its first page prints it.</summary>
    public required string Title { get; set; }
    public required string PublishedBy { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public string? WithdrawnBy { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
    public string? WithdrawalReason { get; set; }
    public List<PublicationFileRow> Files { get; set; } = [];

    public bool IsPublic => WithdrawnAt is null;
}

/// <summary>One format of a published report (html, docx, xlsx, pdf).</summary>
public sealed class PublicationFileRow
{
    public int Id { get; set; }
    public int PublicationId { get; set; }
    public required string Format { get; set; }
    public required byte[] Content { get; set; }
}

/// <summary>A strategy whose tree and indicators a coordinator made public (<c>/publiczne/strategie/{key}</c>): the
/// document as adopted, without monitoring that is not approved. Kept apart from the document's rows, which every new
/// version replaces.</summary>
public sealed class PublicStrategyRow
{
    public required string DocumentKey { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public required string PublishedBy { get; set; }
}

/// <summary>A request to publish a report, made by the files' rendering in the background: the publishing page and
/// the API show its progress (how many of the formats are made) and, at the end, the publication or why it was refused.</summary>
public sealed class PublishingJobRow
{
    public int Id { get; set; }
    public required string DocumentKey { get; set; }
    /// <summary>The report kind as the web address names it ("realizacja", …).</summary>
    public required string Kind { get; set; }
    public int Year { get; set; }
    /// <summary>The coordinator confirmed publishing a year the document holds no value of.</summary>
    public bool WithoutValues { get; set; }
    public required string RequestedBy { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public PublishingJobState State { get; set; }
    /// <summary>Formats made so far, of <c>Publications.Formats</c>.</summary>
    public int FormatsDone { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public int? PublicationId { get; set; }
    public string? ErrorCode { get; set; }
    public string? ErrorMessage { get; set; }
}

public enum PublishingJobState { Waiting, Running, Done, Refused }
