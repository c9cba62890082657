using Kierunek.Domain.Results;
using Kierunek.Import.Strategies;
using Kierunek.TestSupport;
using System.Text;

namespace Kierunek.Import.Tests.Strategies;

/// <summary>Bad input gets a specific error naming the file (and line and column where there is one) and no document.</summary>
public class MalformedInputTests
{
    [Fact]
    public void An_empty_file_is_refused()
    {
        var e = SingleError(Import(""));
        Assert.Equal(ImportErrorCodes.EmptyFile, e.Code);
        Assert.Equal("raport.txt", e.At.File);
    }

    [Fact]
    public void Binary_garbage_is_refused_with_the_place_of_the_first_zero_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("Zadania\tRealizowane działania\n").Concat(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0xFF }).ToArray();
        var e = SingleError(DocumentImporterFor(bytes));
        Assert.Equal(ImportErrorCodes.NotText, e.Code);
        Assert.Equal(2, e.At.Line);
    }

    [Fact]
    public void Text_that_is_not_utf8_is_refused() =>
        Assert.Equal(ImportErrorCodes.NotText, SingleError(DocumentImporterFor([0x5A, 0x61, 0xBF, 0xF3, 0xB3, 0x0A])).Code);

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_reading()
    {
        using var file = new TemporaryFile(".txt");
        using (var f = File.OpenWrite(file.Path)) f.SetLength(50L * 1024 * 1024);
        var e = SingleError(DocumentImporter.ImportFile(file.Path));
        Assert.Equal(ImportErrorCodes.FileTooLarge, e.Code);
        Assert.Contains("50 MB", e.Message);
    }

    [Fact]
    public void A_seed_cut_in_the_middle_of_a_row_is_refused_at_its_last_line()
    {
        var lines = File.ReadAllLines(SeedFiles.Path(SeedFiles.Lublin));
        var cut = string.Join("\n", lines.Take(299)) + "\n" + string.Join('\t', lines[299].Split('\t').Take(4));
        var e = SingleError(Import(cut));
        Assert.Equal(ImportErrorCodes.TruncatedRow, e.Code);
        Assert.Equal(300, e.At.Line);
        Assert.Contains("4 z 10", e.Message);
    }

    [Fact]
    public void A_row_cut_inside_an_html_cell_is_refused()
    {
        var lines = File.ReadAllLines(SeedFiles.Path(SeedFiles.Lublin));
        var row = lines[68];
        var cut = string.Join("\n", lines.Take(68)) + "\n" + row[..(row.IndexOf("<p>2020", StringComparison.Ordinal) + 5)];
        var e = SingleError(Import(cut));
        Assert.Equal(ImportErrorCodes.TruncatedRow, e.Code);
        Assert.Contains("niezamknięty znacznik", e.Message);
    }


    [Fact]
    public void A_priority_before_any_goal_is_a_misplaced_row_named_by_its_line()
    {
        // Found by the fuzzer (Fuzzing/FuzzTests): rows swapped put a priority above the first goal and crashed the import.
        var lines = File.ReadAllLines(SeedFiles.Path(SeedFiles.Bialystok)).ToList();
        var goal = lines.FindIndex(l => l.StartsWith("Cel strategiczny A", StringComparison.Ordinal));
        var priority = lines.FindIndex(l => l.StartsWith("Priorytet A.1.", StringComparison.Ordinal));
        (lines[goal], lines[priority]) = (lines[priority], lines[goal]);
        var e = Import(string.Join("\n", lines) + "\n").Errors.First();
        Assert.Equal(ImportErrorCodes.MisplacedRow, e.Code);
        Assert.Equal(goal + 1, e.At.Line);
        Assert.StartsWith("Priorytet A.1 stoi przed pierwszym celem strategicznym", e.Message);
    }

    [Fact]
    public void An_unknown_layout_is_named_as_such() =>
        Assert.Equal(ImportErrorCodes.UnknownLayout, SingleError(Import("Imię\tNazwisko\tWiek\nJan\tKowalski\t40\n")).Code);

    [Fact]
    public void A_two_column_table_of_no_known_layout_is_an_unknown_layout_not_a_missing_table() =>
        Assert.Equal(ImportErrorCodes.UnknownLayout, SingleError(Import("Zadania\tRealizowane\n1.1.1\t12,3,4\n")).Code);

    [Fact]
    public void Prose_without_any_table_is_refused() =>
        Assert.Equal(ImportErrorCodes.NoTableRows, SingleError(Import("To jest zwykły tekst.\nBez tabeli.\n")).Code);

    [Fact]
    public void An_ozps_is_sent_to_its_own_importer() =>
        Assert.Equal(ImportErrorCodes.OzpsDocument, SingleError(DocumentImporter.ImportFile(SeedFiles.Path(SeedFiles.Lubartow))).Code);

    [Fact]
    public void A_malformed_number_in_a_cost_cell_names_line_and_column()
    {
        var text = Header + "1.1.1. Zadanie\tDziałanie\tWydział\tMOPR\t2020 r.\t12,3,4\t0,00\t0,00\t0,00\tliczba osób\t5\tzrealizowano\n";
        var e = SingleError(Import(text));
        Assert.Equal(ImportErrorCodes.MalformedNumber, e.Code);
        Assert.Equal(5, e.At.Line);
        Assert.Equal("Koszt działania", e.At.Column);
        Assert.Contains("12,3,4", e.Message);
    }

    [Fact]
    public void Every_malformed_cell_is_reported_not_just_the_first()
    {
        var text = Header
            + "1.1.1. Zadanie\tDziałanie\tWydział\tMOPR\t2020 r.\t12,3,4\t0,00\t0,00\t0,00\tliczba osób\t5\tzrealizowano\n"
            + "\tDrugie\t\t\t2020 r.\t1 000,00\t0,00\t1.2.3,4\t0,00\tliczba osób\t7\tzrealizowano\n";
        var result = Import(text);
        Assert.False(result.IsSuccess);
        Assert.Null(result.Value);
        Assert.Equal([5, 6], result.Errors.Select(e => e.At.Line));
    }

    private const string Header =
        "1.CEL GŁÓWNY\t\tTYTUŁ\n1.1. Cel szczegółowy\t\tTytuł celu\n"
        + "Zadania\tRealizowane działania\tKoordynator\tRealizatorzy\tTermin realizacji\tKoszt działania\tŹródła finansowania\t\t\tWskaźniki realizacji zadania\t\tUwagi\n"
        + "\t\t\t\t\t\tpaństwo\tgmina\tinne\tNazwa wskaźnika\tLiczba\t\n";

    private static Result<Domain.Strategies.StrategyDocument> Import(string text) => DocumentImporterFor(Encoding.UTF8.GetBytes(text));

    private static Result<Domain.Strategies.StrategyDocument> DocumentImporterFor(byte[] bytes)
    {
        var source = Kierunek.Import.Reading.SourceText.FromBytes("raport.txt", bytes);
        return source.IsSuccess ? DocumentImporter.ImportText(source.Value!) : Result<Domain.Strategies.StrategyDocument>.Fail(source.Errors);
    }

    private static Error SingleError<T>(Result<T> result)
    {
        Assert.False(result.IsSuccess);
        return Assert.Single(result.Errors);
    }
}
