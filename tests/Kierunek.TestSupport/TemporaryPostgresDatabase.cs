using Npgsql;
using Xunit;

namespace Kierunek.TestSupport;

/// <summary>A new, empty database kierunek_test_&lt;guid&gt; on the PostgreSQL server named by KIERUNEK_TEST_POSTGRES
/// (./test and .ci/run start one), dropped on dispose. Without a server the test is skipped, except in CI
/// (CI=true), where a missing server is a failure.</summary>
public sealed class TemporaryPostgresDatabase : ITemporaryDatabase
{
    /// <summary>The prefix of every database made here; .ci/run fails when one is left on the server.</summary>
    public const string Prefix = "kierunek_test_";

    private readonly string server;

    /// <param name="template">A database to copy (its name), e.g. one a <see cref="DatabaseTemplate"/> filled; an
    /// empty database without it. A copy is a few file copies on the server, much cheaper than filling again.</param>
    public TemporaryPostgresDatabase(string? template = null)
    {
        server = Server();
        Name = Prefix + Guid.NewGuid().ToString("N");
        Execute(template is null ? $"CREATE DATABASE {Name}" : $"CREATE DATABASE {Name} TEMPLATE {template}");
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = Name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public string Target => ConnectionString;

    public override string ToString() => Name;

    /// <summary>The connection string of the server (its maintenance database), or a skip/failure without one.</summary>
    public static string Server()
    {
        var server = Environment.GetEnvironmentVariable("KIERUNEK_TEST_POSTGRES");
        if (!string.IsNullOrEmpty(server)) return server;
        if (Environment.GetEnvironmentVariable("CI") == "true")
            throw new InvalidOperationException("KIERUNEK_TEST_POSTGRES is not set: .ci/run must start PostgreSQL.");
        Assert.Skip("PostgreSQL not available (set KIERUNEK_TEST_POSTGRES, or run ./test which starts it).");
        return null!; // not reached: Assert.Skip throws
    }

    public void Dispose()
    {
        // Idle pooled connections to the database would make DROP wait or fail; FORCE ends any still in use.
        NpgsqlConnection.ClearAllPools();
        try
        {
            Execute($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            // FORCE refuses when an autovacuum worker (not the test role's session) is in the fresh database;
            // a plain DROP stops autovacuum itself and waits for the sessions of the closed connections to end.
            Execute($"DROP DATABASE IF EXISTS {Name}");
        }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private void Execute(string sql) => Execute(server, sql);

    /// <summary>One statement on the server's maintenance database (CREATE/DROP DATABASE or ROLE).</summary>
    internal static void Execute(string server, string sql)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
