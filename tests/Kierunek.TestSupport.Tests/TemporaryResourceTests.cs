using Microsoft.Data.Sqlite;
using Npgsql;

namespace Kierunek.TestSupport.Tests;

/// <summary>Each temporary file, folder and database is gone after dispose, whatever was written into it.</summary>
public class TemporaryResourceTests
{
    [Fact]
    public void A_temporary_file_is_in_the_run_folder_with_its_extension_and_is_deleted()
    {
        var file = new TemporaryFile(".csv");
        File.WriteAllText(file.Path, "a;b\n");
        Assert.Equal(RunFolder.Path, Path.GetDirectoryName(file.Path));
        Assert.EndsWith(".csv", file.Path);

        file.Dispose();

        Assert.False(File.Exists(file.Path));
    }

    [Fact]
    public async Task A_temporary_file_never_written_disposes_quietly()
    {
        var file = new TemporaryFile();
        await file.DisposeAsync();
        Assert.False(File.Exists(file.Path));
    }

    [Fact]
    public void A_temporary_folder_is_deleted_with_everything_in_it()
    {
        var folder = new TemporaryFolder();
        Assert.True(Directory.Exists(folder.Path));
        Directory.CreateDirectory(Path.Combine(folder.Path, "a", "b"));
        File.WriteAllText(Path.Combine(folder.Path, "a", "b", "c.txt"), "c");

        folder.Dispose();

        Assert.False(Directory.Exists(folder.Path));
    }

    [Fact]
    public async Task A_sqlite_database_is_deleted_with_its_wal_and_shm_files_even_with_pooled_connections()
    {
        var database = new TemporarySqliteDatabase();
        using (var connection = new SqliteConnection($"Data Source={database.Path}"))
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL; CREATE TABLE t (x); INSERT INTO t VALUES (1);");
            Assert.True(File.Exists(database.Path + "-wal"));
        } // back to the pool, still open

        await database.DisposeAsync();

        Assert.Empty(Directory.GetFiles(RunFolder.Path, Path.GetFileName(database.Path) + "*"));
    }

    [Fact]
    public void A_postgres_database_is_dropped_even_with_a_pooled_connection()
    {
        var database = new TemporaryPostgresDatabase();
        Assert.StartsWith(TemporaryPostgresDatabase.Prefix, database.Name);
        using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            connection.Open();
            using var create = new NpgsqlCommand("CREATE TABLE t (x int)", connection);
            create.ExecuteNonQuery();
        } // back to the pool, still connected

        database.Dispose();

        using var server = new NpgsqlConnection(TemporaryPostgresDatabase.Server());
        server.Open();
        using var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", server);
        exists.Parameters.AddWithValue("name", database.Name);
        Assert.Equal(0L, exists.ExecuteScalar());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_template_is_filled_once_its_copies_are_independent_and_all_are_removed(string provider)
    {
        var fills = 0;
        var filled = "";
        var template = new DatabaseTemplate(async target =>
        {
            fills++;
            filled = target;
            await using var connection = Open(target);
            await ExecuteAsync(connection, "CREATE TABLE t (x int); INSERT INTO t VALUES (1);");
        });
        var first = await template.CopyAsync(provider);
        var second = await template.CopyAsync(provider);
        await using (var connection = Open(first.Target)) await ExecuteAsync(connection, "INSERT INTO t VALUES (2);");

        Assert.Equal(1, fills);
        Assert.Equal(2L, await CountAsync(first.Target));
        Assert.Equal(1L, await CountAsync(second.Target)); // the other copy did not see the insert

        // The names of the three databases: a SQLite file path, or a PostgreSQL database name.
        var names = new[] { filled, first.Target, second.Target }
            .Select(t => provider == "sqlite" ? t : new NpgsqlConnectionStringBuilder(t).Database!).ToList();
        first.Dispose();
        second.Dispose();
        template.Dispose();
        if (provider == "sqlite")
            Assert.DoesNotContain(Directory.GetFiles(RunFolder.Path), f => names.Any(n => f.StartsWith(n, StringComparison.Ordinal)));
        else
            Assert.Empty((await PostgresDatabasesAsync()).Intersect(names));
    }

    private static System.Data.Common.DbConnection Open(string target)
    {
        System.Data.Common.DbConnection connection = target.Contains("Host=", StringComparison.Ordinal) ? new NpgsqlConnection(target) : new SqliteConnection($"Data Source={target}");
        connection.Open();
        return connection;
    }

    private static async Task ExecuteAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> CountAsync(string target)
    {
        await using var connection = Open(target);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM t";
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private static async Task<List<string>> PostgresDatabasesAsync()
    {
        await using var server = new NpgsqlConnection(TemporaryPostgresDatabase.Server());
        await server.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT datname FROM pg_database", server);
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync()) names.Add(reader.GetString(0));
        return names;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
