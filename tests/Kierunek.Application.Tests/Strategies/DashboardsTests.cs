using Kierunek.Application.Monitoring;
using Kierunek.Application.Tests.Monitoring;
using Kierunek.Application.Strategies;
using Kierunek.Data;
using Kierunek.Data.Tests;
using Kierunek.Domain.Monitoring;
using Kierunek.Import.Tests;
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
    private static readonly Actor Mopr = MoprValues.Mopr;

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
        await using var container = services.BuildServiceProvider();
        using var scope = container.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KierunekDb>();
        var key = SeedFiles.LublinReport.Key;
        var ids = await MoprValues.AssignAsync(db, 2, Ct);
        var monitoring = scope.ServiceProvider.GetRequiredService<MonitoringService>();
        async Task<Dashboard?> Read()
        {
            // A request of its own, as a page is: its scope and database context end with it.
            await using var request = container.CreateAsyncScope();
            return await request.ServiceProvider.GetRequiredService<Dashboards>().GetAsync(key, 2021, null, Ct);
        }

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
}
