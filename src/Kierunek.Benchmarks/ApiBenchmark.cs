using Kierunek.Application.Monitoring;
using Kierunek.Application.Strategies;
using Kierunek.Data.Accounts;
using Kierunek.Domain.Monitoring;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kierunek.Benchmarks;

/// <summary>Many reporters at once against the API: the web application is hosted in-process on a fresh
/// database (SQLite file or PostgreSQL), a period of seed 000 is opened and each reporter — an account of
/// its own institution — gets one action to report on; then every reporter, concurrently, reads its values
/// and saves one (a draft, with the version it read) for the given time — as fast as it can, or with a
/// pause after each save, as a person would.</summary>
public static class ApiBenchmark
{
    public sealed record Result(string Database, int Reporters, int PauseMs, double Seconds, int Requests, double PerSecond, double P50Ms, double P95Ms, double P99Ms, int Errors);

    public static async Task<Result> RunAsync(string database, string label, int reporters, TimeSpan duration, TimeSpan pause, CancellationToken ct = default)
    {
        const string password = BenchmarkHost.Password;
        var (app, root) = await BenchmarkHost.StartAsync(database, ct);
        await using var _ = app;
        var address = root.ToString();
        var accounts = await PrepareAsync(app.Services, reporters, password, ct);

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = reporters * 2 }) { BaseAddress = new Uri(address) };
        var tokens = await Task.WhenAll(accounts.Select(a => BenchmarkHost.TokenAsync(http, a, ct)));
        var latencies = new List<double>[reporters];
        var errors = 0;
        // One unmeasured round first: compiled queries, JIT and connection pools are warm when timing starts.
        await Task.WhenAll(Enumerable.Range(0, reporters).Select(r => CycleAsync(http, tokens[r], 100, ct)));
        var stop = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, reporters).Select(async r =>
        {
            var mine = latencies[r] = [];
            var random = new Random(r);
            var value = 100;
            // People do not act in step: each starts at its own moment and pauses a little more or less.
            if (pause > TimeSpan.Zero) await Task.Delay(TimeSpan.FromMilliseconds(random.NextDouble() * pause.TotalMilliseconds), ct);
            while (stop.Elapsed < duration)
            {
                value = value == 100 ? 120 : 100;
                var (listMs, saveMs, ok) = await CycleAsync(http, tokens[r], value, ct);
                mine.Add(listMs);
                if (saveMs is { } ms) mine.Add(ms);
                if (!ok) Interlocked.Increment(ref errors);
                if (pause > TimeSpan.Zero) await Task.Delay(TimeSpan.FromMilliseconds(pause.TotalMilliseconds * (0.5 + random.NextDouble())), ct);
            }
        }));
        var seconds = stop.Elapsed.TotalSeconds;
        await app.StopAsync(ct);
        var all = latencies.SelectMany(l => l).Order().ToList();
        return new Result(label, reporters, (int)pause.TotalMilliseconds, seconds, all.Count, all.Count / seconds, BenchmarkHost.Percentile(all, 0.50), BenchmarkHost.Percentile(all, 0.95), BenchmarkHost.Percentile(all, 0.99), errors);
    }

    private const string Key = "strategia-rozwiazywania-problemow-spolecznych-miasta-lublin-2014-2020-raport-2020";
    private const int Year = 2021;

    /// <summary>One reporter account per institution of seed 000, each given one action with one indicator.</summary>
    private static async Task<List<string>> PrepareAsync(IServiceProvider services, int reporters, string password, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        var document = await scope.ServiceProvider.GetRequiredService<StrategyCatalog>().GetAsync(Key, ct)
                       ?? throw new InvalidOperationException("Nie wczytano seeda 000 — uruchom z katalogu repozytorium (seeds/).");
        var monitoring = scope.ServiceProvider.GetRequiredService<MonitoringService>();
        var assignments = scope.ServiceProvider.GetRequiredService<Assignments>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<KierunekUser>>();
        var coordinator = new Actor("benchmark", null, Reviews: true);
        var (period, errors) = await monitoring.OpenPeriodAsync(Key, Year, CampaignSettings.None, coordinator, ct);
        if (period is null) throw new InvalidOperationException(string.Join(" ", errors));
        var nodes = document.AllNodes().ToList();
        // Counts only, so the alternating values 100/120 pass the entry rules (unit, change with comment).
        var items = nodes.Select((n, i) => (n, i))
            .Where(x => x.n.Kind == Domain.Strategies.NodeKind.Measure && x.n.Indicators.Count > 0
                        && x.n.Indicators[0].In(Year - 1)?.Value.Reading.Kind is null or Domain.Values.ValueKind.Number)
            .Take(reporters).ToList();
        if (items.Count < reporters || document.Institutions.Count < reporters) throw new InvalidOperationException($"Seed 000 ma za mało działań lub instytucji na {reporters} sprawozdawców.");
        var accounts = new List<string>();
        for (var r = 0; r < reporters; r++)
        {
            var institution = document.Institutions[r];
            var email = $"sprawozdawca{r + 1}@benchmark.local";
            var user = new KierunekUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email, InstitutionKey = institution.Key, InstitutionName = institution.Name };
            var created = await users.CreateAsync(user, password);
            if (created.Succeeded) created = await users.AddToRoleAsync(user, Roles.Reporter);
            if (!created.Succeeded)
                throw new InvalidOperationException($"Nie utworzono konta {email}: {string.Join(" ", created.Errors.Select(e => e.Description))}");
            var assigned = await assignments.AssignAsync(period.Id, items[r].i, items[r].n, institution, coordinator, ct);
            if (!assigned.Done) throw new InvalidOperationException(assigned.Error!.Message);
            accounts.Add(email);
        }
        return accounts;
    }

    /// <summary>A reporter's step: read their values, save one as a draft with the version just read.</summary>
    private static async Task<(double ListMs, double? SaveMs, bool Ok)> CycleAsync(HttpClient http, string token, int value, CancellationToken ct)
    {
        var (list, listMs) = await BenchmarkHost.TimedAsync(() => BenchmarkHost.Send(http, HttpMethod.Get, $"/api/v1/monitoring/{Key}/{Year}/wartosci", token, null, ct));
        if (!list.IsSuccessStatusCode) return (listMs, null, false);
        var entry = (await list.Content.ReadFromJsonAsync<JsonElement>(ct)).EnumerateArray().First();
        var body = new { value = value.ToString(), comment = "pomiar obciążenia", version = entry.GetProperty("version").GetInt32(), submit = false };
        var (save, saveMs) = await BenchmarkHost.TimedAsync(() => BenchmarkHost.Send(http, HttpMethod.Put, $"/api/v1/wartosci/{entry.GetProperty("id").GetInt32()}", token, body, ct));
        return (listMs, saveMs, save.IsSuccessStatusCode);
    }

    /// <summary>A fresh database on the PostgreSQL server <paramref name="server"/> for one run, dropped afterwards.</summary>
    public static Task<Result> RunOnPostgresAsync(string server, int reporters, TimeSpan duration, TimeSpan pause, CancellationToken ct = default) =>
        BenchmarkHost.OnNewPostgresAsync(server, reporters * 2, database => RunAsync(database, "PostgreSQL", reporters, duration, pause, ct), ct);

    /// <summary>One statement on the server's maintenance database (CREATE or DROP DATABASE), for the benchmarks on PostgreSQL.</summary>
    internal static async Task ExecuteAsync(string server, string sql, CancellationToken ct)
    {
        await using var connection = new Npgsql.NpgsqlConnection(server);
        await connection.OpenAsync(ct);
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

}
