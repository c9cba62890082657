using Kierunek.Application.Monitoring;
using Kierunek.Data;
using Kierunek.Data.Audit;
using Kierunek.Data.Publishing;
using Kierunek.Domain.Input;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Results;
using Kierunek.Reports;
using Kierunek.Reports.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Kierunek.Application.Publishing;

/// <summary>The public area: a coordinator publishes a report of a year whose monitoring is finished (period
/// locked, or no monitoring that year — the document's own values); the files are made once, at publication,
/// in every format — in the background, the request followed on its own page (<see cref="RequestAsync"/>). Publishing the same report again replaces the earlier version; withdrawing needs a reason.</summary>
public sealed class Publications(KierunekDb db, ReportData data, PublishingQueue queue, TimeProvider clock, ILogger<Publications> logger)
{
    public static readonly IReadOnlyList<string> Formats = ["html", "pdf", "docx", "xlsx"];

    /// <summary>Done with the publication, or refused with one of <see cref="PublishingErrors"/>.</summary>
    public sealed record Outcome(Error? Error = null, PublicationRow? Publication = null)
    {
        public bool Done => Error is null;
    }

    /// <summary>A publishing request as the page and the API follow it.</summary>
    public sealed record JobOutcome(Error? Error = null, PublishingJobRow? Job = null)
    {
        public bool Done => Error is null;
    }

    /// <summary>Checks what can be checked at once (kind, monitoring finished, the strategy, the year, values) and puts
    /// the rendering of the files in the background (<see cref="RunNextAsync"/>): the person is never left waiting on
    /// a request, and follows the job's progress instead. The same report already waiting or being made is that job.</summary>
    public async Task<JobOutcome> RequestAsync(string documentKey, string kindName, int year, string who, bool withoutValues, CancellationToken ct = default)
    {
        var (refusal, _, _) = await CheckAsync(documentKey, kindName, year, withoutValues, ct);
        if (refusal is not null) return new JobOutcome(refusal);
        var kind = kindName.ToLowerInvariant();
        if (await db.PublishingJobs.FirstOrDefaultAsync(j => j.DocumentKey == documentKey && j.Kind == kind && j.Year == year
                && (j.State == PublishingJobState.Waiting || j.State == PublishingJobState.Running), ct) is { } pending)
            return new JobOutcome(Job: pending);
        var now = clock.GetUtcNow();
        var job = new PublishingJobRow { DocumentKey = documentKey, Kind = kind, Year = year, WithoutValues = withoutValues, RequestedBy = who, RequestedAt = now };
        db.PublishingJobs.Add(job);
        db.Audit.Add(new AuditRow { At = now, User = who, Action = "zlecenie publikacji", Entity = "publication", EntityKey = $"{documentKey}/{kind}/{year}",
            NewValue = withoutValues ? "bez wartości za rok (potwierdzone)" : null });
        await db.SaveChangesAsync(ct);
        PublishingLog.Requested(logger, job.Id, documentKey, kind, year);
        queue.Signal();
        return new JobOutcome(Job: job);
    }

