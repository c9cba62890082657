using Kierunek.Data;
using Npgsql;

namespace Kierunek.Data.Tests;

/// <summary>The two databases every storage test runs against: a fresh SQLite file, and a fresh
/// PostgreSQL database on the server named by KIERUNEK_TEST_POSTGRES (started by ./test and .ci/run).
/// In CI a missing server is a failure, not a skip.</summary>
public static class Databases
{
    public static TheoryData<string> Providers => ["sqlite", "postgres"];

    public static string Fresh(string provider)
    {
        if (provider == "sqlite") return Path.Combine(Path.GetTempPath(), $"kierunek-test-{Guid.NewGuid():N}.db");
        var server = Environment.GetEnvironmentVariable("KIERUNEK_TEST_POSTGRES");
        if (string.IsNullOrEmpty(server))
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
                throw new InvalidOperationException("KIERUNEK_TEST_POSTGRES is not set: .ci/run must start PostgreSQL.");
            Assert.Skip("PostgreSQL not available (set KIERUNEK_TEST_POSTGRES, or run ./test which starts it).");
        }
        var name = $"kierunek_test_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            create.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }
}
