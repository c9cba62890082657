using Kierunek.Data;
using Kierunek.Data.Audit;
using Kierunek.Data.Strategies;
using Kierunek.Domain.Results;
using Kierunek.Domain.Strategies.Mapping;
using Kierunek.Import.Mapping;
using Kierunek.Import.Reading;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using System.Security.Cryptography;

namespace Kierunek.Application.Strategies;

/// <summary>The mapping wizard's use cases: a file uploaded once and kept for its owner while it is mapped; its tables;
/// a mapping proposed, corrected and previewed — the document it makes, every cell's reading, the version it becomes;
/// then the document stored as the next version of its strategy together with the mapping under its name, in one
/// transaction and audited. Next year the saved mapping reads the new file and the items update by code.</summary>
public sealed class MappedImports(KierunekDb db, DocumentImports imports, TimeProvider clock, IMemoryCache? cache = null)
{
    public const string UploadMissing = "upload-missing";
    public const string TableMissing = "table-missing";

    /// <summary>How long an uploaded file waits for its owner to finish the wizard.</summary>
    public static readonly TimeSpan UploadKept = TimeSpan.FromDays(1);

    public sealed record Upload(string Id, string FileName, byte[] Content);

    /// <summary>A mapping and what it reads: the plan of the version it becomes (summary, findings, changes) and every cell.</summary>
    public sealed record Preview(TableMapping Mapping, MappedImport Read, DocumentImports.Plan Plan);

    public sealed record SavedMapping(string Name, string DocumentKey, DateTimeOffset UpdatedAt, string UpdatedBy);

    /// <summary>Keeps an uploaded file for its owner (the size limit checked first) and clears their files older than a day.</summary>
    public async Task<Result<Upload>> KeepAsync(string fileName, byte[] content, string user, CancellationToken ct = default)
    {
        var name = Path.GetFileName(fileName);
        if (FileLimit.Document.Check(name, content.LongLength) is { } tooLarge) return Result<Upload>.Fail(tooLarge);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await db.Uploads.Where(u => u.UploadedAt < now - (long)UploadKept.TotalMilliseconds).ExecuteDeleteAsync(ct);
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        db.Uploads.Add(new UploadRow { Id = id, User = user, FileName = name, Content = content, UploadedAt = now });
        await db.SaveChangesAsync(ct);
        return Result<Upload>.Ok(new Upload(id, name, content));
    }

