using Kierunek.Reports.Rendering;
using Microsoft.Playwright;
using System.Text.Json;

namespace Kierunek.Web.Tests.EndToEnd;

/// <summary>The application on a real port, driven by Debian's Chromium through Playwright (no browser
/// download). Every page a test visits can be checked with axe-core and photographed into
/// artifacts/screenshots/. In CI a missing browser or axe-core fails; elsewhere the tests are skipped.</summary>
public sealed class BrowserApp : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;
    private string? axe;

    public WebFactory Web { get; }
    public string BaseUrl { get; private set; } = "";

    public BrowserApp() : this(new WebFactory()) { }

    /// <summary>A browser on another application (a production install); the caller disposes both.</summary>
    internal BrowserApp(WebFactory web) => Web = web;

    public async ValueTask InitializeAsync()
    {
        axe = Find("tests/Kierunek.Web.Tests/node_modules/axe-core/axe.min.js");
        if (!File.Exists(PdfReport.ChromiumPath) || axe is null)
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
                throw new InvalidOperationException("Chromium or axe-core is missing: .ci/run installs chromium and runs npm ci in tests/Kierunek.Web.Tests.");
            return;
        }
        BaseUrl = Web.StartOnPort();
        // Playwright's 5 s for an expectation is a fast desktop's figure; in CI both cores also run the fuzz tests and
        // other browsers, and a form post answered in 6 s failed a test that was right. Waits end as soon as they hold.
        Assertions.SetDefaultExpectTimeout(30_000);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = PdfReport.ChromiumPath, Args = ["--no-sandbox"], Headless = true });
    }

    /// <summary>A fresh browser session, not signed in.</summary>
    public async Task<IPage> NewSessionAsync()
    {
        if (browser is null) Assert.Skip("Chromium or axe-core is not installed (apt-get install chromium; npm ci in tests/Kierunek.Web.Tests).");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl, Locale = "pl-PL", ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            // In production the application sits behind a TLS proxy; the header is what that proxy adds.
            ExtraHTTPHeaders = Web.EnvironmentName == "Production" ? new Dictionary<string, string> { ["X-Forwarded-Proto"] = "https" } : null,
        });
        context.SetDefaultTimeout(60_000);
        return await context.NewPageAsync();
    }

    /// <summary>A fresh browser session signed in with this e-mail (a demo account unless another password is given).</summary>
    public async Task<IPage> SignedInAsync(string email, string password = WebFactory.Password)
    {
        var page = await NewSessionAsync();
        await page.GotoAsync("/logowanie");
        await AssertAccessibleAsync(page);
        await page.GetByLabel("Adres e-mail").FillAsync(email);
        await page.GetByLabel("Hasło").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Zaloguj się" }).ClickAsync();
        try
        {
            // Generous: with both cores busy (the fuzz tests, other browsers) a sign-in has taken over 30 s in CI.
            // Waiting for what every signed-in page shows (the sign-out button), not for a navigation event or every
            // stylesheet's load: twice in CI the next page was already shown and the wait for its address still ran out.
            await page.GetByRole(AriaRole.Button, new() { Name = "Wyloguj", Exact = true }).WaitForAsync(new() { Timeout = 90_000 });
        }
        catch (TimeoutException)
        {
            // Slow, or refused? The page says which.
            throw new TimeoutException($"Logowanie {email} nie przeszło w 90 s; strona: {await page.Locator("main").InnerTextAsync()}");
        }
        return page;
    }

    /// <summary>axe-core on the page as it is now; any serious or critical WCAG 2.1 A/AA violation fails.</summary>
    public async Task AssertAccessibleAsync(IPage page)
    {
        // Evaluated through the DevTools protocol, which the page's CSP does not govern; the app's own pages never run inline script.
        await page.EvaluateAsync(await File.ReadAllTextAsync(axe!));
        var result = await page.EvaluateAsync<JsonElement>(
            "async () => await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })");
        var serious = result.GetProperty("violations").EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("id").GetString()}: {v.GetProperty("help").GetString()} — " +
                         string.Join(", ", v.GetProperty("nodes").EnumerateArray().Take(3).Select(n => n.GetProperty("html").GetString())))
            .ToList();
        Assert.True(serious.Count == 0, $"{page.Url}:\n" + string.Join("\n", serious));
    }

    /// <summary>A full-page PNG under artifacts/screenshots/ for people to look at; of a very long page (hundreds of
    /// rows), only what the window shows.</summary>
    public static async Task ScreenshotAsync(IPage page, string name, bool fullPage = true)
    {
        // Outside a clone, next to the test binaries: screenshots are kept for people, so not in the temp folder.
        var root = Find("Kierunek.slnx") is { } solution ? Path.GetDirectoryName(solution)! : AppContext.BaseDirectory;
        var folder = Path.Combine(root, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = fullPage });
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
        await Web.DisposeAsync();
    }

    private static string? Find(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, relative))) return Path.Combine(dir.FullName, relative);
        return null;
    }
}
