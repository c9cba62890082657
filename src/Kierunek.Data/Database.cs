using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Kierunek.Data;

/// <summary>Opens the database the user named with --db: a PostgreSQL connection string
/// ("Host=…;Database=…") or a SQLite file path; by default the app's own data folder.</summary>
public static class Database
{
    public static string DefaultPath =>
        Environment.GetEnvironmentVariable("KIERUNEK_DATA") is { Length: > 0 } dir
            ? Path.Combine(dir, "kierunek.db")
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "kierunek", "kierunek.db");

    /// <summary>The database as a message may name it: a SQLite path, or a PostgreSQL database and server — never the
    /// connection string, which holds the password.</summary>
    public static string Describe(string db)
    {
        if (!IsPostgres(db)) return db;
        var c = new Npgsql.NpgsqlConnectionStringBuilder(db);
        return $"baza {c.Database} na {c.Host}:{c.Port}";
    }

    public static bool IsPostgres(string db) => db.Contains("Host=", StringComparison.OrdinalIgnoreCase) && db.Contains('=');

    /// <summary>Opens the database and brings its schema up to date (migrations), creating a SQLite file if needed.</summary>
    public static KierunekDb Open(string? db)
    {
        var target = string.IsNullOrWhiteSpace(db) ? DefaultPath : db;
        if (!IsPostgres(target)) PrepareSqliteFile(target);
        KierunekDb context = IsPostgres(target)
            ? new PostgresDb(Use(new DbContextOptionsBuilder<PostgresDb>(), target).Options)
            : new SqliteDb(Use(new DbContextOptionsBuilder<SqliteDb>(), target).Options);
        Migrate(context);
        return context;
    }

    /// <summary>Applies the migrations not yet applied, and only then: the application's own PostgreSQL account may
    /// read the schema but not change it (<see cref="Installation.ApplicationRole"/>), so an up-to-date database must
    /// open without a single DDL statement. A pending migration under such an account is refused with what to run.</summary>
    public static void Migrate(KierunekDb db)
    {
        if (NewSqliteDatabase.CreateIfNew(db) || !db.Database.GetPendingMigrations().Any()) return;
        try
        {
            db.Database.Migrate();
        }
        catch (Exception e) when (NotAllowed(e))
        {
            throw MigrationNotAllowed(db, e);
        }
    }

    public static async Task MigrateAsync(KierunekDb db, CancellationToken ct = default)
    {
        if (NewSqliteDatabase.CreateIfNew(db) || !(await db.Database.GetPendingMigrationsAsync(ct)).Any()) return;
        try
        {
            await db.Database.MigrateAsync(ct);
        }
        catch (Exception e) when (NotAllowed(e))
        {
            throw MigrationNotAllowed(db, e);
        }
    }

    private static bool NotAllowed(Exception e) =>
        (e as Npgsql.PostgresException ?? e.InnerException as Npgsql.PostgresException)?.SqlState == Npgsql.PostgresErrorCodes.InsufficientPrivilege;

    private static UnusableDatabaseException MigrationNotAllowed(KierunekDb db, Exception e) => new(
        $"Schemat bazy ({Describe(db.Database.GetConnectionString() ?? "")}) wymaga aktualizacji ({db.Database.GetPendingMigrations().Count()} migracji), " +
        $"a konto „{new Npgsql.NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()).Username}” nie może zmieniać schematu (tak ma być dla konta aplikacji; {e.Message}). " +
        "Zaktualizuj bazę kontem właściciela: ./kierunek database migrate --db \"Host=…;Username=<właściciel>;…\", potem ./kierunek database grant <konto aplikacji> tym samym kontem.");

    /// <summary>A SQLite --db that can be opened: a folder or a file of another kind is refused with what to give instead;
    /// an empty (0-byte) file is an empty database, which SQLite starts by writing its header (EF Core's first
    /// connection to such a file is read-only and failed with "readonly database").</summary>
    private static void PrepareSqliteFile(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
            throw new UnusableDatabaseException($"„{path}” to folder, a baza SQLite jest plikiem; podaj ścieżkę pliku, np. {Path.Combine(path, "kierunek.db")}.");
        if (!File.Exists(full)) return;
        var header = new byte[16];
        int read;
        using (var file = File.OpenRead(full)) read = file.Read(header, 0, header.Length);
        if (read == 0)
        {
            using var connection = new SqliteConnection($"Data Source={full};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = WAL";
            command.ExecuteNonQuery();
            return;
        }
        if (read < header.Length || System.Text.Encoding.ASCII.GetString(header) != "SQLite format 3\0")
            throw new UnusableDatabaseException($"Plik „{path}” nie jest bazą SQLite, więc nie może być bazą Kierunku. Podaj plik bazy albo nową nazwę pliku — zostanie utworzony.");
    }

    /// <summary>Points the options at the database: PostgreSQL by connection string, or a SQLite file
    /// (its folder created, WAL mode on).</summary>
    public static T Use<T>(T options, string db) where T : DbContextOptionsBuilder
    {
        if (IsPostgres(db))
        {
            options.UseNpgsql(db);
            return options;
        }
        var full = Path.GetFullPath(db);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        options.UseSqlite($"Data Source={full}").AddInterceptors(SqlitePragmas.Instance);
        return options;
    }
}

/// <summary>Used only by "dotnet ef migrations add" to build each provider's model.</summary>
public sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteDb>
{
    public SqliteDb CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<SqliteDb>().UseSqlite("Data Source=design.db").Options);
}

public sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresDb>
{
    public PostgresDb CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<PostgresDb>().UseNpgsql("Host=localhost;Database=design").Options);
}

/// <summary>The database named by --db (or the configuration) cannot be opened as one: a folder, a file of another
/// kind. Thrown by <see cref="Database.Open"/>; the command line reports its message as bad input.</summary>
public sealed class UnusableDatabaseException(string message) : Exception(message);
