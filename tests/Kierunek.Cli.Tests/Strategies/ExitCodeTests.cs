using Kierunek.Cli.Strategies;
using Kierunek.TestSupport;

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
    public async Task An_ozps_given_to_import_is_bad_input() =>
        Assert.Equal(ExitCodes.BadInput, await ImportCommand.RunAsync(Seed("003_99cff9fdc45b9ce7.txt"), json: true, Db, Clock, Ct));

    private string Db => database.Path;

    // Nothing here depends on the date; the real clock is what the command line is given too.
    private static TimeProvider Clock => TimeProvider.System;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static FileInfo Seed(string name) => new(Kierunek.Import.Tests.SeedFiles.Path(name));
}