    /// <summary>The owner's uploaded file; another person's id reads as missing.</summary>
    public async Task<Result<Upload>> FindAsync(string id, string user, CancellationToken ct = default)
    {
        var row = await db.Uploads.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id && u.User == user, ct);
        return row is null
            ? Result<Upload>.Fail(Error.Of(UploadMissing, $"Nie ma już wczytanego pliku (pliki czekają na dokończenie kreatora {UploadKept.TotalHours:0} godziny). Wybierz plik jeszcze raz.", "plik"))
            : Result<Upload>.Ok(new Upload(row.Id, row.FileName, row.Content));
    }

    public static Result<IReadOnlyList<SourceTable>> Tables(Upload upload) => SourceTables.Read(upload.FileName, upload.Content);

    /// <summary>How long a kept upload's parsed tables stay in memory after the last step that used them: every step of
    /// the wizard asks for them, and a 50 000-row sheet takes a second to parse.</summary>
    public static readonly TimeSpan TablesKept = TimeSpan.FromMinutes(5);

    /// <summary>The tables of a kept upload, parsed once while its owner maps it (<see cref="TablesKept"/>); a file that
    /// is not kept (the API's, the CLI's) is parsed each time.</summary>
    public Result<IReadOnlyList<SourceTable>> TablesOf(Upload upload)
    {
        if (cache is null || upload.Id.Length == 0) return Tables(upload);
        return cache.GetOrCreate(("kreator-tabele", upload.Id), entry =>
        {
            entry.SlidingExpiration = TablesKept;
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(30);
            return Tables(upload);
        })!;
    }

    /// <summary>The wizard's first proposal for table <paramref name="number"/> of the file.</summary>
    public static Result<TableMapping> Guess(Upload upload, int number)
    {
        var table = Table(upload, number);
        return table.IsSuccess ? Result<TableMapping>.Ok(MappingGuess.For(table.Value!, upload.FileName)) : Result<TableMapping>.Fail(table.Errors);
    }

    public static Result<SourceTable> Table(Upload upload, int number) => Table(Tables(upload), upload, number);

    private static Result<SourceTable> Table(Result<IReadOnlyList<SourceTable>> tables, Upload upload, int number)
    {
        if (!tables.IsSuccess) return Result<SourceTable>.Fail(tables.Errors);
        var table = tables.Value!.FirstOrDefault(t => t.Number == number);
        return table is not null ? Result<SourceTable>.Ok(table)
            : Result<SourceTable>.Fail(Error.Of(TableMissing, $"Plik „{upload.FileName}” ma {Domain.Language.PolishPlural.Of(tables.Value!.Count, "tabelę", "tabele", "tabel")}, a mapowanie wskazuje tabelę {number}. Wybierz tabelę z listy.", "tabela"));
    }

    /// <summary>What the mapping reads from the file and what storing it would do; nothing is written.</summary>
    public async Task<Result<Preview>> PreviewAsync(Upload upload, TableMapping mapping, CancellationToken ct = default)
    {
        var read = Read(TablesOf(upload), upload, mapping);
        if (!read.IsSuccess) return Result<Preview>.Fail(read.Errors);
        var plan = (await imports.PreviewAsync([read.Value!.Document], ct))[0];
        return Result<Preview>.Ok(new Preview(mapping, read.Value!, plan));
    }

    /// <summary>The document and the mapping under its name, stored together (the mapping replaces one of the same name),
    /// the uploaded file then deleted; refused as a whole, as <see cref="DocumentImports.ImportAsync"/> refuses.</summary>
    public async Task<Result<DocumentImports.Plan>> ImportAsync(Upload upload, TableMapping mapping, string user, bool replace, CancellationToken ct = default)
    {
        var read = Read(TablesOf(upload), upload, mapping);
        if (!read.IsSuccess) return Result<DocumentImports.Plan>.Fail(read.Errors);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var stored = await imports.ImportAsync([read.Value!.Document], user, replace, ct);
        if (!stored.IsSuccess) return Result<DocumentImports.Plan>.Fail(stored.Errors);
        await RememberAsync(mapping, user, ct);
        await db.Uploads.Where(u => u.Id == upload.Id).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        return Result<DocumentImports.Plan>.Ok(stored.Value![0]);
    }

    public async Task<IReadOnlyList<SavedMapping>> SavedAsync(CancellationToken ct = default) =>
        (await db.Mappings.AsNoTracking().Select(m => new { m.Name, m.DocumentKey, m.UpdatedAt, m.UpdatedBy }).ToListAsync(ct))
            .OrderByDescending(m => m.UpdatedAt).Select(m => new SavedMapping(m.Name, m.DocumentKey, m.UpdatedAt, m.UpdatedBy)).ToList();

    /// <summary>A saved mapping by its name, in its file form's reading (the same checks as a file given to the CLI).</summary>
    public async Task<Result<TableMapping>> MappingAsync(string name, CancellationToken ct = default)
    {
        var content = await db.Mappings.AsNoTracking().Where(m => m.Name == name).Select(m => m.Content).SingleOrDefaultAsync(ct);
        return content is null
            ? Result<TableMapping>.Fail(Error.Of(MappingFile.InvalidFile, $"Nie ma zapisanego mapowania „{name}”. Wybierz je z listy.", "mapowanie"))
            : MappingFile.Read(content, name);
    }

    /// <summary>The mapping's file form by name, for download and the CLI.</summary>
    public async Task<string?> MappingFileAsync(string name, CancellationToken ct = default) =>
        await db.Mappings.AsNoTracking().Where(m => m.Name == name).Select(m => m.Content).SingleOrDefaultAsync(ct);

    /// <summary>The table the mapping names, read by it.</summary>
    public static Result<MappedImport> Read(Upload upload, TableMapping mapping) => Read(Tables(upload), upload, mapping);

    private static Result<MappedImport> Read(Result<IReadOnlyList<SourceTable>> tables, Upload upload, TableMapping mapping)
    {
        var table = Table(tables, upload, mapping.Table);
        return table.IsSuccess ? MappedTableInterpreter.Interpret(table.Value!, mapping, upload.FileName) : Result<MappedImport>.Fail(table.Errors);
    }

    /// <summary>Saves the mapping under its name (replacing one of the same name), audited when it changed. Inside the
    /// caller's transaction when there is one: the CLI stores it with the documents it read.</summary>
    public async Task RememberAsync(TableMapping mapping, string user, CancellationToken ct = default)
    {
        var content = MappingFile.Write(mapping);
        var row = await db.Mappings.SingleOrDefaultAsync(m => m.Name == mapping.Name, ct);
        var old = row?.Content;
        if (row is null) db.Mappings.Add(row = new MappingRow { Name = mapping.Name, DocumentKey = mapping.DocumentKey, Content = content, UpdatedBy = user });
        row.DocumentKey = mapping.DocumentKey;
        row.Content = content;
        row.UpdatedAt = clock.GetUtcNow();
        row.UpdatedBy = user;
        if (old != content)
            db.Audit.Add(new AuditRow
            {
                At = clock.GetUtcNow(), User = user, Action = old is null ? "zapis mapowania" : "zmiana mapowania", Entity = "mapping", EntityKey = mapping.Name,
                OldValue = old, NewValue = content,
            });
        await db.SaveChangesAsync(ct);
    }
}
