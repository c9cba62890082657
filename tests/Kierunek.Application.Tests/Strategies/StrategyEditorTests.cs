using Kierunek.Application.Monitoring;
using Kierunek.Application.Strategies;
using Kierunek.Data;
using Kierunek.Data.Tests;
using Kierunek.Domain.Institutions;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Strategies.Editing;
using Kierunek.Import.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kierunek.Application.Tests.Strategies;

/// <summary>The editor's storage: a draft per strategy, each step audited and guarded by the draft's revision, saved as
/// the next version with its resolution; monitoring follows an item the editor moved and renumbered, and an item with
/// monitored values is never deleted. On SQLite and PostgreSQL.</summary>
public class StrategyEditorTests(StoredLublin lublin)
{
    public static TheoryData<string> Providers => Databases.Providers;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string Editor = "koordynator@kierunek.local";
    private static readonly Actor Coordinator = new(Editor, null, Reviews: true);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_new_strategy_is_a_draft_until_saved_as_version_one_with_its_resolution(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        using var db = Database.Open(database.Target);
        var editor = EditorOf(db);
        var form = new NewStrategy("Strategia Rozwiązywania Problemów Społecznych Miasta Lublin na lata 2026–2035", "0663011", null, 2026, 2035,
            [new("Cel strategiczny", LevelNumbering.Roman), new("Cel operacyjny", LevelNumbering.Arabic), new("Działanie", LevelNumbering.Arabic)]);

        var draft = (await editor.CreateAsync(form, Editor, Ct)).Value!;
        Assert.Equal("strategia-rozwiazywania-problemow-spolecznych-miasta-lublin-na-lata-2026-2035", draft.Key);
        Assert.Equal("Lublin", draft.Document.TerritorialUnitName);
        draft = await StepAsync(editor, draft, (d, _) => TreeEdits.Add(d, null, "Rodzina", null));
        draft = await StepAsync(editor, draft, (d, _) => TreeEdits.Add(d, d.Roots[0].Id, "Wsparcie rodzin w kryzysie", null));
        draft = await StepAsync(editor, draft, (d, _) => TreeEdits.Add(d, d.Roots[0].Children[0].Id, "Asystenci rodziny", null));
        draft = await StepAsync(editor, draft, (d, _) => ItemEdits.AddIndicator(d, d.Roots[0].Children[0].Children[0].Id!,
            new IndicatorFields("Liczba rodzin z asystentem", "rodziny", "120", 2025, "Wzrost o 10%", DesiredDirection.Unknown, "MRPiPS-03", 2026)));
        Assert.False(await db.Documents.AnyAsync(d => d.Key == draft.Key, Ct));
        Assert.Equal([draft.Key], (await editor.DraftsAsync(Ct)).Select(d => d.Key));

        var saved = await editor.SaveAsync(draft.Key, draft.Revision, Editor, new Resolution("XXI/145/2026", new DateOnly(2026, 5, 28), "Rady Miasta Lublin"), Ct);

        Assert.True(saved.IsSuccess, string.Join("; ", saved.Errors));
        Assert.Equal(1, saved.Value);
        var version = await db.DocumentVersions.SingleAsync(v => v.DocumentKey == draft.Key, Ct);
        Assert.Equal("uchwała nr XXI/145/2026 Rady Miasta Lublin z dnia 28 maja 2026 r.", version.Resolution);
        Assert.StartsWith("5 zmian w edytorze: utworzono strategię", version.Changes);
        Assert.Contains("dodano Działanie I.1.1 „Asystenci rodziny” w Cel operacyjny I.1", version.Changes);
        var stored = (await new Data.Strategies.DocumentStore(db, TimeProvider.System).LoadAsync(draft.Key, Ct))!;
        Assert.Equal(("XXI/145/2026", DocumentLayout.Authored, 1), (stored.Resolution!.Number, stored.Layout, stored.StoredVersion));
        Assert.Equal("Wzrost o 10%", stored.AllIndicators().Single().Target!.Value.Raw);
        Assert.Equal(3, await db.Nodes.CountAsync(n => db.Documents.Any(d => d.Id == n.DocumentId && d.Key == draft.Key), Ct));
        Assert.Empty(await db.Drafts.ToListAsync(Ct));
        Assert.Equal(6, await db.Audit.CountAsync(a => a.EntityKey == draft.Key, Ct)); // created, 4 steps, the version
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_step_made_on_a_page_opened_before_another_step_is_refused_and_writes_nothing(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        using var db = Database.Open(database.Target);
        var editor = EditorOf(db);
        var opened = (await editor.OpenAsync(SeedFiles.LublinReport.Key, Ct))!;
        var first = opened.Document.Roots[0];
        await StepAsync(editor, opened, (d, _) => TreeEdits.Rename(d, first.Id!, "Rodzina — nowa nazwa", first.Code));

        var late = await editor.ApplyAsync(opened.Key, opened.Revision, "inna.osoba@kierunek.local", (d, _) => TreeEdits.Rename(d, first.Id!, "Inna nazwa", first.Code), Ct);

        var refusal = Assert.Single(late.Errors);
        Assert.Equal(EditErrors.Stale, refusal.Code);
        Assert.Contains(Editor, refusal.Message);
        Assert.Contains("„Rodzina — nowa nazwa”", refusal.Message);
        var now = (await editor.FindAsync(opened.Key, Ct))!;
        Assert.Equal("Rodzina — nowa nazwa", now.Document.Roots[0].Title);
        Assert.Equal(opened.Revision + 1, now.Revision);
        Assert.False(await db.Audit.AnyAsync(a => a.User == "inna.osoba@kierunek.local", Ct));
        Assert.Equal(EditErrors.Stale, (await editor.SaveAsync(opened.Key, opened.Revision, Editor, null, Ct)).Errors.Single().Code);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Monitoring_follows_an_action_the_editor_moved_and_renumbered_and_such_an_action_is_never_deleted(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        using var db = Database.Open(database.Target);
        var old = SeedFiles.LublinReport;
        var nodes = old.AllNodes().ToList();
        var position = nodes.FindIndex(n => n.Kind == NodeKind.Measure && n.Indicators.Count == 1 && n.Children.Count == 0);
        var monitoring = Services.MonitoringOf(db, TimeProvider.System);
        var period = (await monitoring.OpenPeriodAsync(old.Key, 2021, CampaignSettings.None, Coordinator, Ct)).Value!;
        var assigned = await new Assignments(db, TimeProvider.System, NullLogger<Assignments>.Instance).AssignAsync(period.Id, position, nodes[position], new Institution("mopr", "MOPR", InstitutionKind.Other, null), Coordinator, Ct);
        Assert.True(assigned.Done, assigned.Error?.Message);
        var entry = await db.Entries.AsNoTracking().SingleAsync(Ct);
        Assert.True((await monitoring.SaveAsync(entry.Id, "ok. 3 700", null, submit: false, 0, null, new Actor("mopr", "mopr", Reviews: false), Ct)).Done);
        db.ChangeTracker.Clear();
        var editor = EditorOf(db);
        var draft = (await editor.OpenAsync(old.Key, Ct))!;
        var action = draft.Document.AllNodes().ElementAt(position);
        Assert.Contains(action.Id!, draft.Monitored);

        var deleted = await editor.ApplyAsync(old.Key, draft.Revision, Editor, (d, monitored) => TreeEdits.Delete(d, action.Id!, monitored), Ct);
        Assert.Equal(EditErrors.HasValues, deleted.Errors.Single().Code);
        // Under another parent of its level: the last item one level up that is not its own parent.
        var parent = NodeIdentity.ParentOf(draft.Document, action)!;
        var level = NodeIdentity.LevelOf(draft.Document, parent);
        var target = draft.Document.AllNodes().Last(n => !ReferenceEquals(n, parent) && NodeIdentity.LevelOf(draft.Document, n) == level);
        draft = await StepAsync(editor, draft, (d, _) => TreeEdits.Move(d, action.Id!, target.Id));
        draft = await StepAsync(editor, draft, (d, _) => TreeEdits.Rename(d, action.Id!, "Działanie przeniesione", "9.9.9"));
        var saved = await editor.SaveAsync(old.Key, draft.Revision, Editor, new Resolution("XL/1/2026", null, null), Ct);

        Assert.True(saved.IsSuccess, string.Join("; ", saved.Errors));
        var moved = draft.Document.AllNodes().ToList().FindIndex(n => n.Id == action.Id);
        Assert.NotEqual(position, moved);
        var assignment = await db.Assignments.Include(a => a.Entries).AsNoTracking().SingleAsync(Ct);
        Assert.Equal(moved, assignment.NodePosition);
        Assert.Null(assignment.DetachedNode);
        Assert.Equal(("ok. 3 700", 0), (assignment.Entries.Single().Raw, assignment.Entries.Single().IndicatorIndex));
        var stored = (await new Data.Strategies.DocumentStore(db, TimeProvider.System).LoadAsync(old.Key, Ct))!;
        Assert.Equal(("9.9.9", "Działanie przeniesione"), (stored.AllNodes().ElementAt(moved).Code, stored.AllNodes().ElementAt(moved).Title));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_draft_of_a_version_that_was_replaced_by_an_import_is_not_saved_over_it(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        using var db = Database.Open(database.Target);
        var editor = EditorOf(db);
        var draft = (await editor.OpenAsync(SeedFiles.LublinReport.Key, Ct))!;
        draft = await StepAsync(editor, draft, (d, _) => TreeEdits.Rename(d, d.Roots[0].Id!, "Nowa nazwa", d.Roots[0].Code));
        var next = Kierunek.Domain.Strategies.Exchange.DocumentJson.Read(Kierunek.Domain.Strategies.Exchange.DocumentJson.Write(SeedFiles.LublinReport), SeedFiles.LublinReport.Key).Value!;
        next.Title += " (korekta)";
        Assert.True((await new DocumentImports(db, TimeProvider.System).ImportAsync([next], "test", replace: true, Ct)).IsSuccess);

        var saved = await editor.SaveAsync(draft.Key, draft.Revision, Editor, null, Ct);

        Assert.Equal(EditErrors.NothingToSave, saved.Errors.Single().Code);
        Assert.Contains("wersję strategii (2)", saved.Errors.Single().Message);
        Assert.Equal(2, await db.Documents.Where(d => d.Key == draft.Key).Select(d => d.Version).SingleAsync(Ct));
        Assert.True((await editor.DiscardAsync(draft.Key, draft.Revision, Editor, Ct)).IsSuccess);
        Assert.Null(await editor.FindAsync(draft.Key, Ct));
    }

    private static StrategyEditor EditorOf(KierunekDb db) =>
        new(db, new DocumentImports(db, TimeProvider.System), TimeProvider.System, NullLogger<StrategyEditor>.Instance);

    private static async Task<StrategyEditor.Draft> StepAsync(StrategyEditor editor, StrategyEditor.Draft draft, StrategyEditor.Step step)
    {
        var applied = await editor.ApplyAsync(draft.Key, draft.Revision, Editor, step, Ct);
        Assert.True(applied.IsSuccess, string.Join("; ", applied.Errors));
        return applied.Value!;
    }
}
