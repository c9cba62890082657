using Kierunek.Application.Monitoring;
using Kierunek.Application.Strategies;
using Kierunek.Data;
using Kierunek.Data.Audit;
using Kierunek.Data.Ozps;
using Kierunek.Domain.Language;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Ozps.Assessments;
using Kierunek.Domain.Ozps.Narrative;
using Kierunek.Domain.Ozps.Recommendations;
using Kierunek.Domain.Results;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Strategies.Editing;
using Kierunek.Reports.Ozps;
using Kierunek.Reports.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Kierunek.Application.Ozps;

/// <summary>A recommendation with its links and, for the strategy chosen on the page, the items it is probably about.</summary>
/// <summary>A recommendation's link as the page lists it (its id, for removing it).</summary>
public sealed record RecommendationLink(long Id, StrategyItemRef Item);

public sealed record RecommendationView(long Id, string Text, IReadOnlyList<RecommendationLink> Links, IReadOnlyList<StrategyItemRef> Suggested);

/// <summary>What an assessment's recommendations page shows: the recommendations, the points suggested from what worsened
/// (to take over as recommendations), and the chosen strategy's items to link to.</summary>
public sealed record RecommendationsPage(AssessmentForm Form, IReadOnlyList<RecommendationView> Recommendations, IReadOnlyList<string> SuggestedTexts,
    IReadOnlyList<StrategyCatalog.Entry> Strategies, string? Strategy, IReadOnlyList<StrategyItemRef> Items);

/// <summary>An OZPS recommendation as a strategy item's page shows it.</summary>
public sealed record ItemFinding(string UnitCode, string UnitName, int Year, string Text, string State, bool Opens);

/// <summary>The OZPS recommendations and the strategy: the unit's staff write recommendations (or take over the points
/// suggested from the indicators that worsened), link each to strategy items — suggested by the words they share — and
/// the item's page shows the OZPS findings that concern it. The council pack puts the assessment, its recommendations
/// and the linked items' year side by side in one DOCX.</summary>
public sealed class OzpsRecommendations(KierunekDb db, OzpsAssessments assessments, StrategyCatalog catalog, ItemHistory history, TimeProvider clock)
{
    public const string NotFoundCode = "ozps.recommendation-not-found";
    public const string ItemNotFoundCode = "ozps.item-not-found";

    public async Task<Result<RecommendationsPage>> PageAsync(OzpsAccess access, string unitCode, int year, string? strategy, CancellationToken ct = default)
    {
        var opened = await assessments.OpenAsync(access, unitCode, year, ct);
        if (!opened.IsSuccess) return Result<RecommendationsPage>.Fail(opened.Errors);
        var form = opened.Value!;
        var strategies = await catalog.ListAsync(ct);
        var items = strategy is not null && await catalog.GetAsync(strategy, ct) is { } document ? Items(document) : [];
        var rows = await RowsAsync(unitCode, year, ct);
        var views = rows.Select(r => new RecommendationView(r.Id, r.Text, r.Links.Select(l => new RecommendationLink(l.Id, Ref(l))).ToList(),
            LinkSuggestions.For(r.Text, items).Where(i => !r.Links.Any(l => l.DocumentKey == i.DocumentKey && l.NodeId == i.NodeId)).ToList())).ToList();
        var suggested = OzpsNarrative.Suggestions(form.Data, form.Template, year, NarrativeFile.Load()).Where(s => !rows.Any(r => r.Text == s)).ToList();
        return Result<RecommendationsPage>.Ok(new RecommendationsPage(form, views, suggested, strategies, items.Count > 0 ? strategy : null, items));
    }

    public async Task<Result<long>> AddAsync(OzpsAccess access, Actor actor, string unitCode, int year, string? text, CancellationToken ct = default)
    {
        if (await MayChangeAsync(access, actor, unitCode, year, ct) is { } refused) return refused;
        if (AssessmentText.CheckRecommendation(text) is { } bad) return bad;
        var row = new OzpsRecommendationRow { UnitCode = unitCode, Year = year, Text = text!.Trim(), CreatedBy = actor.Name, CreatedAt = clock.GetUtcNow() };
        db.OzpsRecommendations.Add(row);
        Audit(actor, unitCode, year, "dodanie rekomendacji OZPS", null, row.Text);
        await db.SaveChangesAsync(ct);
        return Result<long>.Ok(row.Id);
    }

