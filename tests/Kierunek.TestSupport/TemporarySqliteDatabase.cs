using Microsoft.Data.Sqlite;

namespace Kierunek.TestSupport;

/// <summary>A path for a SQLite database file (the application creates it); on dispose the file and the
/// files SQLite keeps beside it (-wal, -shm, -journal) are deleted.</summary>
public sealed class TemporarySqliteDatabase : ITemporaryDatabase
{
    public string Path { get; } = RunFolder.NewPath(".db");

    public string Target => Path;

    public override string ToString() => Path;

    /// <summary>A new temporary database with the contents of this one, which must be sealed (see <see cref="Seal"/>).</summary>
    public TemporarySqliteDatabase Copy()
    {
        var copy = new TemporarySqliteDatabase();
        File.Copy(Path, copy.Path);
        return copy;
    }

    /// <summary>Makes the file alone the whole database, so that copying the file copies the database: the
    /// application opens SQLite in WAL mode, where the last writes may still be in the -wal file beside it.</summary>
    /// <exception cref="InvalidOperationException">The log could not be folded in (a connection is still open).</exception>
    public void Seal()
    {
        // The checkpoint needs the only connection, hence the pools cleared first; closing the last connection
        // removes the log.
        SqliteConnection.ClearAllPools();
        using (var connection = new SqliteConnection($"Data Source={Path};Pooling=False"))
        {
            connection.Open();
            using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            checkpoint.ExecuteNonQuery();
        }
        var log = new FileInfo(Path + "-wal");
        if (log.Exists && log.Length > 0)
            throw new InvalidOperationException($"The database still has a write-ahead log: {log.FullName}");
    }

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
