using Kierunek.Application.Monitoring;
using Kierunek.Data;
using Kierunek.Data.Accounts;
using Kierunek.Data.Strategies;
using Kierunek.Domain.Institutions;
using Kierunek.Domain.Monitoring;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kierunek.Benchmarks;

/// <summary>A campaign's busiest day: a strategy of 6 000 actions given 20 each to 300 institutions, the period open; then,
/// at once, 50 reporters (50 of the institutions) each reading its table and saving it whole — 20 values, submitted — 10
/// approvers each reading the period's values and returning submitted ones with a reason (which the reporters then save
/// again; an approval would lock the value and end the day early, and costs the same), and coordinators reading the
/// strategy's dashboard (/pulpit, the response rate and the late institutions). The web application is hosted in-process
/// on a new database; a person's pause after each step. p50, p95, p99 and errors per kind of request.</summary>
public static class CampaignDayBenchmark
{
    public sealed record Operation(string Name, int Requests, double P50Ms, double P95Ms, double P99Ms, int Errors);

    public sealed record Result(string Database, int Institutions, int Reporters, int Approvers, int Readers, int PauseMs, double Seconds, IReadOnlyList<Operation> Operations)
    {
        public int Errors => Operations.Sum(o => o.Errors);
        public Operation Of(string name) => Operations.Single(o => o.Name == name);
    }

    public const string TableSave = "zapis tabeli (20 wartości)", TableRead = "odczyt tabeli sprawozdawcy", Dashboard = "pulpit strategii",
        ReviewList = "lista wartości zatwierdzającego", Review = "zwrot wartości do poprawy";

    private const int Year = 2021, Institutions = 300, ItemsEach = 20;

    /// <summary>The same load, unmeasured, before the measure: a campaign day is hours of the same requests, and in its
    /// first seconds the runtime is still compiling the hot methods again, optimised by what it saw (tiered compilation
    /// with PGO) — on the same two cores as the requests. Measured from the start, a 30-second run showed that start-up
    /// more than the day (save p95 86–140 ms against 40–66 ms from the 15th second on).</summary>
    public static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(15);

    /// <summary>Whether a refusal was already printed (one is enough to tell what went wrong).</summary>
    private static int shown, shownReview;

