using Kierunek.Data;
using Kierunek.Data.Audit;
using Kierunek.Data.Monitoring;
using Kierunek.Data.Strategies;
using Kierunek.Domain.Language;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Results;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Strategies.Checks;
using Kierunek.Domain.Strategies.Versions;
using Kierunek.Import;
using Kierunek.Import.Reading;
using Kierunek.Import.Strategies;
using Microsoft.EntityFrameworkCore;

namespace Kierunek.Application.Strategies;

/// <summary>Stores read documents as new versions — never a silent replacement. The plan says, per document, what
/// the new version changes against the stored one and which monitored values sit on items or indicators it no longer
/// has. A version that removes anything is stored only when asked (<c>replace</c>); monitoring follows the items to
/// their new places, and what lost its place is kept, detached and reported, never dropped. All documents or none.</summary>
public sealed class DocumentImports(KierunekDb db, TimeProvider clock)
{
    /// <param name="Version">The version this document becomes (1 for a new one).</param>
    /// <param name="Changes">Against the stored version; null for a new document.</param>
    /// <param name="Detached">Monitoring that would lose its item or indicator: "MOPR, 2021: Działanie 1.2.3 „…” (3 wartości)".</param>
    /// <param name="Unchanged">The stored version is this very document (the same exchange text): nothing is written.</param>
    public sealed record Plan(StrategyDocument Document, int Version, DocumentChanges? Changes, IReadOnlyList<string> Detached, bool Unchanged = false)
    {
        /// <summary>The cost check run once (over every cost of the document) for both the findings and the summary's counts,
        /// before anything is written: a check that fails leaves the database as it was.</summary>
        private readonly (IReadOnlyList<Finding> Findings, DocumentSummary Summary) check = Check(Document);

        /// <summary>What <c>kierunek check</c> lists: printed totals that differ from the computed ones, and the other cost findings.</summary>
        public IReadOnlyList<Finding> Findings => check.Findings;

        /// <summary>What the document holds.</summary>
        public DocumentSummary Summary => check.Summary;

        private static (IReadOnlyList<Finding>, DocumentSummary) Check(StrategyDocument document)
        {
            var findings = CostCheck.Run(document);
            return (findings, DocumentSummary.Of(document, findings));
        }

        /// <summary>Cells with their text as printed and their reading, the doubtful first (<see cref="DocumentCells.Sample"/>).</summary>
        public IReadOnlyList<DocumentCell> Sample { get; } = DocumentCells.Sample(Document, SampleSize);

        public bool NeedsReplace => Changes?.Shrinks == true;
    }

    /// <summary>How many cells a preview shows with their reading.</summary>
    public const int SampleSize = 16;

    /// <summary>The largest document a page or the API accepts (the same limit as every door: <see cref="FileLimit.Document"/>).</summary>
    public static long MaxBytes => FileLimit.Document.MaxBytes;

    /// <summary>Null when an upload of <paramref name="size"/> bytes fits; else the limit's own refusal, checked before
    /// the file is read into memory.</summary>
    public static Error? TooLarge(string fileName, long size) => FileLimit.Document.Check(Path.GetFileName(fileName), size);

    /// <summary>An uploaded file read as a document — the same reading as <c>kierunek import</c>: within the size limit,
    /// a Word (.docx) or Excel (.xlsx) file, UTF-8 text or exchange JSON, truncation refused with its line; errors name
    /// the file and line (and in a Word or Excel file the table or sheet and row).</summary>
    public static Result<StrategyDocument> Read(string fileName, byte[] content)
    {
        var name = Path.GetFileName(fileName);
        if (FileLimit.Document.Check(name, content.LongLength) is { } tooLarge) return Result<StrategyDocument>.Fail(tooLarge);
        var text = SourceText.FromBytes(name, content);
        return text.IsSuccess ? DocumentImporter.ImportText(text.Value!) : Result<StrategyDocument>.Fail(text.Errors);
    }

    public async Task<IReadOnlyList<Plan>> PreviewAsync(IReadOnlyList<StrategyDocument> documents, CancellationToken ct = default)
    {
        var plans = new List<Plan>();
        foreach (var document in documents) plans.Add(await PlanAsync(document, ct));
        return plans;
    }