    public async Task<Result> DeleteAsync(OzpsAccess access, Actor actor, string unitCode, int year, long id, CancellationToken ct = default)
    {
        if (await MayChangeAsync(access, actor, unitCode, year, ct) is { } refused) return refused;
        if (await db.OzpsRecommendations.FirstOrDefaultAsync(r => r.Id == id && r.UnitCode == unitCode && r.Year == year, ct) is not { } row)
            return Error.Of(NotFoundCode, "Nie ma takiej rekomendacji.");
        db.OzpsRecommendations.Remove(row);
        Audit(actor, unitCode, year, "usunięcie rekomendacji OZPS", row.Text, null);
        await db.SaveChangesAsync(ct);
        return Result.Ok;
    }

    public async Task<Result> LinkAsync(OzpsAccess access, Actor actor, string unitCode, int year, long id, string documentKey, string nodeId, CancellationToken ct = default)
    {
        if (await MayChangeAsync(access, actor, unitCode, year, ct) is { } refused) return refused;
        var row = await db.OzpsRecommendations.Include(r => r.Links).FirstOrDefaultAsync(r => r.Id == id && r.UnitCode == unitCode && r.Year == year, ct);
        if (row is null) return Error.Of(NotFoundCode, "Nie ma takiej rekomendacji.");
        var item = await catalog.GetAsync(documentKey, ct) is { } document ? Items(document).FirstOrDefault(i => i.NodeId == nodeId) : null;
        if (item is null) return Error.Of(ItemNotFoundCode, "Nie ma takiej pozycji strategii — wybierz ją z listy.", "pozycja");
        if (row.Links.Any(l => l.DocumentKey == documentKey && l.NodeId == nodeId)) return Result.Ok;
        row.Links.Add(new OzpsRecommendationLinkRow { DocumentKey = documentKey, NodeId = nodeId, Code = item.Code, Title = item.Title });
        Audit(actor, unitCode, year, "powiązanie rekomendacji OZPS z pozycją strategii", row.Text, $"{item.Code} {item.Title} ({documentKey})");
        await db.SaveChangesAsync(ct);
        return Result.Ok;
    }

    public async Task<Result> UnlinkAsync(OzpsAccess access, Actor actor, string unitCode, int year, long id, long linkId, CancellationToken ct = default)
    {
        if (await MayChangeAsync(access, actor, unitCode, year, ct) is { } refused) return refused;
        var link = await db.OzpsRecommendationLinks.FirstOrDefaultAsync(l => l.Id == linkId && l.RecommendationId == id
            && db.OzpsRecommendations.Any(r => r.Id == id && r.UnitCode == unitCode && r.Year == year), ct);
        if (link is null) return Error.Of(NotFoundCode, "Nie ma takiego powiązania.");
        db.OzpsRecommendationLinks.Remove(link);
        Audit(actor, unitCode, year, "usunięcie powiązania rekomendacji OZPS", $"{link.Code} {link.Title} ({link.DocumentKey})", null);
        await db.SaveChangesAsync(ct);
        return Result.Ok;
    }

    /// <summary>The OZPS recommendations linked to a strategy item: those of approved assessments for everyone who reads the
    /// strategy, and those the viewer's own scope reaches before approval.</summary>
    public async Task<IReadOnlyList<ItemFinding>> ForItemAsync(OzpsAccess access, string documentKey, string nodeId, CancellationToken ct = default)
    {
        var linked = await db.OzpsRecommendationLinks.AsNoTracking().Where(l => l.DocumentKey == documentKey && l.NodeId == nodeId)
            .Join(db.OzpsRecommendations, l => l.RecommendationId, r => r.Id, (l, r) => new { r.UnitCode, r.Year, r.Text }).ToListAsync(ct);
        var states = await db.OzpsAssessments.AsNoTracking().Where(a => linked.Select(l => l.UnitCode).Contains(a.UnitCode))
            .Select(a => new { a.UnitCode, a.Year, a.State }).ToListAsync(ct);
        return linked.Select(l => (l, State: states.FirstOrDefault(s => s.UnitCode == l.UnitCode && s.Year == l.Year)?.State ?? EntryState.Missing))
            .Where(x => x.State == EntryState.Approved || access.Sees(x.l.UnitCode))
            .Select(x => new ItemFinding(x.l.UnitCode, Import.Territory.TercFile.Register.Find(x.l.UnitCode)?.Name ?? x.l.UnitCode, x.l.Year, x.l.Text,
                AssessmentStatus.Names[x.State], access.Sees(x.l.UnitCode)))
            .OrderByDescending(f => f.Year).ToList();
    }

