using Kierunek.Cli.Strategies;
using Kierunek.TestSupport;
using Microsoft.Data.Sqlite;

namespace Kierunek.Cli.Tests.Strategies;

/// <summary>0 success, 1 the command ran and found problems, 2 bad input.</summary>
/// <remarks>One database for the class, deleted after its last test.</remarks>
public class ExitCodeTests(TemporarySqliteDatabase database) : IClassFixture<TemporarySqliteDatabase>
{
    [Fact]
    public async Task Import_of_a_seed_succeeds() =>
        Assert.Equal(ExitCodes.Success, await ImportCommand.RunAsync(Seed("000_7a976b0a603a83d2.txt"), json: true, Db, Clock, Ct));

    [Fact]
    public async Task Check_that_finds_mismatches_exits_with_one() =>
        Assert.Equal(ExitCodes.ProblemsFound, await CheckCommand.RunAsync(Seed("000_7a976b0a603a83d2.txt").FullName, json: true, Db, Clock, Ct));

    [Fact]
    public async Task A_missing_file_is_bad_input() =>
        Assert.Equal(ExitCodes.BadInput, await ImportCommand.RunAsync(new FileInfo("/nie/ma/takiego/pliku.txt"), json: true, Db, Clock, Ct));

    [Fact]
    public async Task A_folder_given_for_a_file_is_bad_input_named_a_folder()
    {
        using var folder = new TemporaryFolder();
        Assert.Equal(ExitCodes.BadInput, await ImportCommand.RunAsync(new FileInfo(folder.Path), json: true, Db, Clock, Ct));
        Assert.Equal(ExitCodes.BadInput, await CheckCommand.RunAsync(folder.Path, json: true, Db, Clock, Ct));
        var error = Kierunek.Import.Reading.InputFiles.NotAFile(folder.Path + "/")!;
        Assert.Equal(Kierunek.Import.ImportErrorCodes.Folder, error.Code);
        Assert.StartsWith($"„{folder.Path}/” to folder, a nie plik. Podaj plik z tego folderu, np. „{folder.Path}/raport.txt”", error.Message);
        Assert.Equal(Kierunek.Import.ImportErrorCodes.FileNotFound, Kierunek.Import.Reading.InputFiles.NotAFile(folder.Path + "/brak.txt")!.Code);
    }

    [Fact]
    public void A_zero_byte_file_as_db_is_an_empty_database_and_a_folder_or_a_text_file_is_bad_input_named_as_such()
    {
        using var folder = new TemporaryFolder();
        var empty = Path.Combine(folder.Path, "pusta.db");
        File.WriteAllBytes(empty, []);
        Assert.Equal(0, CliProcess.Run("import", Seed("004_2b08748660f27478.txt").FullName, "--db", empty).Code);

        var text = Path.Combine(folder.Path, "notatki.db");
        File.WriteAllText(text, "to nie jest baza");
        var refused = CliProcess.Run("audit", "verify", "--json", "--db", text);
        Assert.Equal((ExitCodes.BadInput, true), (refused.Code, refused.Output.Contains("\"code\": \"cli.bad-database\"")));
        Assert.Contains("nie jest bazą SQLite", refused.Output);

        var inFolder = CliProcess.Run("audit", "verify", "--json", "--db", folder.Path);
        Assert.Equal(ExitCodes.BadInput, inFolder.Code);
        Assert.Contains("to folder, a baza SQLite jest plikiem", inFolder.Output);
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task An_ozps_given_to_import_is_bad_input() =>
        Assert.Equal(ExitCodes.BadInput, await ImportCommand.RunAsync(Seed("003_99cff9fdc45b9ce7.txt"), json: true, Db, Clock, Ct));

    private string Db => database.Path;

    // Nothing here depends on the date; the real clock is what the command line is given too.
    private static TimeProvider Clock => TimeProvider.System;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static FileInfo Seed(string name) => new(Kierunek.Import.Tests.SeedFiles.Path(name));
}
