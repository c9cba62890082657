namespace Kierunek.Data.Strategies;

/// <summary>A stored strategy document. <see cref="Content"/> holds the whole document in the
/// exchange format (docs/format-wymiany.md) — the one authoritative copy; the other tables are
/// its projection for queries (nodes, indicators, values, institutions).</summary>
public sealed class DocumentRow
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public required string Title { get; set; }
    public required string Layout { get; set; }
    public string? TerritorialUnitCode { get; set; }
    public int? PeriodFrom { get; set; }
    public int? PeriodTo { get; set; }
    public string? SourceFile { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public required string ImportedBy { get; set; }
    public required string Content { get; set; }
    /// <summary>1 for the first import, one more for every re-import; each version's content stays in <see cref="DocumentVersionRow"/>.</summary>
    public int Version { get; set; } = 1;
    public List<NodeRow> Nodes { get; set; } = [];
    public List<InstitutionRow> Institutions { get; set; } = [];
}

public sealed class NodeRow
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public int? ParentId { get; set; }
    public NodeRow? Parent { get; set; }
    /// <summary>Position in the document's order (depth-first), so the tree reads back in print order.</summary>
    public int Position { get; set; }
    public required string Kind { get; set; }
    public required string LevelName { get; set; }
    public string? Code { get; set; }
    public string? Title { get; set; }
    public List<IndicatorRow> Indicators { get; set; } = [];
}

public sealed class IndicatorRow
{
    public int Id { get; set; }
    public int NodeId { get; set; }
    public int Position { get; set; }
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Unit { get; set; }
    public List<IndicatorValueRow> Values { get; set; } = [];
}

/// <summary>One value of an indicator for a period: the raw text as printed and its typed reading.
/// A value the document does not give has no row — never a 0.</summary>
public sealed class IndicatorValueRow
{
    public int Id { get; set; }
    public int IndicatorId { get; set; }
    public int FromYear { get; set; }
    public int ToYear { get; set; }
    public required string Raw { get; set; }
    public required string Kind { get; set; }
    public decimal? Number { get; set; }
    public string? Unit { get; set; }
}

public sealed class InstitutionRow
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public required string Key { get; set; }
    public required string Name { get; set; }
    public required string Kind { get; set; }
    public string? TerritorialUnitCode { get; set; }
}

/// <summary>One imported version of a document, kept for good: a re-import adds a version, it never overwrites one.
/// <see cref="Changes"/> says what it changed against the version before ("2 pozycje usunięte, …").</summary>
public sealed class DocumentVersionRow
{
    public int Id { get; set; }
    public required string DocumentKey { get; set; }
    public int Version { get; set; }
    public required string Title { get; set; }
    public string? SourceFile { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public required string ImportedBy { get; set; }
    public required string Changes { get; set; }
    /// <summary>The resolution that adopted this version ("uchwała nr XXI/145/2026 z dnia 28.05.2026 r."), when it
    /// amends a strategy in the editor; null for an imported file.</summary>
    public string? Resolution { get; set; }
    public required string Content { get; set; }
}

/// <summary>A named mapping of a table no layout knows (<c>Domain.Strategies.Mapping.TableMapping</c>), saved when a table
/// is imported through the wizard and reused for next year's file. <see cref="Content"/> is the mapping's file form
/// (docs/mapowanie.md), the same text <c>kierunek import --mapping</c> reads.</summary>
public sealed class MappingRow
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string DocumentKey { get; set; }
    public required string Content { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
}

/// <summary>A file uploaded to the mapping wizard, kept while its owner maps it (the wizard's steps are separate
/// requests and work without script) and deleted when it is imported or a day after it was uploaded.</summary>
public sealed class UploadRow
{
    public required string Id { get; set; }
    public required string User { get; set; }
    public required string FileName { get; set; }
    public required byte[] Content { get; set; }
    /// <summary>Unix milliseconds: SQLite compares numbers, not DateTimeOffsets (the clean-up asks "older than a day").</summary>
    public long UploadedAt { get; set; }
}

/// <summary>A strategy being edited: the whole draft in the exchange format, changed one step at a time and stored as
/// the document's next version only when its editor saves it (with the amending resolution). A strategy made from
/// scratch is a draft of version 0 until its first save. <see cref="Revision"/> grows with every step: a step sent from
/// a page opened before somebody else's step is refused, never applied over it.</summary>
public sealed class DraftRow
{
    public required string DocumentKey { get; set; }
    /// <summary>The stored version the draft started from (0: a new strategy); saving is refused when the document has
    /// moved on since.</summary>
    public int BaseVersion { get; set; }
    public int Revision { get; set; }
    public required string Content { get; set; }
    /// <summary>What each step did, a line each, in order — the saved version's list of changes.</summary>
    public required string Log { get; set; }
    public required string StartedBy { get; set; }
    public required string UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>The institution register's own word on an institution the documents name: its name, kind, territorial unit
/// and contact e-mail as the office keeps them (the documents keep their printed spellings), and — once a person merged
/// it into another entry — the key it now lives under. An institution nobody edited has no row: the register then shows
/// it as the first document names it.</summary>
public sealed class RegisterEntryRow
{
    public required string Key { get; set; }
    public required string Name { get; set; }
    public required string Kind { get; set; }
    public string? TerritorialUnitCode { get; set; }
    public string? Email { get; set; }
    /// <summary>The entry this one was merged into (its assignments, accounts and values moved there).</summary>
    public string? MergedInto { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
}

/// <summary>One merge of two register entries, with exactly what it moved (row ids by table, JSON), so undoing it moves
/// those rows back and nothing else.</summary>
public sealed class RegisterMergeRow
{
    public int Id { get; set; }
    public required string From { get; set; }
    public required string Into { get; set; }
    public required string Moved { get; set; }
    public DateTimeOffset At { get; set; }
    public required string By { get; set; }
    public DateTimeOffset? UndoneAt { get; set; }
    public string? UndoneBy { get; set; }
}
