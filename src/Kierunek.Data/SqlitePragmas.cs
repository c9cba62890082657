using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using System.Data.Common;
using System.Runtime.CompilerServices;

namespace Kierunek.Data;

/// <summary>Every SQLite connection writes ahead to a log (WAL): readers of the web application are
/// not blocked by an import, and a commit does not wait for the disk twice. With WAL, "synchronous =
/// NORMAL" still keeps the file consistent after a crash; only the very last commit may be lost on power failure.
/// A writer that finds the file locked waits in SQLite itself ("busy_timeout": it looks again after 1, 2, 5 … ms)
/// rather than in Microsoft.Data.Sqlite, which sleeps 150 ms before each new try — writes made outside
/// <c>SaveChanges</c> (an ExecuteUpdate, a bulk import) are not in the in-process writer queue of <see cref="SqliteDb"/>.</summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static SqlitePragmas Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    /// <summary>SQLite handles already set up. Microsoft.Data.Sqlite pools them, and EF Core opens the connection for every
    /// query: the settings stay with the handle, so they are set when a handle is new, not three statements per query.</summary>
    private static readonly ConditionalWeakTable<object, object> Applied = new();

    private static void Apply(DbConnection connection)
    {
        var handle = (connection as SqliteConnection)?.Handle;
        if (handle is not null && Applied.TryGetValue(handle, out _)) return;
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000;";
        command.ExecuteNonQuery();
        if (handle is not null) Applied.AddOrUpdate(handle, handle);
    }
}
