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
/// in every format. Publishing the same report again replaces the earlier version; withdrawing needs a reason.</summary>
public sealed class Publications(KierunekDb db, ReportData data, TimeProvider clock, ILogger<Publications> logger)
{
    public static readonly IReadOnlyList<string> Formats = ["html", "pdf", "docx", "xlsx"];

    /// <summary>Done with the publication, or refused with one of <see cref="PublishingErrors"/>.</summary>
    public sealed record Outcome(Error? Error = null, PublicationRow? Publication = null)
    {
        public bool Done => Error is null;
    }

    /// <param name="withoutValues">The coordinator confirmed publishing a year the document holds no value of (e.g. only
    /// the list of tasks); without it such a report is refused, so an empty one is never published by mistake.</param>
    public async Task<Outcome> PublishAsync(string documentKey, string kindName, int year, string who, CancellationToken ct = default, bool withoutValues = false)
    {
        Outcome Refused(Error error)
        {
            PublishingLog.PublishingRefused(logger, error.Code, documentKey, kindName, year);
            return new Outcome(error);
        }

        if (!ReportKinds.ByName.TryGetValue(kindName, out var kind)) return Refused(PublishingErrors.UnknownKind);
        var period = await db.Periods.SingleOrDefaultAsync(p => p.DocumentKey == documentKey && p.Year == year, ct);
        if (period is { State: PeriodState.Open }) return Refused(PublishingErrors.MonitoringInProgress(year));
        var document = await data.ForYearAsync(documentKey, year, ct);
        if (document is null) return Refused(PublishingErrors.DocumentNotFound);
        if (period is null && !document.ReportedYears.Contains(year) && document.PeriodFrom is { } from && document.PeriodTo is { } to && (year < from || year > to))
            return Refused(PublishingErrors.YearOutsideStrategy(year, from, to));
        // Only the kinds that print the year's values: the recommendations and the multi-year table do not.
        if (period is null && !withoutValues && kind is ReportKind.Implementation or ReportKind.IndicatorTable or ReportKind.Attainment
            && !document.AllIndicators().Any(i => i.In(year) is not null))
            return Refused(PublishingErrors.NoValuesForYear(year));
        var report = await data.ReportAsync(kind, document, year, ct);

        var files = new List<PublicationFileRow>();
        try
        {
            foreach (var format in Formats)
                files.Add(new PublicationFileRow { Format = format, Content = await ReportFiles.RenderAsync(report, format, clock.Today()) });
        }
        catch (PdfPrinterMissingException e)
        {
            return Refused(PublishingErrors.PdfUnavailable(e.Message));
        }

        var now = clock.GetUtcNow();
        var publication = new PublicationRow
        {
            DocumentKey = documentKey, DocumentTitle = document.Title, Kind = kindName.ToLowerInvariant(), Year = year, Title = report.Title,
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
