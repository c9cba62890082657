using AngleSharp.Html.Parser;
using Kierunek.Application.Monitoring;
using Kierunek.Application.Strategies;
using Kierunek.Data;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Strategies;
using Kierunek.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kierunek.Web.Tests;

/// <summary>The application on a fresh SQLite database with the demo data (seeds and one account per
/// role, all with <see cref="Password"/>). One per test class; tests must not depend on each other's writes.
/// The database starts as a copy of the <see cref="SeededDatabase"/> and is deleted on dispose.</summary>
public sealed class WebFactory : WebApplicationFactory<Program>
{
    public const string Password = "Test-haslo-2026";
    public const string LublinKey = "strategia-rozwiazywania-problemow-spolecznych-miasta-lublin-2014-2020-raport-2020";

    /// <summary>Tests sign in often from one address; <see cref="RateLimitedWebFactory"/> tests the limit itself.</summary>
    public int LoginAttemptsPerMinute { get; init; } = 10_000;

    /// <summary>Services a test replaces or wraps (after the application's own).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>Kierunek:TrustedProxies, when a test puts the application behind a proxy.</summary>
    public string? TrustedProxies { get; init; }

    /// <summary>The host environment: "Testing", or "Production" for an install as an operator makes it.</summary>
    public string EnvironmentName { get; init; } = "Testing";

    /// <summary>Kierunek:DemoData — the seeds and the demo accounts; a production install has neither.</summary>
    public bool DemoData { get; init; } = true;

    /// <summary>The application in production mode on an empty database the caller owns (e.g. a fresh PostgreSQL):
    /// no demo data, no accounts — as after a real install, behind a TLS proxy on the same machine (docs/wdrozenie.md),
    /// whose X-Forwarded-Proto the browser sends (<see cref="EndToEnd.BrowserApp"/>).</summary>
    public static WebFactory ProductionOn(string database) =>
        new(database) { EnvironmentName = "Production", DemoData = false, TrustedProxies = "127.0.0.1" };

    /// <summary>The port of a <see cref="SmtpTestServer"/> to send e-mail to; without one, e-mail is written to
    /// <see cref="MailFolder"/> as with ./start.</summary>
    public int? SmtpPort { get; init; }

    /// <summary>Kierunek:Mail:Scheduler — off in tests, which run the round themselves (POST /api/v1/poczta/wyslij).</summary>
    public bool MailScheduler { get; init; }

    /// <summary>Where e-mail goes without an SMTP server; deleted with the factory.</summary>
    public string MailFolder => mailFolder.Path;

    private readonly TemporaryFolder mailFolder = new();
    private readonly Dictionary<string, string> tokens = [];
    private readonly TemporarySqliteDatabase? ownDatabase;
    private readonly string database;

    public WebFactory()
    {
        ownDatabase = new TemporarySqliteDatabase();
        database = ownDatabase.Path;
        // Here, on the test's thread before any host exists (not in ConfigureWebHost, which runs while a host
        // is being built, and again for every derived factory).
        SeededDatabase.CopyTo(database);
    }

