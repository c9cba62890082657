using Kierunek.Application.Monitoring;
using Kierunek.Application.Strategies;
using Kierunek.Data;
using Kierunek.Data.Tests;
using Kierunek.Domain.Institutions;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Strategies;
using Kierunek.Import.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kierunek.Application.Tests.Monitoring;

/// <summary>Assignment at scale on SQLite and PostgreSQL: every item of seed 000 the document names one coordinator
/// for goes to it in one call with one audit row per item; an item whose institution has started keeps it and is
/// listed; a locked period refuses the whole call; last year's assignment is read back by the item's place.</summary>
public class AssignmentsTests(StoredLublin lublin)
{
    public static TheoryData<string> Providers => Databases.Providers;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly Actor Coordinator = new("koordynator@kierunek.local", null, Reviews: true);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_documents_proposals_are_assigned_in_one_call_with_an_audit_row_each(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        using var db = Database.Open(database.Target);
        var monitoring = Services.MonitoringOf(db, TimeProvider.System);
        var assignments = new Assignments(db, TimeProvider.System, NullLogger<Assignments>.Instance);
        var document = SeedFiles.LublinReport;
        var tree = new StrategyTree(document);
        var known = document.Institutions.Select(i => i.Key).ToHashSet();
        var proposed = tree.Nodes.Select((n, i) => (n, i)).Where(x => x.n.Indicators.Count > 0)
            .Select(x => (x.i, x.n, Proposal: AssignmentProposal.FromDocument(x.n, tree.AncestorsOf(x.n), known.Contains))).ToList();
        var decided = proposed.Where(p => p.Proposal.Decided).ToList();
        Assert.InRange(decided.Count, 250, proposed.Count - 1); // seed 000: most tasks name one coordinator; some name several

        var period = (await monitoring.OpenPeriodAsync(document.Key, 2021, CampaignSettings.None, Coordinator, Ct)).Value!;
        var changes = decided.Select(p => new Assignments.Change(p.i, p.n, document.Institutions.Single(i => i.Key == p.Proposal.InstitutionKey))).ToList();
        var summary = (await assignments.AssignManyAsync(period.Id, changes, Coordinator, "według dokumentu", Ct)).Value!;
        Assert.Equal((decided.Count, 0, 0, 0), (summary.Assigned, summary.Moved, summary.Unchanged, summary.Skipped.Count));
        Assert.Equal(decided.Count, await db.Assignments.CountAsync(a => a.PeriodId == period.Id, Ct));
        var audit = await db.Audit.AsNoTracking().Where(a => a.Entity == "assignment").ToListAsync(Ct);
        Assert.Equal(decided.Count, audit.Count);
        Assert.All(audit, a => Assert.Equal(("przydział", "według dokumentu"), (a.Action, a.Reason)));

        // The same call again changes nothing and writes nothing.
        db.ChangeTracker.Clear();
        var again = (await assignments.AssignManyAsync(period.Id, changes, Coordinator, "według dokumentu", Ct)).Value!;
        Assert.Equal((0, decided.Count), (again.Assigned, again.Unchanged));
        Assert.Equal(decided.Count, await db.Audit.CountAsync(a => a.Entity == "assignment", Ct));

        // Last year's assignment, seen from 2022.
        Assert.Equal(decided.Count, (await assignments.LastYearAsync(document.Key, 2022, Ct)).Count);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_started_item_keeps_its_institution_and_a_locked_period_refuses_everything(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        using var db = Database.Open(database.Target);
        var monitoring = Services.MonitoringOf(db, TimeProvider.System);
        var assignments = new Assignments(db, TimeProvider.System, NullLogger<Assignments>.Instance);
        var document = SeedFiles.LublinReport;
        var nodes = document.AllNodes().ToList();
        var items = nodes.Select((n, i) => (n, i)).Where(x => x.n.Kind == NodeKind.Measure && x.n.Indicators.Count == 1).Take(3).ToList();
        var mopr = new Institution("mopr", "Miejski Ośrodek Pomocy Rodzinie", InstitutionKind.SocialWelfareCentre, null);
        var mup = new Institution("mup", "Miejski Urząd Pracy", InstitutionKind.Other, null);
        var period = (await monitoring.OpenPeriodAsync(document.Key, 2021, CampaignSettings.None, Coordinator, Ct)).Value!;
        Assert.True((await assignments.AssignManyAsync(period.Id, items.Select(x => new Assignments.Change(x.i, x.n, mopr)).ToList(), Coordinator, null, Ct)).IsSuccess);
        var started = await db.Entries.AsNoTracking().Where(e => db.Assignments.Any(a => a.Id == e.AssignmentId && a.NodePosition == items[0].i)).SingleAsync(Ct);
        Assert.True((await monitoring.SaveAsync(started.Id, "12", null, false, 0, null, new Actor("mopr@x", "mopr", false), Ct)).Done);
        db.ChangeTracker.Clear();

        var moved = (await assignments.AssignManyAsync(period.Id, items.Select(x => new Assignments.Change(x.i, x.n, mup)).ToList(), Coordinator, null, Ct)).Value!;
        Assert.Equal((2, 1), (moved.Moved, moved.Skipped.Count));
        Assert.Equal(MonitoringErrors.ItemAlreadyStartedCode, moved.Skipped[0].Reason.Code);
        Assert.StartsWith("Przydzielono 0 pozycji, zmieniono instytucję 2 pozycji; pominięto 1: ", moved.Message());

        var lockedPeriod = await db.Periods.SingleAsync(p => p.Id == period.Id, Ct);
        lockedPeriod.State = PeriodState.Locked;
        await db.SaveChangesAsync(Ct);
        db.ChangeTracker.Clear();
        var before = await db.Audit.CountAsync(Ct);
        var refused = await assignments.AssignManyAsync(period.Id, items.Select(x => new Assignments.Change(x.i, x.n, mopr)).ToList(), Coordinator, null, Ct);
        Assert.Equal(MonitoringErrors.PeriodLockedCode, Assert.Single(refused.Errors).Code);
        Assert.Equal(before, await db.Audit.CountAsync(Ct));
    }
}
