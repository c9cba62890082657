using Kierunek.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Kierunek.Data.Tests;

/// <summary>Every SQLite connection the application gets — new, or taken again from the pool, where the settings are
/// not applied a second time — writes ahead to a log and waits for a locked file instead of failing.</summary>
public sealed class SqlitePragmasTests
{
    [Fact]
    public void A_connection_taken_again_from_the_pool_keeps_its_settings()
    {
        using var file = new TemporarySqliteDatabase();
        object? first = null;
        for (var round = 0; round < 3; round++)
        {
            using var db = Database.Open(file.Path);
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            db.Database.OpenConnection();
            // The same SQLite handle each time: the pool gave it back, and the settings were not applied again.
            first ??= connection.Handle;
            Assert.Same(first, connection.Handle);
            Assert.Equal(("wal", 30000L, 1L), (Pragma<string>(connection, "journal_mode"), Pragma<long>(connection, "busy_timeout"), Pragma<long>(connection, "synchronous")));
            db.Database.CloseConnection();
        }
    }

    private static T Pragma<T>(System.Data.Common.DbConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
