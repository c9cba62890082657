using Kierunek.TestSupport;

namespace Kierunek.Cli.Tests.Installation;

/// <summary>kierunek database migrate and grant, as the owner of a PostgreSQL database runs them at install: the
/// schema brought up to date, the application's account granted; on SQLite, which has no accounts, a grant says so.</summary>
public class DatabaseCommandTests
{
    [Fact]
    public void The_owner_migrates_then_grants_the_application_account()
    {
        using var role = new TemporaryPostgresRole(); // dropped after the database that holds its grants
        using var database = new TemporaryPostgresDatabase();

        var migrated = CliProcess.Run("database", "migrate", "--db", database.Target);
        var granted = CliProcess.Run("database", "grant", role.Name, "--db", database.Target);

        Assert.Equal(0, migrated.Code);
        Assert.Contains("Schemat bazy jest aktualny", migrated.Output);
        Assert.DoesNotContain("Password", migrated.Output);
        Assert.Equal(0, granted.Code);
        Assert.Contains($"Konto „{role.Name}”", granted.Output);
        Assert.Contains("tylko odczyt i dopisywanie, bez UPDATE, DELETE i TRUNCATE", granted.Output);
        Npgsql.NpgsqlConnection.ClearAllPools();
    }

    [Fact]
    public void A_grant_on_a_sqlite_file_is_refused_with_what_protects_it_instead()
    {
        using var database = new TemporarySqliteDatabase();

        var run = CliProcess.Run("database", "grant", "kierunek_app", "--db", database.Path);

        Assert.Equal(ExitCodes.BadInput, run.Code);
        Assert.Contains("Konta bazy są tylko w PostgreSQL", run.Errors);
    }
}
