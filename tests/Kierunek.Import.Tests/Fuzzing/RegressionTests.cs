using Kierunek.Domain.Strategies.Exchange;
using Kierunek.Import.Ozps;
using Kierunek.Import.Reading;
using Kierunek.Import.Strategies;
using System.Text;

namespace Kierunek.Import.Tests.Fuzzing;

/// <summary>What the fuzzer found, fixed and kept: each input once threw or was refused without a place.</summary>
public class RegressionTests
{
    [Fact]
    public void An_operational_goal_above_the_first_strategic_goal_of_seed_004_is_a_misplaced_row()
    {
        var lines = File.ReadAllLines(SeedFiles.Path(SeedFiles.Belchatow)).ToList();
        var goal = lines.FindIndex(l => l.Contains("CEL STRATEGICZNY 1", StringComparison.Ordinal));
        var operational = lines.FindIndex(l => l.StartsWith("1.1 ", StringComparison.Ordinal));
        lines.Insert(goal, lines[operational]);
        var e = Import(string.Join("\n", lines) + "\n").Errors.First();
        Assert.Equal((ImportErrorCodes.MisplacedRow, goal + 1), (e.Code, e.At.Line!.Value));
    }

    [Fact]
    public void A_priority_area_between_a_strategic_goal_of_seed_004_and_its_title_line_is_read_without_a_crash()
    {
        // Found 2026-12-01: the goal's title, in capitals on the next line, was given to a goal the new area had closed.
        var lines = File.ReadAllLines(SeedFiles.Path(SeedFiles.Belchatow)).ToList();
        var goal = lines.FindIndex(l => l.Contains("CEL STRATEGICZNY 2", StringComparison.Ordinal));
        lines.Insert(goal + 1, "OBSZAR PRIORYTETOWY IX: WSTAWIONY");
        lines.Insert(goal + 2, "TYTUŁ WIELKIMI LITERAMI BEZ CELU");
        var result = Import(string.Join("\n", lines) + "\n");
        Assert.True(result.IsSuccess || result.Errors.All(e => e.At.Line is not null), string.Join("\n", result.Errors));
    }

    [Fact]
    public void Counts_printed_above_an_indicator_of_seed_004_in_fewer_cells_than_the_years_are_read_without_a_crash()
    {
        // Found 2026-12-01: a row of counts above its indicator (the 3.1.1 layout) cut to one year's cell was read as three.
        var lines = File.ReadAllLines(SeedFiles.Path(SeedFiles.Belchatow)).ToList();
        var indicator = lines.FindIndex(l => l.StartsWith("1.1.3 ", StringComparison.Ordinal));
        lines.Insert(indicator, "\t106");
        var result = Import(string.Join("\n", lines) + "\n");
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        var value = result.Value!.AllNodes().SelectMany(n => n.Indicators).First(i => i.Code == "1.1.3").In(2021);
        Assert.Equal("106", value?.Value.Raw);
    }

    [Fact]
    public void A_year_header_of_seed_004_that_is_not_a_year_is_refused_at_its_line()
    {
        // Found 2026-12-02 in an Excel copy: a bit flipped in a header's "2019" left a column whose values had no year.
        var lines = File.ReadAllLines(SeedFiles.Path(SeedFiles.Belchatow)).ToList();
        var header = lines.FindIndex(l => l.StartsWith("Wskaźniki monitorujące\t", StringComparison.Ordinal));
        var cells = lines[header].Split('\t');
        cells[1] = "219";
        lines[header] = string.Join('\t', cells);
        var e = Import(string.Join("\n", lines) + "\n").Errors.First();
        Assert.Equal((ImportErrorCodes.MalformedNumber, header + 1), (e.Code, e.At.Line!.Value));
        Assert.Contains("„219”", e.Message);
    }

    [Fact]
    public void A_repeated_multi_year_footnote_under_a_goal_total_of_seed_000_is_read_once_into_the_total()
    {
        // Found 2026-12-01: the second copy of the footnote row looked for the total the first copy had replaced.
        var lines = File.ReadAllLines(SeedFiles.Path(SeedFiles.Lublin)).ToList();
        var footnote = lines.FindIndex(l => l.StartsWith("(*nie ujęto kosztów działań wieloletnich)", StringComparison.Ordinal));
        lines.Insert(footnote, lines[footnote]);
        var result = Import(string.Join("\n", lines) + "\n");
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        Assert.Contains(result.Value!.PrintedTotals, t => t.Footnote?.Contains("nie ujęto kosztów działań wieloletnich", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void An_indicator_table_above_the_first_goal_of_seed_002_is_a_misplaced_row()
    {
        var lines = File.ReadAllLines(SeedFiles.Path(SeedFiles.RopsLublin)).ToList();
        var firstGoal = lines.FindIndex(l => l.StartsWith("CEL SZCZEGÓŁOWY 1.", StringComparison.Ordinal));
        lines[firstGoal] = "Cel pierwszy (nagłówek zmieniony)";
        lines.Remove("Spis treści:"); // without its contents, which would name the missing heading first
        var e = Import(string.Join("\n", lines) + "\n").Errors.First();
        Assert.Equal(ImportErrorCodes.MisplacedRow, e.Code);
        Assert.NotNull(e.At.Line);
    }

    [Fact]
    public void A_period_year_out_of_range_in_an_exchange_file_is_refused_at_its_line()
    {
        var json = DocumentJson.Write(SeedFiles.BelchatowReport);
        var at = json.IndexOf("\"fromYear\": 2021", StringComparison.Ordinal);
        var e = Assert.Single(Import(json[..at] + "\"fromYear\": 1021" + json[(at + "\"fromYear\": 2021".Length)..]).Errors);
        Assert.Equal(json.AsSpan(0, at).Count('\n') + 1, e.At.Line);
        Assert.Contains("Rok 1021 w polu „fromYear”", e.Message);
    }

    [Fact]
    public void An_exchange_file_of_another_version_is_refused_at_the_version_line() =>
        Assert.Equal(3, Assert.Single(Import(DocumentJson.Write(SeedFiles.BelchatowReport).Replace("\"version\": 1,", "\"version\": 0,")).Errors).At.Line);

    [Fact]
    public void An_empty_file_and_a_csv_with_only_its_header_are_refused_at_a_line()
    {
        Assert.Equal(1, Assert.Single(SourceText.FromBytes("pusty.txt", Encoding.UTF8.GetBytes(" \n\t\n")).Errors).At.Line);
        var e = Assert.Single(OzpsCsvReader.Read("ozps.csv", new StringReader("jednostka;tabela;wiersz;rok;wartość;komentarz\n\n")).Errors);
        Assert.Equal((OzpsErrors.BadFile, 2), (e.Code, e.At.Line!.Value));
    }

    private static Kierunek.Domain.Results.Result<Kierunek.Domain.Strategies.StrategyDocument> Import(string text) =>
        DocumentImporter.ImportText(SourceText.FromBytes("raport.txt", Encoding.UTF8.GetBytes(text)).Value!);
}
