using Kierunek.Import.Tests;
using Kierunek.TestSupport;
using Microsoft.Data.Sqlite;

namespace Kierunek.Cli.Tests.Audit;

/// <summary>`kierunek audit verify` says the audit is intact (exit 0), and after a row is changed in the file past the
/// triggers names that row (exit 1), as a person would run it.</summary>
public sealed class AuditCommandTests : IDisposable
{
    private readonly TemporarySqliteDatabase database = new();

    [Fact]
    public void Verify_says_intact_then_names_the_row_changed_in_the_file()
    {
        Assert.Equal(0, CliProcess.Run("import", SeedFiles.Path(SeedFiles.RopsLublin), SeedFiles.Path(SeedFiles.Belchatow), "--db", database.Path).Code);

        var intact = CliProcess.Run("audit", "verify", "--db", database.Path);
        Assert.Equal((0, "Dziennik zmian jest nienaruszony: sprawdzono 2 wpisy."), (intact.Code, intact.Output.Trim()));

        using (var connection = new SqliteConnection($"Data Source={database.Path};Pooling=False"))
        {
            connection.Open();
            using var forge = connection.CreateCommand();
            forge.CommandText = "DROP TRIGGER audit_no_update; UPDATE audit SET \"NewValue\" = 'nic' WHERE \"Sequence\" = 2;";
            forge.ExecuteNonQuery();
        }

        var broken = CliProcess.Run("audit", "verify", "--db", database.Path);
        Assert.Equal(1, broken.Code);
        Assert.StartsWith("Dziennik zmian NARUSZONY przy wpisie nr 2", broken.Output);
        Assert.Contains("Wpisy łańcucha przed nim (1) są nienaruszone.", broken.Output);
    }

    public void Dispose() => database.Dispose();
}