    /// <summary>Stores every document as its next version in one transaction, or none when one of them shrinks without
    /// <paramref name="replace"/> (the error names what would go).</summary>
    /// <param name="changes">What the version changes in words, when the caller knows it better than a comparison
    /// (the editor's list of steps); else the comparison's summary.</param>
    /// <param name="resolution">The resolution that adopted the version, when it amends a strategy in the editor.</param>
    public async Task<Result<IReadOnlyList<Plan>>> ImportAsync(IReadOnlyList<StrategyDocument> documents, string user, bool replace, CancellationToken ct = default,
        string? changes = null, string? resolution = null)
    {
        var plans = await PreviewAsync(documents, ct);
        var refused = plans.Where(p => p.NeedsReplace && !replace).Select(Refusal).ToList();
        if (refused.Count > 0) return Result<IReadOnlyList<Plan>>.Fail(refused);

        // Inside a caller's transaction (the wizard stores its mapping with the document) it joins that one.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var store = new DocumentStore(db, clock);
        foreach (var plan in plans.Where(p => !p.Unchanged))
        {
            await store.SaveAsync(plan.Document, user, ct, changes ?? plan.Changes?.Summary(), resolution);
            if (plan.Changes is { } compared) await MoveMonitoringAsync(plan, compared, user, ct);
        }
        if (transaction is not null) await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return Result<IReadOnlyList<Plan>>.Ok(plans);
    }

    private async Task<Plan> PlanAsync(StrategyDocument document, CancellationToken ct)
    {
        var stored = await db.Documents.AsNoTracking().Where(d => d.Key == document.Key).Select(d => new { d.Version, d.Content }).SingleOrDefaultAsync(ct);
        if (stored is null) return new Plan(document, 1, null, []);
        if (stored.Content == Domain.Strategies.Exchange.DocumentJson.WriteCompact(document)) return new Plan(document, stored.Version, new DocumentChanges(), [], Unchanged: true);
        var old = Identified((await new DocumentStore(db, clock).LoadAsync(document.Key, ct))!, document);
        var changes = DocumentChanges.Between(old, document);
        var oldNodes = old.AllNodes().ToList();
        var detached = new List<string>();
        var assignments = await MonitoredAssignments(document.Key).AsNoTracking().ToListAsync(ct);
        var years = await db.Periods.AsNoTracking().Where(p => p.DocumentKey == document.Key).ToDictionaryAsync(p => p.Id, p => p.Year, ct);
        foreach (var a in assignments)
        {
            var position = a.NodePosition!.Value;
            var node = position < oldNodes.Count ? oldNodes[position].ToString() : $"pozycja {position}";
            var values = a.Entries.Where(e => e.Raw is not null && e.IndicatorIndex is not null).ToList();
            if (!changes.NodePositions.ContainsKey(position))
                detached.Add($"{a.InstitutionName}, {years[a.PeriodId]}: {node} ({PolishPlural.Of(values.Count, "wartość", "wartości", "wartości")})");
            else
                detached.AddRange(values.Where(e => !changes.IndicatorIndexes.ContainsKey((position, e.IndicatorIndex!.Value)))
                    .Select(e => $"{a.InstitutionName}, {years[a.PeriodId]}: {node}, wskaźnik „{IndicatorName(oldNodes[position], e.IndicatorIndex!.Value)}” („{e.Raw}”)"));
        }
        return new Plan(document, stored.Version + 1, changes, detached);
    }

