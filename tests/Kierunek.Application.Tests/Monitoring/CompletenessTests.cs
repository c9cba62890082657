using Kierunek.Application.Monitoring;
using Kierunek.Data;
using Kierunek.Data.Tests;
using Kierunek.Domain.Institutions;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Strategies;
using Kierunek.Import.Tests;
using Microsoft.EntityFrameworkCore;

namespace Kierunek.Application.Tests.Monitoring;

/// <summary>How far a period is, per institution: counted by the database (the dashboard, the reviewer's list of open
/// periods) it is the same as counted from the loaded values (the review page) — every state, one institution's view.</summary>
public class CompletenessTests(StoredLublin lublin)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly Actor Coordinator = MoprValues.Coordinator, Mopr = MoprValues.Mopr;

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Counted_by_the_database_it_is_what_the_loaded_period_shows(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        using var db = Database.Open(database.Target);
        var services = new Services(db, TimeProvider.System);
        var monitoring = services.Monitoring;
        var assignments = new Assignments(db, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<Assignments>.Instance);
        var document = SeedFiles.LublinReport;
        var nodes = document.AllNodes().Select((n, i) => (n, i)).ToList();
        var measured = nodes.Where(x => x.n.Kind == NodeKind.Measure && x.n.Indicators.Count == 1).Take(5).ToList();
        var period = (await monitoring.OpenPeriodAsync(document.Key, 2021, CampaignSettings.None, Coordinator, Ct)).Value!;
        var mopr = MoprValues.Institution;
        var mup = new Institution("mup", "Miejski Urząd Pracy", InstitutionKind.Other, null);
        Assert.True((await assignments.AssignManyAsync(period.Id,
            [.. measured.Take(4).Select(x => new Assignments.Change(x.i, x.n, mopr)), new(measured[4].i, measured[4].n, mup)],
            Coordinator, null, Ct)).IsSuccess);
        var entries = await db.Assignments.AsNoTracking().Where(a => a.InstitutionKey == "mopr").SelectMany(a => a.Entries).OrderBy(e => e.Id).ToListAsync(Ct);
        Assert.True((await monitoring.SaveAsync(entries[0].Id, "14", "", true, 0, null, Mopr, Ct)).Done);
        Assert.True((await monitoring.ApproveAsync(entries[0].Id, 1, Coordinator, Ct)).Done);
        Assert.True((await monitoring.SaveAsync(entries[1].Id, "b.d.", "", true, 0, null, Mopr, Ct)).Done);
        Assert.True((await monitoring.SaveAsync(entries[2].Id, "ok. 3.700", "", true, 0, null, Mopr, Ct)).Done);
        Assert.True((await monitoring.ReturnAsync(entries[2].Id, "Proszę podać liczbę.", 1, Coordinator, Ct)).Done);
        Assert.True((await monitoring.SaveAsync(entries[3].Id, "7", "", false, 0, null, Mopr, Ct)).Done);
        db.ChangeTracker.Clear();

        var view = services.View;
        var counted = await Completeness.OfAsync(db, period.Id, null, Ct);
        Assert.Equal(Shown(Completeness.Of((await view.LoadAsync(document.Key, 2021, null, Ct))!)), Shown(counted));
        Assert.Equal(["Miejski Ośrodek Pomocy Rodzinie 2/4", "Miejski Urząd Pracy 0/1"], counted.Select(c => $"{c.Institution} {c.Reported}/{c.Total}"));
        var moprCounts = counted.Single(c => c.InstitutionKey == "mopr").Counts;
        Assert.Equal((1, 1, 1, 1, 0), (moprCounts[EntryState.Approved], moprCounts[EntryState.Submitted], moprCounts[EntryState.Returned], moprCounts[EntryState.Draft], moprCounts[EntryState.Missing]));

        var own = await Completeness.OfAsync(db, period.Id, "mopr", Ct);
        Assert.Equal(Shown(Completeness.Of((await view.LoadAsync(document.Key, 2021, "mopr", Ct))!)), Shown(own));
        Assert.Equal("mopr", own.Single().InstitutionKey);
    }

    [Fact]
    public void Many_institutions_are_charted_by_how_far_they_are_with_the_sentence_saying_so()
    {
        Completeness Row(int i, int approved, int submitted, int missing) => new($"i{i}", $"Instytucja {i}", new Dictionary<EntryState, int>
        {
            [EntryState.Approved] = approved, [EntryState.Submitted] = submitted, [EntryState.Missing] = missing, [EntryState.Draft] = 0, [EntryState.Returned] = 0,
        }, approved + submitted + missing);
        var rows = Enumerable.Range(0, 300).Select(i => i switch
        {
            < 10 => Row(i, 20, 0, 0),
            < 60 => Row(i, 5, 15, 0),
            < 62 => Row(i, 0, 3, 17),
            _ => Row(i, 0, 0, 20),
        }).ToList();
        var chart = Completeness.ChartByProgress(rows, 2021)!;
        Assert.Equal(["wszystko zatwierdzone", "wszystko przekazane", "część przekazana", "nic nie przekazano"], chart.Categories);
        Assert.Equal([10m, 50m, 2m, 238m], chart.Parts.Single().Values);
        Assert.Equal("300 instytucji według postępu: wszystko zatwierdzone — 10, wszystko przekazane — 50, część przekazana — 2, nic nie przekazano — 238.", chart.Description);
    }

    private static List<string> Shown(IReadOnlyList<Completeness> rows) =>
        rows.Select(r => $"{r.InstitutionKey}|{r.Institution}|{r.Total}|{r.Answered}|{string.Join(",", r.Counts.OrderBy(c => c.Key).Select(c => $"{c.Key}={c.Value}"))}").ToList();
}