    /// <summary>A publishing request, for the page and the API that follow it; null when there is none.</summary>
    public Task<PublishingJobRow?> JobAsync(int id, CancellationToken ct = default) =>
        db.PublishingJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, ct);

    /// <summary>How long a job may stay "being made" before another round takes it again (its process ended mid-way).</summary>
    public static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(10);

    /// <summary>Makes the oldest waiting publication, saving its progress after each format; false when none waits.
    /// The claim is one UPDATE that only one instance can win, so two servers never make the same publication.</summary>
    public async Task<bool> RunNextAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        // Compared here, not in SQL: SQLite cannot order DateTimeOffset values. The unfinished jobs are a handful.
        var unfinished = await db.PublishingJobs.AsNoTracking().Where(j => j.State == PublishingJobState.Waiting || j.State == PublishingJobState.Running)
            .OrderBy(j => j.Id).Select(j => new { j.Id, j.State, j.StartedAt }).ToListAsync(ct);
        if (unfinished.FirstOrDefault(j => j.State == PublishingJobState.Waiting || j.StartedAt < now - Abandoned) is not { } next) return false;
        var id = next.Id;
        var claimed = await db.PublishingJobs.Where(j => j.Id == id && j.State == next.State && j.StartedAt == next.StartedAt)
            .ExecuteUpdateAsync(u => u.SetProperty(j => j.State, PublishingJobState.Running).SetProperty(j => j.StartedAt, now).SetProperty(j => j.FormatsDone, 0), ct);
        if (claimed == 0) return true; // another instance took it; look for the next one
        var job = await db.PublishingJobs.SingleAsync(j => j.Id == id, ct);
        await db.Entry(job).ReloadAsync(ct); // the claim changed the row behind a copy this context may hold
        Outcome outcome;
        try
        {
            outcome = await PublishAsync(job.DocumentKey, job.Kind, job.Year, job.RequestedBy, ct, job.WithoutValues, async done =>
            {
                job.FormatsDone = done;
                await db.SaveChangesAsync(ct);
            });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            PublishingLog.JobFailed(logger, job.Id, e);
            db.ChangeTracker.Clear();
            job = await db.PublishingJobs.SingleAsync(j => j.Id == id, ct);
            outcome = new Outcome(PublishingErrors.Failed);
        }
        job.State = outcome.Done ? PublishingJobState.Done : PublishingJobState.Refused;
        job.PublicationId = outcome.Publication?.Id;
        job.ErrorCode = outcome.Error?.Code;
        job.ErrorMessage = outcome.Error?.Message;
        job.FinishedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The refusal of a publication that can be told at once, or the report's kind and year document.</summary>
    private async Task<(Error? Refusal, ReportKind Kind, Kierunek.Domain.Strategies.StrategyDocument? Document)> CheckAsync(string documentKey, string kindName, int year,
        bool withoutValues, CancellationToken ct)
    {
        (Error?, ReportKind, Kierunek.Domain.Strategies.StrategyDocument?) Refused(Error error)
        {
            PublishingLog.PublishingRefused(logger, error.Code, documentKey, kindName, year);
            return (error, default, null);
        }

        if (!ReportKinds.ByName.TryGetValue(kindName, out var kind)) return Refused(PublishingErrors.UnknownKind);
        var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.DocumentKey == documentKey && p.Year == year, ct);
        if (period is { State: PeriodState.Open }) return Refused(PublishingErrors.MonitoringInProgress(year));
        var document = await data.ForYearAsync(documentKey, year, ct);
        if (document is null) return Refused(PublishingErrors.DocumentNotFound);
        if (period is null && !document.ReportedYears.Contains(year) && document.PeriodFrom is { } from && document.PeriodTo is { } to && (year < from || year > to))
            return Refused(PublishingErrors.YearOutsideStrategy(year, from, to));
        // Only the kinds that print the year's values: the recommendations and the multi-year table do not.
        if (period is null && !withoutValues && kind is ReportKind.Implementation or ReportKind.IndicatorTable or ReportKind.Attainment
            && !document.AllIndicators().Any(i => i.In(year) is not null))
            return Refused(PublishingErrors.NoValuesForYear(year));
        return (null, kind, document);
    }

    /// <summary>Makes every format and publishes at once (the command line; the background round through
    /// <see cref="RunNextAsync"/>); <paramref name="progress"/> hears how many formats are made after each one.</summary>
    /// <param name="withoutValues">The coordinator confirmed publishing a year the document holds no value of (e.g. only
    /// the list of tasks); without it such a report is refused, so an empty one is never published by mistake.</param>
    public async Task<Outcome> PublishAsync(string documentKey, string kindName, int year, string who, CancellationToken ct = default, bool withoutValues = false,
        Func<int, Task>? progress = null)
    {
        var (refusal, kind, document) = await CheckAsync(documentKey, kindName, year, withoutValues, ct);
        if (refusal is not null) return new Outcome(refusal);
        var report = await data.ReportAsync(kind, document!, year, ct);

        var files = new List<PublicationFileRow>();
        try
        {
            foreach (var format in Formats)
            {
                files.Add(new PublicationFileRow { Format = format, Content = await ReportFiles.RenderAsync(report, format, clock.Today(), ct) });
                if (progress is not null) await progress(files.Count);
            }
        }
        catch (PdfPrinterMissingException e)
        {
            PublishingLog.PublishingRefused(logger, PublishingErrors.PdfUnavailableCode, documentKey, kindName, year);
            return new Outcome(PublishingErrors.PdfUnavailable(e.Message));
        }

        var now = clock.GetUtcNow();
        var publication = new PublicationRow
        {
            DocumentKey = documentKey, DocumentTitle = document!.Title, Kind = kindName.ToLowerInvariant(), Year = year, Title = report.Title,
            PublishedBy = who, PublishedAt = now, Files = files,
        };
        var earlier = await db.Publications.Where(p => p.DocumentKey == documentKey && p.Kind == publication.Kind && p.Year == year && p.WithdrawnAt == null).ToListAsync(ct);
        foreach (var replaced in earlier)
            Withdraw(replaced, who, "zastąpione nowszą wersją", now);
        db.Publications.Add(publication);
        Audit(who, "publikacja", publication, null, $"{publication.Title} ({year})", null, now);
        await db.SaveChangesAsync(ct); // one transaction: the new version, the old one withdrawn, the audit
        PublishingLog.Published(logger, publication.Id, documentKey, publication.Kind, year);
        foreach (var replaced in earlier)
            PublishingLog.Replaced(logger, replaced.Id, publication.Id, documentKey, publication.Kind, year);
        return new Outcome(Publication: publication);
    }

    public async Task<Outcome> WithdrawAsync(int id, string? reason, string who, CancellationToken ct = default)
    {
        Outcome Refused(Error error)
        {
            PublishingLog.WithdrawalRefused(logger, error.Code, id);
            return new Outcome(error);
        }

        if (string.IsNullOrWhiteSpace(reason)) return Refused(PublishingErrors.WithdrawalReasonMissing);
        if (InputText.Check(reason, "Powód wycofania", InputText.ReasonLength, "powod") is { } badReason) return Refused(badReason);
        if (await db.Publications.SingleOrDefaultAsync(p => p.Id == id, ct) is not { IsPublic: true } publication)
            return Refused(PublishingErrors.NotPublic);
        Withdraw(publication, who, reason.Trim(), clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        PublishingLog.Withdrawn(logger, publication.Id, publication.DocumentKey, publication.Kind, publication.Year);
        return new Outcome(Publication: publication);
    }

    /// <summary>What the public area shows, by strategy and newest year first, with each file's size (the files
    /// themselves are not loaded); <paramref name="documentKey"/> narrows it to one strategy.</summary>
    public async Task<PublicList> PublicAsync(string? documentKey = null, CancellationToken ct = default)
    {
        var items = await db.Publications.Where(p => p.WithdrawnAt == null && (documentKey == null || p.DocumentKey == documentKey))
            .OrderBy(p => p.DocumentTitle).ThenByDescending(p => p.Year).ThenBy(p => p.Title).ToListAsync(ct);
        var ids = items.Select(p => p.Id).ToList();
        var sizes = await db.PublicationFiles.Where(f => ids.Contains(f.PublicationId))
            .Select(f => new { f.PublicationId, f.Format, Size = (long)f.Content.Length }).ToListAsync(ct);
        return new PublicList(items, sizes.ToDictionary(s => (s.PublicationId, s.Format), s => s.Size));
    }

    /// <summary>A public file with its publication, or null when there is none or it was withdrawn.</summary>
    public async Task<(PublicationRow Publication, byte[] Content)?> FileAsync(int id, string format, CancellationToken ct = default)
    {
        if (await db.Publications.SingleOrDefaultAsync(p => p.Id == id && p.WithdrawnAt == null, ct) is not { } publication) return null;
        var content = await db.PublicationFiles.Where(f => f.PublicationId == id && f.Format == format).Select(f => f.Content).SingleOrDefaultAsync(ct);
        return content is null ? null : (publication, content);
    }

    private void Withdraw(PublicationRow publication, string who, string reason, DateTimeOffset now)
    {
        publication.WithdrawnBy = who;
        publication.WithdrawnAt = now;
        publication.WithdrawalReason = reason;
        Audit(who, "wycofanie publikacji", publication, "opublikowane", "wycofane", reason, now);
    }

    private void Audit(string who, string action, PublicationRow publication, string? old, string? now, string? reason, DateTimeOffset at) =>
        db.Audit.Add(new AuditRow { At = at, User = who, Action = action, Entity = "publication", EntityKey = $"{publication.DocumentKey}/{publication.Kind}/{publication.Year}", OldValue = old, NewValue = now, Reason = reason });
}

/// <summary>The published reports and the size of each of their files.</summary>
public sealed record PublicList(IReadOnlyList<PublicationRow> Items, IReadOnlyDictionary<(int Publication, string Format), long> Sizes);