    /// <summary>The council pack (DOCX): the assessment in brief, its recommendations with their links, the linked items' year.</summary>
    public async Task<Result<byte[]>> CouncilPackAsync(OzpsAccess access, string unitCode, int year, CancellationToken ct = default)
    {
        var opened = await assessments.OpenAsync(access, unitCode, year, ct);
        if (!opened.IsSuccess) return Result<byte[]>.Fail(opened.Errors);
        var form = opened.Value!;
        var rows = await RowsAsync(unitCode, year, ct);
        var progress = new List<LinkedProgress>();
        foreach (var link in rows.SelectMany(r => r.Links).DistinctBy(l => (l.DocumentKey, l.NodeId)))
        {
            if (await catalog.GetAsync(link.DocumentKey, ct) is not { } document) continue;
            if (NodeIdentity.Identified(document).Where(x => x.Id == link.NodeId).Select(x => (x.Node, x.Position)).FirstOrDefault() is not ({ } node, var position)) continue;
            var series = (await history.ForAsync(link.DocumentKey, position, ct))?.Series ?? [];
            var indicators = node.Indicators.Select((indicator, i) =>
            {
                var points = i < series.Count ? series[i] : [];
                return new LinkedIndicator(indicator.Name ?? "wskaźnik", indicator.Unit, indicator.Target?.Value,
                    points.LastOrDefault(p => p.Year == year - 1)?.Value, points.LastOrDefault(p => p.Year == year)?.Value);
            }).ToList();
            progress.Add(new LinkedProgress(Ref(link), document.Title, node.Status == MeasureStatus.Unknown ? null : PolishNames.Of(node.Status), indicators));
        }
        var report = CouncilPack.Build(form.Data, form.Template, year, form.Status.ToString(), rows.Select(r => new CouncilRecommendation(r.Text, r.Links.Select(Ref).ToList())).ToList(), progress);
        return Result<byte[]>.Ok(await ReportFiles.RenderAsync(report, "docx", form.Today, ct));
    }

    private Task<List<OzpsRecommendationRow>> RowsAsync(string unitCode, int year, CancellationToken ct) =>
        db.OzpsRecommendations.AsNoTracking().Include(r => r.Links).Where(r => r.UnitCode == unitCode && r.Year == year).OrderBy(r => r.Id).ToListAsync(ct);

    private async Task<Error?> MayChangeAsync(OzpsAccess access, Actor actor, string unitCode, int year, CancellationToken ct)
    {
        var opened = await assessments.OpenAsync(access, unitCode, year, ct);
        if (!opened.IsSuccess) return opened.Errors[0];
        var form = opened.Value!;
        return form.MayFill(access, actor);
    }

    /// <summary>Every item of the strategy with the identity links keep (filled as the editor fills them).</summary>
    private static IReadOnlyList<StrategyItemRef> Items(StrategyDocument document) =>
        NodeIdentity.Identified(document).Where(x => !x.Node.Archived).Select(x => new StrategyItemRef(document.Key, x.Id, x.Node.Code ?? "", x.Node.Title ?? x.Node.ToString())).ToList();

    private static StrategyItemRef Ref(OzpsRecommendationLinkRow l) => new(l.DocumentKey, l.NodeId, l.Code, l.Title);

    private void Audit(Actor actor, string unitCode, int year, string action, string? old, string? @new) => db.Audit.Add(new AuditRow
    {
        At = clock.GetUtcNow(), User = actor.Name, Action = action, Entity = OzpsAssessments.AuditEntity, EntityKey = $"{unitCode}/{year}", OldValue = old, NewValue = @new,
    });
}