    /// <summary>The application on <paramref name="template"/> itself, which the demo data fills on start
    /// (used by <see cref="SeededDatabase"/> to make it; the caller deletes it).</summary>
    internal WebFactory(string template) => database = template;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Kierunek:Database", database);
        builder.UseSetting("Kierunek:DemoData", DemoData ? "true" : "false");
        builder.UseSetting("Kierunek:DemoPassword", Password);
        builder.UseSetting("Kierunek:LoginAttemptsPerMinute", LoginAttemptsPerMinute.ToString());
        if (TrustedProxies is not null) builder.UseSetting("Kierunek:TrustedProxies", TrustedProxies);
        builder.UseSetting("Kierunek:Mail:Scheduler", MailScheduler ? "true" : "false");
        builder.UseSetting("Kierunek:Mail:SchedulerMinutes", "1");
        builder.UseSetting("Kierunek:Mail:Folder", MailFolder);
        builder.UseSetting("Kierunek:Mail:AppUrl", "http://localhost");
        if (SmtpPort is { } port)
        {
            builder.UseSetting("Kierunek:Mail:Host", "127.0.0.1");
            builder.UseSetting("Kierunek:Mail:Port", port.ToString());
            builder.UseSetting("Kierunek:Mail:Security", "none");
        }
        // The application's own log on the console only when something is wrong: the test run's output is for results.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // The application keeps Identity's default cost (100 000 PBKDF2 rounds, about 0.1 s of a core per sign-in).
        // The tests sign in hundreds of times to check who may do what, not how slowly a password is hashed: a
        // lower cost here is most of the time of the authorisation matrix. The stored hash names its own count, so
        // accounts made at either cost sign in.
        builder.ConfigureTestServices(services =>
        {
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
            TestServices?.Invoke(services);
        });
    }

    /// <summary>Starts the application on a real port (Kestrel), for a browser or for what the in-memory server cannot
    /// show: the client's address (127.0.0.1) and forwarded headers. Returns its address.</summary>
    public string StartOnPort()
    {
        UseKestrel(0);
        StartServer();
        return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1");
    }

    /// <summary>A browser-like client of the application started by <see cref="StartOnPort"/>.</summary>
    public static HttpClient ClientOf(string address) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri(address) };

    /// <summary>A browser-like client: cookies kept, redirects not followed (tests look at them).</summary>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in as the demo account with this e-mail.</summary>
    public async Task<HttpClient> SignedInAsync(string email)
    {
        var client = Browser();
        var response = await LoginAsync(client, email, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>An API client with a bearer token for the demo account with this e-mail (one token per account).</summary>
    public async Task<HttpClient> ApiClientAsync(string email)
    {
        var client = CreateClient();
        if (!tokens.TryGetValue(email, out var token))
        {
            var response = await client.PostAsJsonAsync("/api/v1/token", new { email, password = Password });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            tokens[email] = token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        }
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Period <paramref name="year"/> of seed 000 opened and its first action with one indicator given to
    /// MOPR, straight through the monitoring service; the id of the value MOPR is to report.</summary>
    public async Task<int> AssignedToMoprAsync(int year)
    {
        using var scope = Services.CreateScope();
        var monitoring = scope.ServiceProvider.GetRequiredService<MonitoringService>();
        var document = (await scope.ServiceProvider.GetRequiredService<StrategyCatalog>().GetAsync(LublinKey))!;
        var coordinator = new Actor("koordynator@kierunek.local", null, Reviews: true);
        var opened = await monitoring.OpenPeriodAsync(LublinKey, year, CampaignSettings.None, coordinator);
        Assert.True(opened.IsSuccess, string.Join(" ", opened.Errors));
        var period = opened.Value!;
        var nodes = document.AllNodes().ToList();
        var position = nodes.FindIndex(n => n.Kind == NodeKind.Measure && n.Indicators.Count == 1);
        var assigned = await scope.ServiceProvider.GetRequiredService<Kierunek.Application.Monitoring.Assignments>().AssignAsync(period.Id, position, nodes[position], document.Institutions.Single(i => i.Key == "miejski-osrodek-pomocy-rodzinie"), coordinator);
        Assert.True(assigned.Done, assigned.Error?.Message);
        return scope.ServiceProvider.GetRequiredService<KierunekDb>().Assignments.Where(a => a.PeriodId == period.Id).SelectMany(a => a.Entries).Single().Id;
    }

    /// <summary>A page the application answered 200 for, parsed (the status and redirect are in the failure otherwise).</summary>
    public static async Task<AngleSharp.Html.Dom.IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode} {response.Headers.Location}");
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    public static async Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password)
    {
        var token = await TokenAsync(client, "/logowanie");
        return await client.PostAsync("/logowanie", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = password, ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>Submits a form as a browser would: the anti-forgery token from <paramref name="page"/>, the fields
    /// to <paramref name="action"/> (the page itself when not given).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, IDictionary<string, string> fields, string? action = null)
    {
        var content = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = await TokenAsync(client, page) };
        return await client.PostAsync(action ?? page, new FormUrlEncodedContent(content));
    }

    /// <summary>The anti-forgery token of the first form on the page.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync(path));
        return page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (ownDatabase is not null) await ownDatabase.DisposeAsync();
        await mailFolder.DisposeAsync();
    }
}

/// <summary>The application with the production limit on sign-in attempts.</summary>
public sealed class RateLimitedWebFactory : IAsyncDisposable
{
    public WebFactory Web { get; } = new() { LoginAttemptsPerMinute = 10 };
    public ValueTask DisposeAsync() => Web.DisposeAsync();
}
