using Microsoft.Data.Sqlite;

namespace Kierunek.TestSupport;

/// <summary>A path for a SQLite database file (the application creates it); on dispose the file and the
/// files SQLite keeps beside it (-wal, -shm, -journal) are deleted.</summary>
public sealed class TemporarySqliteDatabase : ITemporaryDatabase
{
    public string Path { get; } = RunFolder.NewPath(".db");

    public string Target => Path;

    public override string ToString() => Path;

    public void Dispose()
    {
        // Pooled connections keep the files open (on Windows, undeletable) and the last one to close
        // is what folds the -wal file back: let them go before deleting.
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm", Path + "-journal" }) File.Delete(file);
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