    /// <summary>Assignments and their values follow their items and indicators to the new places. Every reference is
    /// cleared first and then set, so two items swapping places never meet in the unique index.</summary>
    private async Task MoveMonitoringAsync(Plan plan, DocumentChanges changes, string user, CancellationToken ct)
    {
        var assignments = await MonitoredAssignments(plan.Document.Key).ToListAsync(ct);
        if (assignments.Count == 0) return;
        var oldNodes = (await OldVersionAsync(plan, ct)).AllNodes().ToList();
        var newNodes = plan.Document.AllNodes().ToList();
        var before = assignments.ToDictionary(a => a, a => (Position: a.NodePosition!.Value, Indexes: a.Entries.ToDictionary(e => e, e => e.IndicatorIndex)));
        foreach (var a in assignments)
        {
            a.NodePosition = null;
            foreach (var e in a.Entries) e.IndicatorIndex = null;
        }
        await db.SaveChangesAsync(ct);

        int moved = 0, detachedItems = 0, detachedValues = 0;
        foreach (var a in assignments)
        {
            var (position, indexes) = before[a];
            var oldNode = position < oldNodes.Count ? oldNodes[position] : null;
            if (!changes.NodePositions.TryGetValue(position, out var newPosition))
            {
                a.DetachedNode = oldNode?.ToString() ?? $"pozycja {position}";
                foreach (var (e, index) in indexes)
                    e.DetachedIndicator = oldNode is null || index is null ? null : IndicatorName(oldNode, index.Value);
                detachedItems++;
                continue;
            }
            a.NodePosition = newPosition;
            if (newPosition != position) moved++;
            foreach (var (e, index) in indexes)
            {
                if (index is { } i && changes.IndicatorIndexes.TryGetValue((position, i), out var newIndex)) e.IndicatorIndex = newIndex;
                else
                {
                    e.DetachedIndicator = oldNode is null || index is null ? null : IndicatorName(oldNode, index.Value);
                    if (e.Raw is not null) detachedValues++;
                }
            }
            // An indicator the new version adds to the item is asked for like the others.
            var taken = a.Entries.Where(e => e.IndicatorIndex is not null).Select(e => e.IndicatorIndex!.Value).ToHashSet();
            foreach (var i in Enumerable.Range(0, newNodes[newPosition].Indicators.Count).Where(i => !taken.Contains(i)))
                a.Entries.Add(new EntryRow { IndicatorIndex = i, State = EntryState.Missing });
        }
        db.Audit.Add(new AuditRow
        {
            At = clock.GetUtcNow(), User = user, Action = "przeniesienie monitoringu", Entity = "document", EntityKey = plan.Document.Key,
            NewValue = $"wersja {plan.Version}: przydziałów przeniesionych na nowe miejsce {moved}, odłączonych (pozycji już nie ma) {detachedItems}, wartości odłączonych od usuniętych wskaźników {detachedValues}",
        });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The version being replaced, read from the version history (the current copy is already the new one).</summary>
    private async Task<StrategyDocument> OldVersionAsync(Plan plan, CancellationToken ct)
    {
        var content = await db.DocumentVersions.AsNoTracking().Where(v => v.DocumentKey == plan.Document.Key && v.Version == plan.Version - 1)
            .Select(v => v.Content).SingleAsync(ct);
        var read = Domain.Strategies.Exchange.DocumentJson.Read(content, plan.Document.Key);
        return read.IsSuccess ? Identified(read.Value!, plan.Document) : throw new InvalidDataException(string.Join("; ", read.Errors));
    }

    /// <summary>A version made in the editor names its items by identity; the stored one it was made from gets the same
    /// identities again (they come from the items' places), so both compare item by item however they moved.</summary>
    private static StrategyDocument Identified(StrategyDocument old, StrategyDocument @new)
    {
        if (Domain.Strategies.Editing.NodeIdentity.IsFilled(@new)) Domain.Strategies.Editing.NodeIdentity.Fill(old);
        return old;
    }

    private IQueryable<AssignmentRow> MonitoredAssignments(string key) =>
        db.Assignments.Include(a => a.Entries).Where(a => a.NodePosition != null && db.Periods.Any(p => p.Id == a.PeriodId && p.DocumentKey == key));

    private static string IndicatorName(StrategyNode node, int index) =>
        index < node.Indicators.Count ? node.Indicators[index].Name ?? node.Indicators[index].Code ?? $"nr {index + 1}" : $"nr {index + 1}";

    private static Error Refusal(Plan plan)
    {
        var changes = plan.Changes!;
        var examples = changes.RemovedNodes.Concat(changes.RemovedIndicators).Take(3).ToList();
        var kept = plan.Detached.Count == 0 ? "" :
            $" Monitoring, który straci miejsce w dokumencie, zostanie zachowany jako odłączony ({PolishPlural.Of(plan.Detached.Count, "pozycja", "pozycje", "pozycji")}, np. {plan.Detached[0]}).";
        return new Error(new SourceLocation(plan.Document.SourceFile ?? plan.Document.Key), ImportErrorCodes.ReimportShrinks,
            $"Nowa wersja dokumentu „{plan.Document.Key}” (wersja {plan.Version}) ma mniej niż zapisana: {changes.Summary()}" +
            (examples.Count > 0 ? $" (np. {string.Join("; ", examples)})" : "") +
            $".{kept} Sprawdź, czy plik jest kompletny; jeśli tak ma być, powtórz import z --replace.");
    }
}
