using Kierunek.Application.Monitoring;
using Kierunek.Application.Strategies;
using Kierunek.Data;
using Kierunek.Data.Tests;
using Kierunek.Domain.Institutions;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Strategies;
using Kierunek.Import.Tests;
using Kierunek.Reports;
using Kierunek.Reports.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kierunek.Application.Tests.Monitoring;

/// <summary>The implementation report of a monitored year holds that year's own data: an action's approved report
/// (status on the scale, what was done, money spent, term) in place of the plan, "nie przekazano" where its
/// institution did not report, and a first paragraph naming who answered.</summary>
public class ReportDataTests(StoredLublin lublin)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly Actor Coordinator = new("koordynator@kierunek.local", null, Reviews: true);
    private static readonly Actor Mopr = new("mopr@kierunek.local", "mopr", Reviews: false);

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_monitored_years_report_shows_what_was_done_and_says_what_was_not_reported(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        using var db = Database.Open(database.Target);
        var monitoring = Services.MonitoringOf(db, TimeProvider.System);
        var actionReports = new ActionReports(db, TimeProvider.System, NullLogger<ActionReports>.Instance);
        var assignments = new Assignments(db, TimeProvider.System, NullLogger<Assignments>.Instance);
        var document = SeedFiles.LublinReport;
        var nodes = document.AllNodes().ToList();
        var measures = nodes.Select((n, i) => (n, i)).Where(x => x.n.Kind == NodeKind.Measure && x.n.Indicators.Count == 1).Take(2).ToList();
        var period = (await monitoring.OpenPeriodAsync(document.Key, 2021, CampaignSettings.None, Coordinator, Ct)).Value!;
        var mopr = new Institution("mopr", "Miejski Ośrodek Pomocy Rodzinie", InstitutionKind.SocialWelfareCentre, null);
        var mup = new Institution("mup", "Miejski Urząd Pracy", InstitutionKind.Other, null);
        Assert.True((await assignments.AssignManyAsync(period.Id, [new(measures[0].i, measures[0].n, mopr), new(measures[1].i, measures[1].n, mup)], Coordinator, null, Ct)).IsSuccess);
        var moprAssignment = await db.Assignments.AsNoTracking().Include(a => a.Entries).SingleAsync(a => a.InstitutionKey == "mopr", Ct);
        var entry = moprAssignment.Entries.Single();
        Assert.True((await monitoring.SaveAsync(entry.Id, "14", "Dane z rejestru MOPR.", true, 0, null, Mopr, Ct)).Done);
        Assert.True((await monitoring.ApproveAsync(entry.Id, 1, Coordinator, Ct)).Done);
        var typed = new ActionReport(7, "Przeprowadzono 12 szkoleń.", "12 500 zł", null, "w ramach działalności statutowej", null, true, null);
        Assert.True((await actionReports.SaveAsync(moprAssignment.Id, typed, submit: true, 0, Mopr, Ct)).IsSuccess);
        Assert.True((await actionReports.ReviewAsync(moprAssignment.Id, approve: true, null, 1, Coordinator, Ct)).IsSuccess);
        db.ChangeTracker.Clear();

        var data = new ReportData(db, new StrategyCatalog(db, new MemoryCache(new MemoryCacheOptions()), TimeProvider.System), actionReports);
        var year = (await data.ForYearAsync(document.Key, 2021, Ct))!;
        var yearNodes = year.AllNodes().ToList();
        var done = yearNodes[measures[0].i];
        Assert.Equal(("12 500 zł", "w ramach działalności statutowej", "termin dotrzymany"), (done.Costs.Single().Total!.Raw, done.Costs.Single().Gmina!.Raw, done.Deadline!.Printed));
        Assert.Equal("Stan realizacji: 7 – zrealizowano. Przeprowadzono 12 szkoleń.", done.Notes.Single());
        Assert.Equal("14", done.Indicators[0].In(2021)!.Value.Raw);
        var missing = yearNodes[measures[1].i];
        Assert.Equal((ReportData.NotReported, ReportData.NotReported, ReportData.NotReported),
            (missing.Costs.Single().Total!.Raw, missing.Notes.Single(), missing.Indicators[0].In(2021)!.Value.Raw));
        Assert.Empty(year.PrintedTotals); // the plan's totals are not compared with what was spent

        var report = await data.ReportAsync(ReportKind.Implementation, year, 2021, Ct);
        var first = report.Sections[0];
        Assert.Equal("Dane za 2021 r.", first.Heading);
        Assert.Contains("Dane przekazała 1 z 2 instytucji (50,0%); brak danych od: Miejski Urząd Pracy.", ((Paragraph)first.Blocks[0]).Text);
        var rows = report.Sections.SelectMany(s => s.Blocks).OfType<Table>().SelectMany(t => t.Rows).ToList();
        Assert.Contains(rows, r => r.Cells.Any(c => c.Text == "Stan realizacji: 7 – zrealizowano. Przeprowadzono 12 szkoleń."));
        // The unreported action's row says so in its term, cost and notes instead of repeating the plan.
        var unreported = rows.Single(r => r.Cells.Count > 1 && r.Cells[1].Text == measures[1].n.Title);
        Assert.Equal([ReportData.NotReported, ReportData.NotReported, ReportData.NotReported], [unreported.Cells[4].Text, unreported.Cells[5].Text, unreported.Cells[11].Text]);
    }
}
