using Kierunek.Reports.Model;
using Microsoft.Playwright;

namespace Kierunek.Reports.Rendering;

/// <summary>The HTML report printed to PDF by headless Chromium (Debian's <c>chromium</c>, driven by
/// Playwright): A4 — landscape pages where the HTML asks for them — header rows repeated on every page,
/// "Strona 3 z 12" at the foot of each page. One printer keeps its browser for many reports; the application's
/// is <see cref="WarmPdfPrinter"/>.</summary>
public sealed class PdfReport : IAsyncDisposable
{
    /// <summary>Where the browser is looked for unless KIERUNEK_CHROMIUM names another one.</summary>
    public const string DefaultChromium = "/usr/bin/chromium";

    private const string Footer = """
        <div style="width:100%; font-family:'Liberation Sans',Arial,sans-serif; font-size:8pt; color:#333; text-align:center;">
          Strona <span class="pageNumber"></span> z <span class="totalPages"></span>
        </div>
        """;

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    /// <summary>Pages that printed a report and wait for the next one. A new page is a new browser context with its own
    /// renderer to start (100–180 ms of a 1,5 s print of seed 000, and a cold renderer lays the next page out slower);
    /// a page that printed once is warm. At most as many as were ever printing at once.</summary>
    private readonly System.Collections.Concurrent.ConcurrentBag<IPage> _idle = [];

    private PdfReport(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static string ChromiumPath => Environment.GetEnvironmentVariable("KIERUNEK_CHROMIUM") is { Length: > 0 } path ? path : DefaultChromium;

    /// <exception cref="PdfPrinterMissingException">Chromium is not installed where it is looked for.</exception>
    public static async Task<PdfReport> StartAsync(CancellationToken ct = default)
    {
        var chromium = ChromiumPath;
        if (!File.Exists(chromium)) throw new PdfPrinterMissingException(chromium);
        ct.ThrowIfCancellationRequested();
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromium,
                Args = ["--no-sandbox"],
                Headless = true,
            });
            return new PdfReport(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>One report, one PDF, printed by the process's warm browser (<see cref="WarmPdfPrinter.Shared"/>).</summary>
    public static Task<byte[]> RenderAsync(Report report, CancellationToken ct = default) => WarmPdfPrinter.Shared.PrintAsync(report, ct);

    /// <summary>Whether the browser is still there to print (not crashed, not closed).</summary>
    public bool IsConnected => _browser.IsConnected;

    /// <remarks>Playwright's calls take no token, so cancellation is looked at between the steps: a cancelled
    /// command stops before starting the browser or opening a page, not in the middle of printing one.</remarks>
    public async Task<byte[]> PrintAsync(string html, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        if (_idle.TryTake(out var warm) && !warm.IsClosed)
        {
            try
            {
                return await PrintOnAsync(warm, html, ct);
            }
            // A kept page whose renderer went away while it waited: the print is made on a new page instead.
            catch (PlaywrightException) when (_browser.IsConnected)
            {
            }
        }
        return await PrintOnAsync(await _browser.NewPageAsync(), html, ct);
    }

    private async Task<byte[]> PrintOnAsync(IPage page, string html, CancellationToken ct)
    {
        var printed = false;
        try
        {
            // The new content replaces the last report's document whole: nothing of it is left to print.
            await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
            ct.ThrowIfCancellationRequested();
            var pdf = await page.PdfAsync(new PagePdfOptions
            {
                Format = "A4",
                PreferCSSPageSize = true, // the report's own @page rules: margins, landscape pages
                PrintBackground = true,   // shaded header rows
                DisplayHeaderFooter = true,
                HeaderTemplate = "<span></span>",
                FooterTemplate = Footer,
                Tagged = true,            // a tagged PDF keeps headings and tables for screen readers
                Outline = true,           // bookmarks from the headings
            });
            printed = true;
            return pdf;
        }
        finally
        {
            // A page whose print failed or was cancelled is closed, not given to the next report; one that printed is
            // emptied first (a report of 86 pages is not kept in memory while the page waits).
            if (printed) await KeepAsync(page);
            else await Quietly(() => page.CloseAsync());
        }
    }

    private async Task KeepAsync(IPage page)
    {
        try
        {
            await page.SetContentAsync("");
            _idle.Add(page);
        }
        catch (PlaywrightException)
        {
            await Quietly(() => page.CloseAsync());
        }
    }

    private static async Task Quietly(Func<Task> close)
    {
        try
        {
            await close();
        }
        catch (PlaywrightException)
        {
            // The page or its browser is already gone: nothing left to close.
        }
    }

    /// <summary>Pages kept warm for the next print.</summary>
    public int IdlePages => _idle.Count;

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}

public sealed class PdfPrinterMissingException(string path)
    : Exception($"Nie ma przeglądarki Chromium w {path}, a PDF drukuje Chromium: zainstaluj pakiet „chromium” (apt-get install chromium) albo wskaż ją zmienną KIERUNEK_CHROMIUM.");
