using Kierunek.Data;
using Kierunek.Data.Monitoring;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Results;
using Microsoft.EntityFrameworkCore;
using System.Security.Cryptography;

namespace Kierunek.Application.Monitoring;

/// <summary>Source documents for reported values: one value's (a table of the programme's participants) or a whole
/// submission's (the institution's signed report). Checked by <see cref="Evidence.File"/> — kind by contents, size
/// within <see cref="Evidence.MaxBytes"/> — kept in the database with their SHA-256, each addition audited, and given
/// back only to the institution and the reviewers, as a download.</summary>
public sealed class SourceDocuments(KierunekDb db, ValueHistory histories, TimeProvider clock)
{
    public sealed record Document(int Id, string FileName, long Size, string UploadedBy, DateTimeOffset UploadedAt, int? EntryId);

    public sealed record Download(string FileName, byte[] Content);

    /// <summary>A file for one value.</summary>
    public async Task<Result<Document>> AddToValueAsync(int entryId, string? fileName, Stream content, Actor actor, CancellationToken ct = default)
    {
        var place = await (from e in db.Entries.AsNoTracking()
                           join a in db.Assignments on e.AssignmentId equals a.Id
                           join p in db.Periods on a.PeriodId equals p.Id
                           where e.Id == entryId
                           select new { p.Id, p.State, a.InstitutionKey }).SingleOrDefaultAsync(ct);
        if (place is null) return MonitoringErrors.EntryNotFound;
        return await AddAsync(place.Id, place.State, place.InstitutionKey, entryId, fileName, content, actor, ct);
    }

    /// <summary>A file for an institution's whole submission of a period.</summary>
    public async Task<Result<Document>> AddToSubmissionAsync(string key, int year, string institutionKey, string? fileName, Stream content, Actor actor,
        CancellationToken ct = default)
    {
        var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.DocumentKey == key && p.Year == year, ct);
        if (period is null) return MonitoringErrors.PeriodNotFound;
        if (!await db.Assignments.AnyAsync(a => a.PeriodId == period.Id && a.InstitutionKey == institutionKey, ct)) return MonitoringErrors.InstitutionNotChosen;
        return await AddAsync(period.Id, period.State, institutionKey, null, fileName, content, actor, ct);
    }

    /// <summary>The files of an institution in a period (its submission's and its values'), oldest first.</summary>
    public async Task<IReadOnlyList<Document>> ListAsync(int periodId, string institutionKey, CancellationToken ct = default)
    {
        var rows = await db.Attachments.AsNoTracking().Where(a => a.PeriodId == periodId && a.InstitutionKey == institutionKey).OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.FileName, a.Size, a.UploadedBy, a.UploadedAt, a.EntryId }).ToListAsync(ct);
        var names = await histories.NamesAsync(rows.Select(r => r.UploadedBy), ct);
        return rows.Select(r => new Document(r.Id, r.FileName, r.Size, names(r.UploadedBy), r.UploadedAt, r.EntryId)).ToList();
    }

    public async Task<IReadOnlyList<Document>> ListAsync(string key, int year, string institutionKey, CancellationToken ct = default) =>
        await db.Periods.AsNoTracking().Where(p => p.DocumentKey == key && p.Year == year).Select(p => (int?)p.Id).SingleOrDefaultAsync(ct) is { } id
            ? await ListAsync(id, institutionKey, ct)
            : [];

    public async Task<Result<Download>> GetAsync(int id, Actor actor, CancellationToken ct = default)
    {
        var row = await db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (row is null) return MonitoringErrors.AttachmentNotFound;
        if (Evidence.MayTake(actor, row.InstitutionKey) is { } refused) return refused;
        return Result<Download>.Ok(new Download(row.FileName, row.Content));
    }

    private async Task<Result<Document>> AddAsync(int periodId, PeriodState state, string institutionKey, int? entryId, string? fileName, Stream content,
        Actor actor, CancellationToken ct)
    {
        if (Evidence.MayAdd(actor, institutionKey, state) is { } refused) return refused;
        // At most one byte past the limit is read: a 2 GB upload is refused without being held in memory.
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0 && buffer.Length <= Evidence.MaxBytes)
            buffer.Write(chunk, 0, (int)Math.Min(read, Evidence.MaxBytes + 1 - buffer.Length));
        var bytes = buffer.ToArray();
        var size = read > 0 ? Math.Max(bytes.Length, Evidence.MaxBytes + 1) : bytes.Length;
        var kind = Evidence.File(fileName, size, bytes.AsSpan(0, Math.Min(bytes.Length, 8192)));
        if (!kind.IsSuccess) return Result<Document>.Fail(kind.Errors);
        var name = Evidence.Path(fileName);
        var row = new AttachmentRow
        {
            PeriodId = periodId, InstitutionKey = institutionKey, EntryId = entryId, FileName = name, Size = bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)), Content = bytes, UploadedBy = actor.Name, UploadedAt = clock.GetUtcNow(),
        };
        db.Attachments.Add(row);
        MonitoringAudit.Add(db, clock, actor, "dołączenie pliku", entryId is { } e ? "entry" : "submission", entryId?.ToString() ?? $"{periodId}/{institutionKey}",
            null, $"{name} ({bytes.Length} B, SHA-256 {row.Sha256})", null);
        await db.SaveChangesAsync(ct);
        return Result<Document>.Ok(new Document(row.Id, name, row.Size, actor.Name, row.UploadedAt, entryId));
    }
}
