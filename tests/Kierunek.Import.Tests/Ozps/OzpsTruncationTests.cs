using Kierunek.Import.Ozps;
using Kierunek.Import.Reading;
using Kierunek.Import.Tests.Strategies;
using System.Text;

namespace Kierunek.Import.Tests.Ozps;

/// <summary>An OZPS that stops before the template's tables, rows and series are all there is refused, naming the
/// line where it ends and what is missing (the probe stored 44 values in 4 tables of a cut seed 003 instead of 762).</summary>
public class OzpsTruncationTests
{
    private static string Seed => File.ReadAllText(Directory.GetFiles(SeedFolder.Find()!, "003_*.txt").Single());

    [Fact]
    public void Ten_random_cuts_of_seed_003_are_all_refused_with_a_line()
    {
        var text = Seed;
        foreach (var at in TruncationTests.RandomCuts(text, 10, "003"))
        {
            var result = Read(text[..at]);
            Assert.False(result.IsSuccess, $"Seed 003 cut at character {at} (…{text[Math.Max(0, at - 30)..at]}) was read.");
            Assert.All(result.Errors, e => Assert.True(e.At.Line is not null, $"{e.Code} without a line: {e.Message}"));
        }
    }

    [Fact]
    public void A_cut_between_rows_names_the_last_line_and_the_missing_rows_tables_and_series()
    {
        var lines = Seed.Split('\n');
        var at = Array.FindIndex(lines, l => l.StartsWith("Liczba hospicjów\t7", StringComparison.Ordinal));
        var e = Assert.Single(Read(string.Join("\n", lines.Take(at)) + "\n").Errors);
        Assert.Equal(OzpsErrors.Truncated, e.Code);
        Assert.Equal(at, e.At.Line);
        Assert.Contains($"Dokument kończy się w wierszu {at}", e.Message);
        Assert.Contains("2 wiersze tabeli „Infrastruktura społeczna (stan na 31.XII)” (7–8)", e.Message);
        Assert.Contains("tabela „", e.Message);
    }

    [Fact]
    public void A_document_without_the_poverty_barometer_rows_is_refused()
    {
        var lines = Seed.Split('\n');
        var e = Assert.Single(Read(string.Join("\n", lines.Where(l => !l.StartsWith("Barometr ubóstwa\t", StringComparison.Ordinal)))).Errors);
        Assert.Equal(OzpsErrors.Truncated, e.Code);
        Assert.Contains("„Barometr ubóstwa”", e.Message);
    }

    [Fact]
    public void A_strategy_report_given_as_an_ozps_is_named_as_such_with_the_command_to_use()
    {
        var e = Assert.Single(OzpsDocumentReader.Read(SourceText.Load(SeedFiles.Path(SeedFiles.Bialystok)).Value!).Errors);
        Assert.Equal(OzpsErrors.NotAnAssessment, e.Code);
        Assert.Equal(40, e.At.Line);
        Assert.Contains("„kierunek import”", e.Message);
        Assert.DoesNotContain("Lubartów", e.Message); // one gmina's title is not the form
    }

    private static Kierunek.Domain.Results.Result<Kierunek.Domain.Ozps.OzpsUnitData> Read(string text) =>
        OzpsDocumentReader.Read(SourceText.FromBytes("003.txt", Encoding.UTF8.GetBytes(text)).Value!);
}
