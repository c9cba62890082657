using Kierunek.Application.Monitoring;
using Kierunek.Application.Strategies;
using Kierunek.Data;
using Kierunek.Data.Tests;
using Kierunek.Domain.Institutions;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Strategies;
using Kierunek.Import.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kierunek.Application.Tests.Monitoring;

/// <summary>One history per item: the document's values and the approved values of two monitoring years in one series,
/// a value not yet approved left out, and the change since last year. On SQLite and PostgreSQL.</summary>
public class ItemHistoryTests(StoredLublin lublin)
{
    public static TheoryData<string> Providers => Databases.Providers;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly Actor Coordinator = new("koordynator@kierunek.local", null, Reviews: true);
    private static readonly Actor Mopr = new("mopr@kierunek.local", "mopr", Reviews: false);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_documents_values_and_two_approved_years_make_one_series(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        using var db = Database.Open(database.Target);
        var document = SeedFiles.LublinReport;
        var nodes = document.AllNodes().ToList();
        var position = nodes.FindIndex(n => n.Kind == NodeKind.Measure && n.Indicators.Count == 1 && n.Children.Count == 0);
        var monitoring = Services.MonitoringOf(db, TimeProvider.System);
        var assignments = new Assignments(db, TimeProvider.System, NullLogger<Assignments>.Instance);
        foreach (var (year, value, approve) in new[] { (2021, "100", true), (2022, "120", true), (2023, "150", false) })
        {
            var period = (await monitoring.OpenPeriodAsync(document.Key, year, CampaignSettings.None, Coordinator, Ct)).Value!;
            Assert.True((await assignments.AssignAsync(period.Id, position, nodes[position], new Institution("mopr", "MOPR", InstitutionKind.SocialWelfareCentre, null), Coordinator, Ct)).Done);
            var entry = await db.Entries.AsNoTracking().SingleAsync(e => db.Assignments.Any(a => a.Id == e.AssignmentId && a.PeriodId == period.Id), Ct);
            Assert.True((await monitoring.SaveAsync(entry.Id, value, null, submit: true, 0, null, Mopr, Ct)).Done);
            if (approve) Assert.True((await monitoring.ApproveAsync(entry.Id, 1, Coordinator, Ct)).Done);
            db.ChangeTracker.Clear();
        }
        var history = new ItemHistory(db, new StrategyCatalog(db, new MemoryCache(new MemoryCacheOptions()), TimeProvider.System));

        var item = (await history.ForAsync(document.Key, position, Ct))!;

        var series = Assert.Single(item.Series);
        var documentYears = nodes[position].Indicators[0].Values.Select(v => v.Period.FromYear).ToList();
        Assert.Equal(documentYears.Concat([2021, 2022]).Distinct().Order(), series.Select(p => p.Year));
        Assert.Equal(("120", "MOPR"), (series.Single(p => p.Year == 2022).Value.Raw, series.Single(p => p.Year == 2022).Institution));
        Assert.All(series.Where(p => p.Year < 2021), p => Assert.Null(p.Institution));
        var change = Assert.Single(item.Indicators);
        Assert.Equal((2021, 100m, 2022, 120m), (change.FromYear, change.From, change.ToYear, change.To));
    }
}
