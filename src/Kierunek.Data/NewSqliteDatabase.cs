using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Kierunek.Data;

/// <summary>A new SQLite database gets its whole schema from one script: what <c>dotnet ef migrations script</c>
/// writes for every migration (Migrations/Sqlite/new-database.sql, embedded), the same statements and history rows
/// <c>Migrate()</c> would run. Migrating an empty file built each migration's target model first — 23 models, about
/// half of a first command's time (<c>./kierunek import</c>, <c>./start</c>, every test's database). A database that
/// has a migration history is migrated as before. PostgreSQL databases are created once, by the owner's
/// <c>database migrate</c>, so they keep the one path. <c>NewSqliteDatabaseTests</c> holds the script to the migrations.</summary>
internal static class NewSqliteDatabase
{
    private const string ResourceName = "Kierunek.Data.new-database.sql";

    /// <summary>Creates the schema when the database has no migration history; false when it has one (nothing done).</summary>
    public static bool CreateIfNew(KierunekDb db)
    {
        if (!db.Database.IsSqlite()) return false;
        var history = db.GetService<IHistoryRepository>();
        // Opened first, which creates a missing file: EF Core looks for the history through a read-only connection,
        // and on a missing file that throws (three exceptions, caught, a tenth of a first command).
        db.Database.OpenConnection();
        try
        {
            if (history.Exists()) return false;
            // Another process may be creating it at the same moment: EF Core's own migration lock, then a second look.
            using var migrationLock = history.AcquireDatabaseLock();
            if (history.Exists()) return false;
            using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = Script;
            command.ExecuteNonQuery();
            return true;
        }
        finally
        {
            db.Database.CloseConnection();
        }
    }

    /// <summary>The embedded script, without the byte-order mark the tool writes.</summary>
    public static string Script => script.Value;

    private static readonly Lazy<string> script = new(() =>
    {
        using var stream = typeof(NewSqliteDatabase).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Brak zasobu {ResourceName} w Kierunek.Data (scripts/compiled-models.sh).");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().TrimStart('\uFEFF');
    });
}
