using Kierunek.Reports.Model;
using Microsoft.Playwright;

namespace Kierunek.Reports.Rendering;

/// <summary>One Chromium per process, started on the first PDF and kept warm, printing several pages at once: starting
/// the browser was most of a PDF's time (seed 000's 86 pages: 4,5 s a download, of which the print itself is about
/// 1 s). A browser that went away (crashed, killed) is started again on the next print, and a print it took down
/// with it is tried once more. <see cref="Shared"/> is the process's; it is closed when the process exits.</summary>
public sealed class WarmPdfPrinter(int pages) : IAsyncDisposable
{
    /// <summary>Pages printed at once: one per core — Chromium lays a report out on one core.</summary>
    public static WarmPdfPrinter Shared { get; } = CreateShared();

    private readonly SemaphoreSlim free = new(pages, pages);
    private readonly SemaphoreSlim starting = new(1, 1);
    private PdfReport? browser;

    /// <summary>How many times a browser was started (1 while it stays up).</summary>
    public int Starts { get; private set; }

    /// <summary>Pages kept warm for the next print: at most as many as printed at once.</summary>
    public int IdlePages => browser?.IdlePages ?? 0;

    /// <exception cref="PdfPrinterMissingException">Chromium is not installed where it is looked for.</exception>
    public Task<byte[]> PrintAsync(Report report, CancellationToken ct = default) => PrintAsync(HtmlReport.Render(report, HtmlCharts.Png), ct);

    /// <exception cref="PdfPrinterMissingException">Chromium is not installed where it is looked for.</exception>
    public async Task<byte[]> PrintAsync(string html, CancellationToken ct = default)
    {
        await free.WaitAsync(ct);
        try
        {
            var printer = await BrowserAsync(ct);
            try
            {
                return await printer.PrintAsync(html, ct);
            }
            catch (PlaywrightException) when (!printer.IsConnected)
            {
                return await (await BrowserAsync(ct)).PrintAsync(html, ct);
            }
        }
        finally
        {
            free.Release();
        }
    }

    /// <summary>Closes the browser as if it had crashed (for tests of the restart).</summary>
    public async Task CloseBrowserAsync()
    {
        if (browser is { } b) await b.DisposeAsync();
    }

    private async Task<PdfReport> BrowserAsync(CancellationToken ct)
    {
        if (browser is { IsConnected: true } running) return running;
        await starting.WaitAsync(ct);
        try
        {
            if (browser is { IsConnected: true } started) return started;
            if (browser is { } gone) await Quietly(gone);
            browser = await PdfReport.StartAsync(ct);
            Starts++;
            return browser;
        }
        finally
        {
            starting.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is { } b) await Quietly(b);
        browser = null;
    }

    private static async Task Quietly(PdfReport gone)
    {
        try
        {
            await gone.DisposeAsync();
        }
        catch (PlaywrightException)
        {
            // Already gone: nothing left to close.
        }
    }

    private static WarmPdfPrinter CreateShared()
    {
        var shared = new WarmPdfPrinter(Math.Max(2, Environment.ProcessorCount));
        // The browser and Playwright's driver are child processes: closed with the process, not left running.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => shared.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(5));
        return shared;
    }
}
