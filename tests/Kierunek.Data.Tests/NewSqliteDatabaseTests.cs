using Kierunek.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Kierunek.Data.Tests;

/// <summary>A new SQLite database is created by one embedded script (Migrations/Sqlite/new-database.sql) instead of
/// migration by migration; it must be the database the migrations make.</summary>
public sealed class NewSqliteDatabaseTests
{
    [Fact]
    public void The_embedded_script_is_what_the_migrations_generate()
    {
        using var file = new TemporarySqliteDatabase();
        using var db = new SqliteDb(Database.Use(new DbContextOptionsBuilder<SqliteDb>(), file.Path).Options);
        var generated = db.GetService<IMigrator>().GenerateScript();
        Assert.True(Normalized(generated) == Normalized(EmbeddedScript()),
            "Migrations/Sqlite/new-database.sql nie odpowiada migracjom: uruchom scripts/compiled-models.sh.");
    }

    [Fact]
    public void A_database_created_by_the_script_is_the_one_the_migrations_create()
    {
        using var scripted = new TemporarySqliteDatabase();
        using var migrated = new TemporarySqliteDatabase();
        using (var db = Database.Open(scripted.Path))
            Assert.Empty(db.Database.GetPendingMigrations());
        using (var db = new SqliteDb(Database.Use(new DbContextOptionsBuilder<SqliteDb>(), migrated.Path).Options))
            db.Database.Migrate(); // EF Core's own path, migration by migration

        Assert.Equal(Schema(migrated.Path), Schema(scripted.Path));
        Assert.Equal(History(migrated.Path), History(scripted.Path));
        Assert.True(Schema(scripted.Path).Count > 40); // every table, index and the audit's triggers
    }

    [Fact]
    public void A_database_with_a_history_is_migrated_not_scripted_again()
    {
        using var file = new TemporarySqliteDatabase();
        using (var db = Database.Open(file.Path))
            db.Database.ExecuteSqlRaw("INSERT INTO audit (\"At\", \"User\", \"Action\", \"Entity\", \"EntityKey\") VALUES ('2026-12-02', 'test', 'import', 'document', 'x')");
        using (var db = Database.Open(file.Path))
            Assert.Equal(1, db.Audit.Count());
    }

    private static string EmbeddedScript()
    {
        using var stream = typeof(Database).Assembly.GetManifestResourceStream("Kierunek.Data.new-database.sql")!;
        return new StreamReader(stream).ReadToEnd();
    }

    private static string Normalized(string script) => script.TrimStart('\uFEFF').Replace("\r\n", "\n").Trim();

    private static List<string> Schema(string path) => Rows(path, "SELECT type || ' ' || name || ': ' || COALESCE(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name");

    private static List<string> History(string path) => Rows(path, "SELECT \"MigrationId\" || ' ' || \"ProductVersion\" FROM \"__EFMigrationsHistory\" ORDER BY 1");

    private static List<string> Rows(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add(reader.GetString(0));
        return rows;
    }
}
