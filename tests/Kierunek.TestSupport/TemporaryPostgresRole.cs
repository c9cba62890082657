using Npgsql;

namespace Kierunek.TestSupport;

/// <summary>A login role kierunek_test_role_&lt;guid&gt; on the tests' PostgreSQL server, as an operator makes the
/// application's account with createuser; dropped on dispose, which must come after the databases it was granted in
/// are gone (create it first: `using` disposes in reverse). The test role may create roles (scripts/postgres-for-tests.sh).</summary>
public sealed class TemporaryPostgresRole : IDisposable
{
    public const string Prefix = "kierunek_test_role_";

    private readonly string server = TemporaryPostgresDatabase.Server();

    public TemporaryPostgresRole()
    {
        Name = Prefix + Guid.NewGuid().ToString("N");
        Password = Guid.NewGuid().ToString("N");
        Execute($"CREATE ROLE {Name} LOGIN PASSWORD '{Password}'");
    }

    public string Name { get; }

    public string Password { get; }

    /// <summary>How the application would connect as this role to <paramref name="database"/>.</summary>
    public string ConnectionTo(string database) =>
        new NpgsqlConnectionStringBuilder(server) { Database = database, Username = Name, Password = Password, Pooling = false }.ConnectionString;

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP ROLE IF EXISTS {Name}");
    }

    private void Execute(string sql) => TemporaryPostgresDatabase.Execute(server, sql);
}
