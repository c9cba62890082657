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

    public static bool IsPostgres(string db) => db.Contains("Host=", StringComparison.OrdinalIgnoreCase) && db.Contains('=');

    /// <summary>Opens the database and brings its schema up to date (migrations), creating a SQLite file if needed.</summary>
    public static KierunekDb Open(string? db)
    {
        var target = string.IsNullOrWhiteSpace(db) ? DefaultPath : db;
        KierunekDb context = IsPostgres(target)
            ? new PostgresDb(Use(new DbContextOptionsBuilder<PostgresDb>(), target).Options)
            : new SqliteDb(Use(new DbContextOptionsBuilder<SqliteDb>(), target).Options);
        context.Database.Migrate();
        return context;
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
