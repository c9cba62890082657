using Kierunek.Data.Audit;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Strategies.Exchange;
using Microsoft.EntityFrameworkCore;

namespace Kierunek.Data.Strategies;

/// <summary>Saves and loads whole documents. A save is one transaction: the document, its
/// projection and the audit entry are written together or not at all.</summary>
public sealed class DocumentStore(KierunekDb db, TimeProvider clock)
{
    /// <summary>Stores the document as its next version: the current copy and its query rows are replaced, every
    /// earlier version's content stays in <c>document_versions</c> (audited: old → new). <paramref name="changes"/> says what
    /// the version changes (the caller compared it with the stored one). Joins the caller's transaction when there is one.</summary>
    public Task SaveAsync(StrategyDocument document, string user, CancellationToken ct = default, string? changes = null, string? resolution = null) =>
        SaveAllAsync([(document, changes, resolution)], user, ct);

    /// <summary>Stores several documents in one transaction: all of them or none.</summary>
    public Task SaveAllAsync(IReadOnlyList<StrategyDocument> documents, string user, CancellationToken ct = default) =>
        SaveAllAsync(documents.Select(d => (d, (string?)null, (string?)null)).ToList(), user, ct);

    private async Task SaveAllAsync(IReadOnlyList<(StrategyDocument Document, string? Changes, string? Resolution)> documents, string user, CancellationToken ct)
    {
        // The caller's transaction when it has one (a re-import also moves monitoring), else one of our own; a failure
        // disposes it uncommitted, which rolls everything back.
        await using var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        foreach (var (document, changes, resolution) in documents) await WriteAsync(document, user, changes, resolution, ct);
        if (own is not null) await own.CommitAsync(ct);
        // The rows are written; tracking them would only slow every later save on this context.
        db.ChangeTracker.Clear();
    }

    /// <summary>The versions of a document, the newest first (without their content).</summary>
    public Task<List<DocumentVersionRow>> VersionsAsync(string key, CancellationToken ct = default) =>
        db.DocumentVersions.AsNoTracking().Where(v => v.DocumentKey == key).OrderByDescending(v => v.Version)
            .Select(v => new DocumentVersionRow { DocumentKey = v.DocumentKey, Version = v.Version, Title = v.Title, SourceFile = v.SourceFile, ImportedAt = v.ImportedAt, ImportedBy = v.ImportedBy, Changes = v.Changes, Resolution = v.Resolution, Content = "" })
            .ToListAsync(ct);

    private async Task WriteAsync(StrategyDocument document, string user, string? changes, string? resolution, CancellationToken ct)
    {
        var content = DocumentJson.WriteCompact(document);
        var existing = await db.Documents.SingleOrDefaultAsync(d => d.Key == document.Key, ct);
        var version = (existing?.Version ?? 0) + 1;
        changes ??= existing is null ? "pierwsza wersja" : "nowa wersja";
        string? oldSummary = null;
        if (existing is not null)
        {
            oldSummary = Describe(existing.Title, existing.Content);
            // Nodes point at their parents; delete them before the document so the order never matters.
            await db.IndicatorValues.Where(v => db.Indicators.Any(i => i.Id == v.IndicatorId && db.Nodes.Any(n => n.Id == i.NodeId && n.DocumentId == existing.Id))).ExecuteDeleteAsync(ct);
            await db.Indicators.Where(i => db.Nodes.Any(n => n.Id == i.NodeId && n.DocumentId == existing.Id)).ExecuteDeleteAsync(ct);
            await db.Nodes.Where(n => n.DocumentId == existing.Id).ExecuteDeleteAsync(ct);
            await db.Institutions.Where(i => i.DocumentId == existing.Id).ExecuteDeleteAsync(ct);
            await db.Documents.Where(d => d.Id == existing.Id).ExecuteDeleteAsync(ct);
            db.ChangeTracker.Clear();
        }

        var row = new DocumentRow
        {
            Key = document.Key, Title = document.Title, Layout = document.Layout.ToString(),
            TerritorialUnitCode = document.TerritorialUnitCode, PeriodFrom = document.PeriodFrom, PeriodTo = document.PeriodTo,
            SourceFile = document.SourceFile, ImportedAt = clock.GetUtcNow(), ImportedBy = user, Content = content, Version = version,
            Institutions = document.Institutions.Select(i => new InstitutionRow { Key = i.Key, Name = i.Name, Kind = i.Kind.ToString(), TerritorialUnitCode = i.TerritorialUnitCode }).ToList(),
        };
        db.Documents.Add(row);
        await db.SaveChangesAsync(ct);
        await ProjectionWriter.WriteAsync(db, row.Id, document, ct);
        db.DocumentVersions.Add(new DocumentVersionRow
        {
            DocumentKey = document.Key, Version = version, Title = document.Title, SourceFile = document.SourceFile,
            ImportedAt = row.ImportedAt, ImportedBy = user, Changes = changes, Resolution = resolution, Content = content,
        });
        db.Audit.Add(new AuditRow
        {
            At = clock.GetUtcNow(), User = user, Action = existing is null ? "import" : "reimport",
            Entity = "document", EntityKey = document.Key, OldValue = oldSummary is null ? null : $"wersja {existing!.Version}: {oldSummary}",
            NewValue = $"wersja {version}: {Describe(document.Title, content)}; {changes}" + (resolution is null ? "" : $"; {resolution}"),
        });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The stored document, read back from its exchange-format copy; null when there is none.</summary>
    public async Task<StrategyDocument?> LoadAsync(string key, CancellationToken ct = default)
    {
        var stored = await db.Documents.Where(d => d.Key == key).Select(d => new { d.Content, d.Version }).SingleOrDefaultAsync(ct);
        if (stored is null) return null;
        var result = DocumentJson.Read(stored.Content, key);
        if (!result.IsSuccess) throw new InvalidDataException(string.Join("; ", result.Errors));
        result.Value!.StoredVersion = stored.Version;
        return result.Value;
    }

    public Task<List<string>> KeysAsync(CancellationToken ct = default) => db.Documents.OrderBy(d => d.Key).Select(d => d.Key).ToListAsync(ct);

    private static string Describe(string title, string content) => $"{title} ({content.Length} znaków w formacie wymiany)";
}