    public static async Task<Result> RunAsync(string database, string label, int reporters, int approvers, int readers, TimeSpan duration, TimeSpan pause, CancellationToken ct)
    {
        var (app, address) = await BenchmarkHost.StartAsync(database, ct);
        await using var _ = app;
        var key = await PrepareAsync(app.Services, reporters, approvers, ct);

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = (reporters + approvers) * 2 }) { BaseAddress = address };
        var reporterTokens = await Task.WhenAll(Enumerable.Range(1, reporters).Select(r => BenchmarkHost.TokenAsync(http, $"sprawozdawca{r}@dzien.local", ct)));
        var approverTokens = await Task.WhenAll(Enumerable.Range(1, approvers).Select(a => BenchmarkHost.TokenAsync(http, $"zatwierdzajacy{a}@dzien.local", ct)));
        var dashboards = new List<HttpClient>();
        for (var d = 0; d < readers; d++) dashboards.Add(await BenchmarkHost.SignedInAsync(address, "koordynator@kierunek.local", 1, ct));

        var latencies = new ConcurrentDictionary<string, ConcurrentBag<double>>();
        var errors = new ConcurrentDictionary<string, int>();
        var stop = Stopwatch.StartNew();
        void Record(string name, double ms, bool ok)
        {
            // Only requests that began after the warm-up; an error is an error whenever it happens.
            if (!ok) errors.AddOrUpdate(name, 1, (_, n) => n + 1);
            if (stop.Elapsed.TotalMilliseconds - ms >= WarmUp.TotalMilliseconds) latencies.GetOrAdd(name, _ => []).Add(ms);
        }

        async Task Loop(int who, Func<Random, Task> step)
        {
            var random = new Random(who);
            if (pause > TimeSpan.Zero) await Task.Delay(TimeSpan.FromMilliseconds(random.NextDouble() * pause.TotalMilliseconds), ct);
            while (stop.Elapsed < WarmUp + duration)
            {
                await step(random);
                if (pause > TimeSpan.Zero) await Task.Delay(TimeSpan.FromMilliseconds(pause.TotalMilliseconds * (0.5 + random.NextDouble())), ct);
            }
        }
        await Task.WhenAll(
            reporterTokens.Select((t, r) => Loop(r, _ => ReporterStepAsync(http, key, t, r, Record, ct)))
                .Concat(approverTokens.Select((t, a) => Loop(1000 + a, random => ApproverStepAsync(http, key, t, random, Record, ct))))
                .Concat(dashboards.Select((client, d) => Loop(2000 + d, _ => DashboardAsync(client, key, Record, ct)))));
        var seconds = (stop.Elapsed - WarmUp).TotalSeconds;
        foreach (var client in dashboards) client.Dispose();
        await app.StopAsync(ct);

        var operations = new[] { TableSave, TableRead, Dashboard, ReviewList, Review }.Select(name =>
        {
            var all = (latencies.GetValueOrDefault(name) ?? []).Order().ToList();
            return new Operation(name, all.Count, BenchmarkHost.Percentile(all, 0.50), BenchmarkHost.Percentile(all, 0.95), BenchmarkHost.Percentile(all, 0.99), errors.GetValueOrDefault(name));
        }).ToList();
        return new Result(label, Institutions, reporters, approvers, readers, (int)pause.TotalMilliseconds, seconds, operations);
    }

    /// <summary>The synthetic strategy stored, its 2021 period opened, 20 actions given to each of 300 institutions;
    /// an account for each of the first <paramref name="reporters"/> institutions and <paramref name="approvers"/> approvers.</summary>
    private static async Task<string> PrepareAsync(IServiceProvider services, int reporters, int approvers, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KierunekDb>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var document = SyntheticStrategy.Create(Institutions * ItemsEach, Institutions * ItemsEach, 2019, 2020);
        var register = Enumerable.Range(1, Institutions).Select(i => new Institution($"instytucja-{i:000}", $"Instytucja {i:000}", InstitutionKind.Other, null)).ToList();
        document.Institutions.AddRange(register);
        await new DocumentStore(db, clock).SaveAsync(document, "benchmark", ct);
        var monitoring = scope.ServiceProvider.GetRequiredService<MonitoringService>();
        var coordinator = new Actor("benchmark", null, Reviews: true);
        var period = (await monitoring.OpenPeriodAsync(document.Key, Year, CampaignSettings.None, coordinator, ct)).Value!;
        var items = document.AllNodes().Select((n, i) => (n, i)).Where(x => x.n.Indicators.Count > 0).Take(Institutions * ItemsEach).ToList();
        var changes = items.Select((x, k) => new Assignments.Change(x.i, x.n, register[k / ItemsEach])).ToList();
        var assigned = await scope.ServiceProvider.GetRequiredService<Assignments>().AssignManyAsync(period.Id, changes, coordinator, null, ct);
        if (!assigned.IsSuccess) throw new InvalidOperationException(assigned.Errors[0].Message);

        var users = scope.ServiceProvider.GetRequiredService<UserManager<KierunekUser>>();
        async Task Account(string email, string role, Institution? institution)
        {
            var user = new KierunekUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email, InstitutionKey = institution?.Key, InstitutionName = institution?.Name };
            var created = await users.CreateAsync(user, BenchmarkHost.Password);
            if (created.Succeeded) created = await users.AddToRoleAsync(user, role);
            if (!created.Succeeded) throw new InvalidOperationException($"Nie utworzono konta {email}: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        }
        for (var r = 1; r <= reporters; r++) await Account($"sprawozdawca{r}@dzien.local", Roles.Reporter, register[r - 1]);
        for (var a = 1; a <= approvers; a++) await Account($"zatwierdzajacy{a}@dzien.local", Roles.Approver, null);
        return document.Key;
    }

    /// <summary>A reporter reads its table and saves every value it may still change, submitted, in one request.</summary>
    private static async Task ReporterStepAsync(HttpClient http, string key, string token, int reporter, Action<string, double, bool> record, CancellationToken ct)
    {
        var (list, listMs) = await BenchmarkHost.TimedAsync(() => BenchmarkHost.Send(http, HttpMethod.Get, $"/api/v1/monitoring/{key}/{Year}/wartosci", token, null, ct));
        record(TableRead, listMs, list.IsSuccessStatusCode);
        if (!list.IsSuccessStatusCode) return;
        var open = (await list.Content.ReadFromJsonAsync<JsonElement>(ct)).EnumerateArray()
            .Where(v => v.GetProperty("state").GetString() is nameof(EntryState.Missing) or nameof(EntryState.Draft) or nameof(EntryState.Returned)).ToList();
        if (open.Count == 0) return; // everything is with the approvers
        var value = 100 + reporter % 7 + Environment.TickCount % 2 * 10; // a figure that changes, with the comment a change asks for
        var body = new
        {
            // In last year's notation: a percentage stays a percentage (the entry rules refuse a change of unit).
            values = open.Select(v => new
            {
                id = v.GetProperty("id").GetInt32(),
                value = v.TryGetProperty("lastYear", out var last) && last.GetString()?.TrimEnd().EndsWith('%') == true ? $"{value % 100}%" : value.ToString(),
                comment = "dane z systemu dziedzinowego", version = v.GetProperty("version").GetInt32(),
            }),
            submit = true,
        };
        var (save, saveMs) = await BenchmarkHost.TimedAsync(() => BenchmarkHost.Send(http, HttpMethod.Put, $"/api/v1/monitoring/{key}/{Year}/wartosci", token, body, ct));
        var answer = await save.Content.ReadAsStringAsync(ct);
        var refused = save.IsSuccessStatusCode ? JsonDocument.Parse(answer).RootElement.GetProperty("refused").GetArrayLength() : -1;
        record(TableSave, saveMs, save.IsSuccessStatusCode && refused == 0);
        if ((!save.IsSuccessStatusCode || refused > 0) && Interlocked.Exchange(ref shown, 1) == 0)
            Console.Error.WriteLine($"Pierwszy odrzucony zapis tabeli ({(int)save.StatusCode}): {(save.IsSuccessStatusCode ? JsonDocument.Parse(answer).RootElement.GetProperty("refused").ToString() : answer)}");
    }

    /// <summary>An approver reads the period's values waiting for a decision and returns up to five, each with a reason.</summary>
    private static async Task ApproverStepAsync(HttpClient http, string key, string token, Random random, Action<string, double, bool> record, CancellationToken ct)
    {
        var (list, listMs) = await BenchmarkHost.TimedAsync(() => BenchmarkHost.Send(http, HttpMethod.Get, $"/api/v1/monitoring/{key}/{Year}/wartosci?stan=Submitted", token, null, ct));
        record(ReviewList, listMs, list.IsSuccessStatusCode);
        if (!list.IsSuccessStatusCode) return;
        var submitted = (await list.Content.ReadFromJsonAsync<JsonElement>(ct)).EnumerateArray()
            .Where(v => v.GetProperty("state").GetString() == nameof(EntryState.Submitted)).ToList();
        foreach (var value in submitted.OrderBy(_ => random.Next()).Take(5))
        {
            var body = new { version = value.GetProperty("version").GetInt32(), reason = "Proszę sprawdzić z rejestrem." };
            var (returned, ms) = await BenchmarkHost.TimedAsync(() => BenchmarkHost.Send(http, HttpMethod.Post, $"/api/v1/wartosci/{value.GetProperty("id").GetInt32()}/zwrot", token, body, ct));
            // Another approver may have returned the same value a moment earlier: then it is no longer submitted (422
            // monitoring.not-submitted) or has another version (409) — the system refusing a stale decision, not an error.
            var answer = await returned.Content.ReadAsStringAsync(ct);
            var raced = returned.StatusCode == System.Net.HttpStatusCode.Conflict || answer.Contains("\"monitoring.not-submitted\"", StringComparison.Ordinal);
            record(Review, ms, returned.IsSuccessStatusCode || raced);
            if (!returned.IsSuccessStatusCode && !raced && Interlocked.Exchange(ref shownReview, 1) == 0)
                Console.Error.WriteLine($"Pierwszy odrzucony zwrot ({(int)returned.StatusCode}): {answer}");
        }
    }

    private static async Task DashboardAsync(HttpClient client, string key, Action<string, double, bool> record, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync($"/pulpit/{key}?rok={Year}", ct);
        var page = await response.Content.ReadAsStringAsync(ct);
        record(Dashboard, watch.Elapsed.TotalMilliseconds, response.IsSuccessStatusCode && page.Contains("instytucji", StringComparison.Ordinal));
    }

    /// <summary>A fresh database on the PostgreSQL server for one run, dropped afterwards.</summary>
    public static Task<Result> RunOnPostgresAsync(string server, int reporters, int approvers, int readers, TimeSpan duration, TimeSpan pause, CancellationToken ct) =>
        BenchmarkHost.OnNewPostgresAsync(server, (reporters + approvers + readers) * 2,
            database => RunAsync(database, "PostgreSQL", reporters, approvers, readers, duration, pause, ct), ct);

}
