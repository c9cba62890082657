using System.Diagnostics;

namespace Kierunek.Benchmarks;

/// <summary>The ROPS's region page under load: the web application hosted in-process on a fresh PostgreSQL database with
/// the demo data (lubelskie's 213 gminas: synthetic values for 2017–2019 and Lubartów's real seed 003), the ROPS signed in
/// as a browser is (cookie), and <c>readers</c> of them, concurrently, loading <c>/ozps/region/06/2019</c> — the whole
/// page: states, barometer, map, 213 rows — for the given time; then the administrator's country view, one request after
/// another. The first request of each page is not measured (it compiles the views and computes the region's figures).</summary>
public static class OzpsRegionBenchmark
{
    public sealed record Result(string Database, int Readers, int PauseMs, double Seconds, int Requests, double PerSecond, double P50Ms, double P95Ms, double P99Ms,
        double FirstMs, int CountryRequests, double CountryP50Ms, double CountryP95Ms, int Errors);

    /// <param name="pause">A reader's pause after each page (0.5–1.5 of it, at random), as a person reads a page; zero: as fast as it can.</param>
    public static Task<Result> RunOnPostgresAsync(string server, int readers, TimeSpan duration, TimeSpan pause, CancellationToken ct = default) =>
        BenchmarkHost.OnNewPostgresAsync(server, readers * 2, database => RunAsync(database, "PostgreSQL", readers, duration, pause, ct), ct);

    public static async Task<Result> RunAsync(string database, string label, int readers, TimeSpan duration, TimeSpan pause, CancellationToken ct = default)
    {
        var (app, address) = await BenchmarkHost.StartAsync(database, ct);
        await using var _ = app;

        using var rops = await BenchmarkHost.SignedInAsync(address, "rops@kierunek.local", readers, ct);
        var first = Stopwatch.StartNew();
        (await rops.GetAsync("/ozps/region/06/2019", ct)).EnsureSuccessStatusCode();
        var firstMs = first.Elapsed.TotalMilliseconds;
        var latencies = new List<double>[readers];
        var errors = 0;
        var stop = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, readers).Select(async r =>
        {
            var mine = latencies[r] = [];
            var random = new Random(r);
            // People do not act in step: each starts at its own moment.
            if (pause > TimeSpan.Zero) await Task.Delay(TimeSpan.FromMilliseconds(random.NextDouble() * pause.TotalMilliseconds), ct);
            while (stop.Elapsed < duration)
            {
                var watch = Stopwatch.StartNew();
                using var response = await rops.GetAsync("/ozps/region/06/2019", ct);
                var body = await response.Content.ReadAsStringAsync(ct);
                mine.Add(watch.Elapsed.TotalMilliseconds);
                if (!response.IsSuccessStatusCode || !body.Contains("Przekazane do ROPS", StringComparison.Ordinal)) Interlocked.Increment(ref errors);
                if (pause > TimeSpan.Zero) await Task.Delay(TimeSpan.FromMilliseconds(pause.TotalMilliseconds * (0.5 + random.NextDouble())), ct);
            }
        }));
        var seconds = stop.Elapsed.TotalSeconds;

        using var admin = await BenchmarkHost.SignedInAsync(address, "admin@kierunek.local", 1, ct);
        (await admin.GetAsync("/ozps/kraj/2019", ct)).EnsureSuccessStatusCode();
        var country = new List<double>();
        for (var i = 0; i < 100; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await admin.GetAsync("/ozps/kraj/2019", ct);
            await response.Content.LoadIntoBufferAsync(ct);
            country.Add(watch.Elapsed.TotalMilliseconds);
            if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
        }
        await app.StopAsync(ct);
        var all = latencies.SelectMany(l => l).Order().ToList();
        country.Sort();
        return new Result(label, readers, (int)pause.TotalMilliseconds, seconds, all.Count, all.Count / seconds, BenchmarkHost.Percentile(all, 0.50), BenchmarkHost.Percentile(all, 0.95), BenchmarkHost.Percentile(all, 0.99), firstMs,
            country.Count, BenchmarkHost.Percentile(country, 0.50), BenchmarkHost.Percentile(country, 0.95), errors);
    }

}
