using Kierunek.Cli;
using Kierunek.Cli.Strategies;
using Kierunek.TestSupport;

namespace Kierunek.Cli.Tests.Strategies;

/// <summary>0 success, 1 the command ran and found problems, 2 bad input.</summary>
/// <remarks>One database for the class, deleted after its last test.</remarks>
public class ExitCodeTests(TemporarySqliteDatabase database) : IClassFixture<TemporarySqliteDatabase>
{
    [Fact]
    public void Import_of_a_seed_succeeds() =>
        Assert.Equal(ExitCodes.Success, ImportCommand.Run(Seed("000_7a976b0a603a83d2.txt"), json: true, Db));

    [Fact]
    public void Check_that_finds_mismatches_exits_with_one() =>
        Assert.Equal(ExitCodes.ProblemsFound, CheckCommand.Run(Seed("000_7a976b0a603a83d2.txt").FullName, json: true, Db));

    [Fact]
    public void A_missing_file_is_bad_input() =>
        Assert.Equal(ExitCodes.BadInput, ImportCommand.Run(new FileInfo("/nie/ma/takiego/pliku.txt"), json: true, Db));

    [Fact]
    public void An_ozps_given_to_import_is_bad_input() =>
        Assert.Equal(ExitCodes.BadInput, ImportCommand.Run(Seed("003_99cff9fdc45b9ce7.txt"), json: true, Db));

    private string Db => database.Path;

    private static FileInfo Seed(string name) => new(Kierunek.Import.Tests.SeedFiles.Path(name));
}
