using Kierunek.Cli.Backups;
using Kierunek.Cli.Strategies;
using Kierunek.Data;
using Kierunek.Data.Backups;
using Kierunek.Data.Strategies;
using Kierunek.Domain.Strategies.Exchange;
using Kierunek.Import.Tests;
using Kierunek.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Kierunek.Cli.Tests.Backups;

/// <summary>`kierunek backup` copies the whole database while it is open; `kierunek restore` puts the copy into an empty
/// database, which then exports exactly the same documents and has an intact audit chain; a database that holds data is
/// never overwritten. On SQLite and PostgreSQL (pg_dump / pg_restore).</summary>
public sealed class BackupCommandsTests : IDisposable
{
    private readonly TemporaryFolder folder = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Providers => ["sqlite", "postgres"];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_backup_restored_into_an_empty_database_exports_the_same_documents_with_an_intact_audit(string provider)
    {
        using var source = Fresh(provider);
        using var restored = Fresh(provider);
        Assert.Equal(ExitCodes.Success, await ImportCommand.RunAsync([new FileInfo(SeedFiles.Path(SeedFiles.RopsLublin)), new FileInfo(SeedFiles.Path(SeedFiles.Belchatow))], json: true, source.Target, TimeProvider.System, Ct));
        var file = Path.Combine(folder.Path, "kierunek.kopia");

        await using (var open = Database.Open(source.Target)) // the application is running: the database is open
        {
            _ = await open.Documents.CountAsync(Ct);
            Assert.Equal(ExitCodes.Success, await BackupCommands.BackupAsync(file, json: true, source.Target, Ct));
        }
        Assert.Equal(ExitCodes.Success, await BackupCommands.RestoreAsync(file, json: true, restored.Target, Ct));

        Assert.Equal(await ExportAsync(source.Target), await ExportAsync(restored.Target));
        Assert.Equal(ExitCodes.BadInput, await BackupCommands.RestoreAsync(file, json: true, source.Target, Ct)); // never over data
        var refused = Assert.Single((await DatabaseBackup.RestoreAsync(file, source.Target, Ct)).Errors);
        Assert.Equal(DatabaseBackup.TargetNotEmptyCode, refused.Code);
        Assert.DoesNotContain("Password", refused.At.File + refused.Message); // the connection string's password is never shown
        Assert.Equal(ExitCodes.BadInput, await BackupCommands.BackupAsync(file, json: true, source.Target, Ct)); // never over a file
    }

    private ITemporaryDatabase Fresh(string provider) =>
        provider == "sqlite" ? new TemporarySqliteDatabase() : new TemporaryPostgresDatabase();

    /// <summary>Every document in the exchange format, and the audit as stored (with its hashes).</summary>
    private static async Task<string> ExportAsync(string db)
    {
        await using var context = Database.Open(db);
        var store = new DocumentStore(context, TimeProvider.System);
        var documents = new List<string>();
        foreach (var key in await store.KeysAsync(Ct)) documents.Add(DocumentJson.Write((await store.LoadAsync(key, Ct))!));
        var audit = await context.Audit.AsNoTracking().OrderBy(a => a.Sequence).Select(a => a.Sequence + " " + a.Action + " " + a.EntityKey + " " + a.Hash).ToListAsync(Ct);
        return string.Join("\n", documents.Concat(audit));
    }

    public void Dispose() => folder.Dispose();
}
