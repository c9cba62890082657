using Microsoft.EntityFrameworkCore.Diagnostics;
using System.Data.Common;

namespace Kierunek.Data;

/// <summary>Every SQLite connection writes ahead to a log (WAL): readers of the web application are
/// not blocked by an import, and a commit does not wait for the disk twice. With WAL, "synchronous =
/// NORMAL" still keeps the file consistent after a crash; only the very last commit may be lost on power failure.</summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static SqlitePragmas Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
        command.ExecuteNonQuery();
    }
}
