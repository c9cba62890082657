using Kierunek.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Kierunek.Benchmarks;

/// <summary>The web application hosted in-process for the benchmarks that measure it through HTTP, on a database of
/// their own with the demo data, and the HTTP steps they share: a token, a timed request, a percentile.</summary>
internal static partial class BenchmarkHost
{
    /// <summary>Long and unrelated to the accounts' addresses: the common-password check refuses "Benchmark-2026" for …@benchmark.local.</summary>
    public const string Password = "Kawa-Rower-Okno-7-Lipiec";

    /// <summary>The application on a free port; the caller disposes it.</summary>
    public static async Task<(WebApplication App, Uri Address)> StartAsync(string database, CancellationToken ct)
    {
        var app = await WebSetup.BuildAsync(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Environment.EnvironmentName = "Benchmark";
            builder.Configuration["Kierunek:Database"] = database;
            builder.Configuration["Kierunek:DemoData"] = "true";
            builder.Configuration["Kierunek:Mail:Scheduler"] = "false"; // the requests alone are measured
            builder.Configuration["Kierunek:DemoPassword"] = Password;
            builder.Configuration["Kierunek:LoginAttemptsPerMinute"] = "100000";
            builder.Logging.ClearProviders();
        });
        await app.StartAsync(ct);
        return (app, new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()));
    }

    public static async Task<string> TokenAsync(HttpClient http, string email, CancellationToken ct)
    {
        var response = await http.PostAsJsonAsync("/api/v1/token", new { email, password = Password }, ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("accessToken").GetString()!;
    }

    public static Task<HttpResponseMessage> Send(HttpClient http, HttpMethod method, string path, string token, object? body, CancellationToken ct)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http.SendAsync(request, ct);
    }

    /// <summary>A request and its answer read whole, timed.</summary>
    public static async Task<(HttpResponseMessage Response, double Ms)> TimedAsync(Func<Task<HttpResponseMessage>> send)
    {
        var watch = Stopwatch.StartNew();
        var response = await send();
        await response.Content.LoadIntoBufferAsync();
        return (response, watch.Elapsed.TotalMilliseconds);
    }

    /// <summary>A new SQLite file in the temp folder for one run; deleted with its -wal and -shm afterwards (the pools
    /// cleared first, or a pooled connection keeps the files).</summary>
    public static async Task<T> OnNewSqliteAsync<T>(string name, Func<string, Task<T>> run)
    {
        var file = Path.Combine(Path.GetTempPath(), $"kierunek-{name}-{Guid.NewGuid():N}.db");
        try
        {
            return await run(file);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var part in new[] { file, file + "-wal", file + "-shm" }) File.Delete(part);
        }
    }

    /// <summary>A new database on the PostgreSQL server <paramref name="server"/> for one run (its connection string,
    /// a pool of at least <paramref name="connections"/>), dropped afterwards.</summary>
    public static async Task<T> OnNewPostgresAsync<T>(string server, int connections, Func<string, Task<T>> run, CancellationToken ct)
    {
        var name = $"kierunek_bench_{Guid.NewGuid():N}";
        await ApiBenchmark.ExecuteAsync(server, $"CREATE DATABASE {name}", ct);
        try
        {
            return await run(new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = Math.Max(100, connections) }.ConnectionString);
        }
        finally
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await ApiBenchmark.ExecuteAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)", ct);
        }
    }

    public static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    /// <summary>A client signed in through the sign-in form, as a browser is: the form's antiforgery token, then the cookie.</summary>
    public static async Task<HttpClient> SignedInAsync(Uri address, string email, int connections, CancellationToken ct)
    {
        var http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), UseCookies = true, AllowAutoRedirect = false, MaxConnectionsPerServer = connections * 2 })
        { BaseAddress = address };
        using var page = await http.GetAsync("/logowanie", ct);
        if (!page.IsSuccessStatusCode) throw new InvalidOperationException($"Strona logowania: {(int)page.StatusCode} {page.Headers.Location}");
        var form = await page.Content.ReadAsStringAsync(ct);
        var token = Token().Match(form).Groups[1].Value;
        using var response = await http.PostAsync("/logowanie", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = BenchmarkHost.Password, ["__RequestVerificationToken"] = token,
        }), ct);
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Logowanie {email} nie powiodło się ({(int)response.StatusCode}).");
        return http;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
