using Kierunek.Application.Publishing;
using Kierunek.Data;
using Kierunek.Data.Publishing;
using Kierunek.Import.Tests;
using Kierunek.Reports.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Kierunek.Application.Tests.Publishing;

/// <summary>Publishing in the background: a request checked at once and queued, made by a round that saves its
/// progress format by format; the same request twice is one job; a refusal found while making the files (no Chromium)
/// ends the job with its reason, and nothing is published.</summary>
[Collection(ChromiumSwitchedOff.Name)]
public class PublishingJobsTests(StoredLublin lublin)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string Coordinator = "koordynator@kierunek.local";

    [Fact]
    public async Task A_request_is_made_in_the_background_format_by_format_and_asked_twice_is_one_job()
    {
        using var database = await lublin.CopyAsync("sqlite");
        using var db = Database.Open(database.Target);
        var publications = PublicationsTests.PublicationsOf(db, new RecordingLogger<Publications>());
        var key = SeedFiles.LublinReport.Key;

        var refused = await publications.RequestAsync(key, "nieznany", 2020, Coordinator, false, Ct);
        Assert.Equal(PublishingErrors.UnknownKindCode, refused.Error!.Code);
        var first = await publications.RequestAsync(key, "realizacja", 2020, Coordinator, false, Ct);
        var again = await publications.RequestAsync(key, "realizacja", 2020, Coordinator, false, Ct);
        Assert.Equal(first.Job!.Id, again.Job!.Id);
        Assert.Equal((PublishingJobState.Waiting, 0), (first.Job.State, first.Job.FormatsDone));
        Assert.False(await db.Publications.AnyAsync(Ct)); // nothing is made by the request itself

        var seen = new List<int>();
        db.SavedChanges += (_, _) => { if (db.PublishingJobs.Local.SingleOrDefault(j => j.Id == first.Job.Id) is { State: PublishingJobState.Running } j) seen.Add(j.FormatsDone); };
        Assert.True(await publications.RunNextAsync(Ct));
        Assert.False(await publications.RunNextAsync(Ct)); // nothing else waits
        Assert.Equal([1, 2, 3, 4], seen.Distinct()); // saved after each format (and once more with the publication)
        var done = (await publications.JobAsync(first.Job.Id, Ct))!;
        Assert.Equal((PublishingJobState.Done, 4, null), (done.State, done.FormatsDone, done.ErrorCode));
        var publication = await db.Publications.Include(p => p.Files).SingleAsync(p => p.Id == done.PublicationId, Ct);
        Assert.Equal(Publications.Formats, publication.Files.Select(f => f.Format));
        Assert.Contains(await db.Audit.AsNoTracking().ToListAsync(Ct), a => a.Action == "zlecenie publikacji" && a.EntityKey == $"{key}/realizacja/2020");
    }

    [Fact]
    public async Task Without_chromium_the_job_ends_refused_with_the_reason_and_nothing_is_published()
    {
        using var database = await lublin.CopyAsync("sqlite");
        using var db = Database.Open(database.Target);
        var publications = PublicationsTests.PublicationsOf(db, new RecordingLogger<Publications>());
        var job = (await publications.RequestAsync(SeedFiles.LublinReport.Key, "realizacja", 2020, Coordinator, false, Ct)).Job!;
        var missing = Path.Combine(Path.GetTempPath(), $"kierunek-no-chromium-{Guid.NewGuid():N}");
        var before = Environment.GetEnvironmentVariable("KIERUNEK_CHROMIUM");
        // A browser another test of this process started stays warm; closed, the next PDF looks for Chromium anew.
        await WarmPdfPrinter.Shared.CloseBrowserAsync();
        Environment.SetEnvironmentVariable("KIERUNEK_CHROMIUM", missing);
        try
        {
            Assert.True(await publications.RunNextAsync(Ct));
        }
        finally
        {
            Environment.SetEnvironmentVariable("KIERUNEK_CHROMIUM", before);
        }
        var ended = (await publications.JobAsync(job.Id, Ct))!;
        Assert.Equal((PublishingJobState.Refused, PublishingErrors.PdfUnavailableCode), (ended.State, ended.ErrorCode));
        Assert.StartsWith("Nie można przygotować wersji PDF", ended.ErrorMessage);
        Assert.False(await db.Publications.AnyAsync(Ct));
    }
}
