using Kierunek.Application.Monitoring;
using Kierunek.Application.Publishing;
using Kierunek.Application.Strategies;
using Kierunek.Data;
using Kierunek.Import.Tests;
using Kierunek.Reports.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kierunek.Application.Tests.Publishing;

/// <summary>Publishing on its own, without the web application: a report whose PDF cannot be printed is not
/// published at all, and the log names the publication and the refusal's code, never the person.</summary>
[Collection(ChromiumSwitchedOff.Name)]
public class PublicationsTests(StoredLublin lublin)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string Coordinator = "koordynator@kierunek.local";

    [Fact]
    public async Task Without_chromium_nothing_is_published_and_the_refusal_is_logged_by_its_code()
    {
        using var database = await lublin.CopyAsync("sqlite");
        using var db = Database.Open(database.Target);
        var document = SeedFiles.LublinReport;
        var logger = new RecordingLogger<Publications>();
        var publications = PublicationsOf(db, logger);

        var missing = Path.Combine(Path.GetTempPath(), $"kierunek-no-chromium-{Guid.NewGuid():N}");
        var before = Environment.GetEnvironmentVariable("KIERUNEK_CHROMIUM");
        // A browser another test of this process started stays warm; closed, the next PDF looks for Chromium anew.
        await WarmPdfPrinter.Shared.CloseBrowserAsync();
        Environment.SetEnvironmentVariable("KIERUNEK_CHROMIUM", missing);
        Publications.Outcome outcome;
        try
        {
            outcome = await publications.PublishAsync(document.Key, "realizacja", 2020, Coordinator, Ct);
        }
        finally
        {
            Environment.SetEnvironmentVariable("KIERUNEK_CHROMIUM", before);
        }

        Assert.False(outcome.Done);
        Assert.Equal(PublishingErrors.PdfUnavailableCode, outcome.Error!.Code);
        Assert.Equal($"Nie można przygotować wersji PDF: {new PdfPrinterMissingException(missing).Message}", outcome.Error.Message);
        Assert.False(await db.Publications.AnyAsync(Ct));
        var line = Assert.Single(logger.Lines);
        Assert.Equal(PublishingErrors.PdfUnavailableCode, line.Values["Code"]);
        Assert.Equal(document.Key, line.Values["Document"]);
        Assert.DoesNotContain(Coordinator, line.Text);
    }

    internal static Publications PublicationsOf(KierunekDb db, RecordingLogger<Publications> logger) =>
        new(db, new ReportData(db, new StrategyCatalog(db, new MemoryCache(new MemoryCacheOptions()), TimeProvider.System),
            new ActionReports(db, TimeProvider.System, NullLogger<ActionReports>.Instance)), new PublishingQueue(), TimeProvider.System, logger);
}

/// <summary>The tests that point KIERUNEK_CHROMIUM elsewhere: the variable is the whole process's, so they run
/// alone, after the tests that may print a PDF.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ChromiumSwitchedOff
{
    public const string Name = "Chromium switched off";
}
