using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kierunek.Web.Tests;

/// <summary>The application on a fresh SQLite database with the demo data (seeds and one account per
/// role, all with <see cref="Password"/>). One per test class; tests must not depend on each other's writes.</summary>
public sealed class WebFactory : WebApplicationFactory<Program>
{
    public const string Password = "Test-haslo-2026";
    public const string LublinKey = "strategia-rozwiazywania-problemow-spolecznych-miasta-lublin-2014-2020-raport-2020";

    /// <summary>Tests sign in often from one address; <see cref="RateLimitedWebFactory"/> tests the limit itself.</summary>
    public int LoginAttemptsPerMinute { get; init; } = 10_000;

    private readonly string database = Path.Combine(Path.GetTempPath(), $"kierunek-web-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Kierunek:Database", database);
        builder.UseSetting("Kierunek:DemoData", "true");
        builder.UseSetting("Kierunek:DemoPassword", Password);
        builder.UseSetting("Kierunek:LoginAttemptsPerMinute", LoginAttemptsPerMinute.ToString());
    }

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

    public static async Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password)
    {
        var token = await TokenAsync(client, "/logowanie");
        return await client.PostAsync("/logowanie", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = password, ["__RequestVerificationToken"] = token,
        }));
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
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { database, database + "-wal", database + "-shm" }) File.Delete(file);
    }
}

/// <summary>The application with the production limit on sign-in attempts.</summary>
public sealed class RateLimitedWebFactory : IAsyncDisposable
{
    public WebFactory Web { get; } = new() { LoginAttemptsPerMinute = 10 };
    public ValueTask DisposeAsync() => Web.DisposeAsync();
}
