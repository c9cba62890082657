using Kierunek.Data.Audit;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Strategies.Exchange;
using Microsoft.EntityFrameworkCore;

namespace Kierunek.Data.Strategies;

/// <summary>Saves and loads whole documents. A save is one transaction: the document, its
/// projection and the audit entry are written together or not at all.</summary>
public sealed class DocumentStore(KierunekDb db, TimeProvider clock)
{
    /// <summary>Stores the document, replacing a stored one with the same key (audited: old → new).</summary>
    public Task SaveAsync(StrategyDocument document, string user, CancellationToken ct = default) => SaveAllAsync([document], user, ct);

    /// <summary>Stores several documents in one transaction: all of them or none.</summary>
    public async Task SaveAllAsync(IReadOnlyList<StrategyDocument> documents, string user, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var document in documents) await WriteAsync(document, user, ct);
        await transaction.CommitAsync(ct);
        // The rows are written; tracking them would only slow every later save on this context.
        db.ChangeTracker.Clear();
    }

    private async Task WriteAsync(StrategyDocument document, string user, CancellationToken ct)
    {
        var content = DocumentJson.Write(document);
        var existing = await db.Documents.SingleOrDefaultAsync(d => d.Key == document.Key, ct);
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
            SourceFile = document.SourceFile, ImportedAt = clock.GetUtcNow(), ImportedBy = user, Content = content,
            Institutions = document.Institutions.Select(i => new InstitutionRow { Key = i.Key, Name = i.Name, Kind = i.Kind.ToString(), TerritorialUnitCode = i.TerritorialUnitCode }).ToList(),
        };
        db.Documents.Add(row);
        await db.SaveChangesAsync(ct);
        db.Nodes.AddRange(NodeRows(row.Id, document));
        db.Audit.Add(new AuditRow
        {
            At = clock.GetUtcNow(), User = user, Action = existing is null ? "import" : "reimport",
            Entity = "document", EntityKey = document.Key, OldValue = oldSummary, NewValue = Describe(document.Title, content),
        });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The stored document, read back from its exchange-format copy; null when there is none.</summary>
    public async Task<StrategyDocument?> LoadAsync(string key, CancellationToken ct = default)
    {
        var content = await db.Documents.Where(d => d.Key == key).Select(d => d.Content).SingleOrDefaultAsync(ct);
        if (content is null) return null;
        var result = DocumentJson.Read(content, key);
        return result.IsSuccess ? result.Value : throw new InvalidDataException(string.Join("; ", result.Errors));
    }

    public Task<List<string>> KeysAsync(CancellationToken ct = default) => db.Documents.OrderBy(d => d.Key).Select(d => d.Key).ToListAsync(ct);

    /// <summary>The tree in print order; parents are linked by reference so one SaveChanges writes it all.</summary>
    private static IEnumerable<NodeRow> NodeRows(int documentId, StrategyDocument document)
    {
        var position = 0;
        IEnumerable<NodeRow> Rows(StrategyNode node, NodeRow? parent)
        {
            var row = new NodeRow
            {
                DocumentId = documentId, Parent = parent, Position = position++, Kind = node.Kind.ToString(),
                LevelName = node.LevelName, Code = node.Code, Title = node.Title,
                Indicators = node.Indicators.Select((indicator, i) => new IndicatorRow
                {
                    Position = i, Code = indicator.Code, Name = indicator.Name, Unit = indicator.Unit,
                    Values = indicator.Values.Select(v => new IndicatorValueRow
                    {
                        FromYear = v.Period.FromYear, ToYear = v.Period.ToYear, Raw = v.Value.Raw,
                        Kind = v.Value.Kind.ToString(), Number = v.Value.Reading.Number, Unit = v.Value.Reading.Unit,
                    }).ToList(),
                }).ToList(),
            };
            yield return row;
            foreach (var child in node.Children.SelectMany(c => Rows(c, row))) yield return child;
        }
        return document.Roots.SelectMany(r => Rows(r, null)).ToList();
    }

    private static string Describe(string title, string content) => $"{title} ({content.Length} znaków w formacie wymiany)";
}
