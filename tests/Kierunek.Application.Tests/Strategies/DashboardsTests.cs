using Kierunek.Application.Monitoring;
using Kierunek.Application.Strategies;
using Kierunek.Data;
using Kierunek.Data.Tests;
using Kierunek.Domain.Institutions;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Strategies;
using Kierunek.Import.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Kierunek.Application.Tests.Strategies;

/// <summary>The dashboard is counted once and kept while nothing changes; after a change it is given as counted (with
/// its time) for a few seconds while a newer one is counted in the background, and counted while the reader waits
/// once it is older than <see cref="Dashboards.Refresh"/>.</summary>
public class DashboardsTests(StoredLublin lublin)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly Actor Coordinator = new("koordynator@kierunek.local", null, Reviews: true);
    private static readonly Actor Mopr = new("mopr@kierunek.local", "mopr", Reviews: false);

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_dashboard_is_kept_until_data_changes_then_counted_at_once_or_behind_while_young(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        var clock = new FakeTimeProvider(new DateTimeOffset(2022, 3, 1, 9, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddScoped<KierunekDb>(_ => Database.Open(database.Target));
        services.AddKierunekApplication();
        await using var provider_ = services.BuildServiceProvider();
        using var scope = provider_.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KierunekDb>();
        var key = SeedFiles.LublinReport.Key;
        var ids = await TwoValuesForMoprAsync(scope.ServiceProvider, key);
        var monitoring = scope.ServiceProvider.GetRequiredService<MonitoringService>();
        Task<Dashboard?> Read() => provider_.CreateScope().ServiceProvider.GetRequiredService<Dashboards>().GetAsync(key, 2021, null, Ct);

        var first = (await Read())!;
        Assert.Equal((0, 1), (first.Period!.Answers.Answered, first.Period.Answers.Asked));
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(first.AsOf, (await Read())!.AsOf); // nothing changed: the same counted dashboard

        // MOPR hands in one value; the dashboard is older than the refresh time, so it is counted while the reader waits.
        Assert.True((await monitoring.SaveAsync(ids[0], "120", null, true, 0, null, Mopr, Ct)).Done);
        var counted = (await Read())!;
        Assert.Equal((clock.GetUtcNow(), 1, 0), (counted.AsOf, counted.Period!.Institutions.Single().Counts[EntryState.Submitted], counted.Period.Answers.Answered));

        // And the other one. A second later the dashboard counted before is still given, nothing counted behind.
        Assert.True((await monitoring.SaveAsync(ids[1], "b.d.", "brak danych z GUS", true, 0, null, Mopr, Ct)).Done);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(counted.AsOf, (await Read())!.AsOf);
        Assert.Equal(counted.AsOf, (await Read())!.AsOf);

        // Past the pause: still the one counted before, at once, and a new one counted behind it.
        clock.Advance(Dashboards.Pause);
        var stale = (await Read())!;
        Assert.Equal((counted.AsOf, 0), (stale.AsOf, stale.Period!.Answers.Answered));
        var recounted = await EventuallyAsync(Read, d => d.AsOf != counted.AsOf);
        Assert.Equal((clock.GetUtcNow(), 1, 2), (recounted.AsOf, recounted.Period!.Answers.Answered, recounted.Period.Institutions.Single().Counts[EntryState.Submitted]));
    }

    private static async Task<Dashboard> EventuallyAsync(Func<Task<Dashboard?>> read, Func<Dashboard, bool> done)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var dashboard = (await read())!;
            if (done(dashboard)) return dashboard;
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "Pulpit nie został policzony na nowo w tle w 30 s.");
            await Task.Delay(50, Ct);
        }
    }

    /// <summary>Period 2021 opened, one action with two indicators (or two actions) given to "mopr"; its values' ids.</summary>
    private static async Task<List<int>> TwoValuesForMoprAsync(IServiceProvider services, string key)
    {
        var db = services.GetRequiredService<KierunekDb>();
        var period = (await services.GetRequiredService<MonitoringService>().OpenPeriodAsync(key, 2021, CampaignSettings.None, Coordinator, Ct)).Value!;
        var mopr = new Institution("mopr", "Miejski Ośrodek Pomocy Rodzinie", InstitutionKind.SocialWelfareCentre, null);
        var changes = SeedFiles.LublinReport.AllNodes().Select((n, i) => (n, i)).Where(x => x.n.Kind == NodeKind.Measure && x.n.Indicators.Count == 1).Take(2)
            .Select(x => new Assignments.Change(x.i, x.n, mopr)).ToList();
        Assert.True((await services.GetRequiredService<Assignments>().AssignManyAsync(period.Id, changes, Coordinator, null, Ct)).IsSuccess);
        db.ChangeTracker.Clear();
        return await db.Entries.AsNoTracking().OrderBy(e => e.Id).Select(e => e.Id).ToListAsync(Ct);
    }
}
