using Kierunek.Domain.Results;
using Kierunek.Import.Reading;
using Kierunek.Import.Strategies;
using System.Text;

namespace Kierunek.Import.Tests.Strategies;

/// <summary>A seed cut anywhere — in a row, between rows, in closing text — is refused with the line where it stops,
/// never imported as a shorter document (the outside probe stored 61 of seed 000's 308 actions from a cut copy).</summary>
public class TruncationTests
{
    [Fact]
    public void Seed_000_cut_at_byte_22791_is_refused_at_its_last_line()
    {
        var bytes = File.ReadAllBytes(SeedFiles.Path(SeedFiles.Lublin))[..22791];
        Assert.EndsWith("2.1.1. Wdrażanie i rea", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);

        var e = SingleError(DocumentImporter.ImportText(SourceText.FromBytes("000.txt", bytes).Value!));

        Assert.Equal(ImportErrorCodes.TruncatedRow, e.Code);
        Assert.Equal(Encoding.UTF8.GetString(bytes).Count(c => c == '\n') + 1, e.At.Line);
        Assert.Contains("„2.1.1. Wdrażanie i rea”", e.Message);
    }

    [Fact]
    public void Seed_000_cut_between_rows_is_refused_naming_the_goal_without_its_total()
    {
        var lines = File.ReadAllLines(SeedFiles.Path(SeedFiles.Lublin));
        var e = SingleError(Import(string.Join("\n", lines.Take(300)) + "\n"));
        Assert.Equal(ImportErrorCodes.TruncatedDocument, e.Code);
        Assert.Equal(300, e.At.Line);
        Assert.Contains("cel szczegółowy 4.1", e.Message);
        Assert.Contains("razem", e.Message);
    }

    [Fact]
    public void Seed_000_cut_after_a_goal_total_is_refused_naming_the_main_goal_without_its_summary()
    {
        var lines = File.ReadAllLines(SeedFiles.Path(SeedFiles.Lublin));
        var goalTotal = Array.FindIndex(lines, l => l.StartsWith("CEL 2.2.", StringComparison.Ordinal));
        var e = SingleError(Import(string.Join("\n", lines.Take(goalTotal + 1)) + "\n"));
        Assert.Equal(ImportErrorCodes.TruncatedDocument, e.Code);
        Assert.Contains("cel główny 2", e.Message);
        Assert.Contains("PODSUMOWANIE", e.Message);
    }

    [Fact]
    public void Seed_002_cut_before_its_conclusions_is_refused_by_its_own_table_of_contents()
    {
        var lines = File.ReadAllLines(SeedFiles.Path(SeedFiles.RopsLublin));
        var conclusions = Array.FindLastIndex(lines, l => l == "Wnioski i rekomendacje");
        var e = SingleError(Import(string.Join("\n", lines.Take(conclusions - 1)) + "\n"));
        Assert.Equal(ImportErrorCodes.TruncatedDocument, e.Code);
        Assert.Contains("Spis treści zapowiada część „Wnioski i rekomendacje” (s. 22)", e.Message);
    }

    [Fact]
    public void Seed_001_cut_in_the_last_cell_of_a_row_is_refused_for_the_missing_signature()
    {
        var lines = File.ReadAllLines(SeedFiles.Path(SeedFiles.Bialystok));
        // A row whose last cell has text: cut in it, the row keeps all its cells.
        var at = Array.FindIndex(lines, l => l.Split('\t') is { Length: 8 } cells && cells[7].Length > 10);
        var e = SingleError(Import(string.Join("\n", lines.Take(at)) + "\n" + lines[at][..^5]));
        Assert.Equal(ImportErrorCodes.TruncatedDocument, e.Code);
        Assert.Contains("podpisu", e.Message);
    }

    [Fact]
    public void A_complete_seed_saved_with_a_final_line_break_still_imports() =>
        Assert.True(Import(File.ReadAllText(SeedFiles.Path(SeedFiles.Lublin)) + "\n").IsSuccess);

    public static TheoryData<string> StrategySeeds => [SeedFiles.Lublin, SeedFiles.Bialystok, SeedFiles.RopsLublin, SeedFiles.Belchatow];

    /// <summary>Ten cuts per seed at places a fixed random generator picks (the same every run), anywhere in the text.</summary>
    [Theory]
    [MemberData(nameof(StrategySeeds))]
    public void Ten_random_cuts_of_a_seed_are_all_refused_with_a_line(string seed)
    {
        var text = File.ReadAllText(SeedFiles.Path(seed));
        foreach (var at in RandomCuts(text, 10, seed))
        {
            var result = Import(text[..at]);
            Assert.False(result.IsSuccess, $"{seed} cut at character {at} (…{text[Math.Max(0, at - 30)..at]}) was imported.");
            Assert.All(result.Errors, e => Assert.True(e.At.Line is not null, $"{e.Code} without a line: {e.Message}"));
        }
    }

    /// <summary>Positions inside the text, each at least 200 characters in (before that there is no document yet).</summary>
    public static IEnumerable<int> RandomCuts(string text, int count, string name)
    {
        var random = new Random(name.Aggregate(14, (h, c) => h * 31 + c));
        return Enumerable.Range(0, count).Select(_ => random.Next(200, text.Length - 1)).ToList();
    }

    private static Result<Domain.Strategies.StrategyDocument> Import(string text) =>
        DocumentImporter.ImportText(SourceText.FromBytes("raport.txt", Encoding.UTF8.GetBytes(text)).Value!);

    private static Error SingleError<T>(Result<T> result)
    {
        Assert.False(result.IsSuccess);
        return Assert.Single(result.Errors);
    }
}
