using Kierunek.Domain.Ozps;
using Kierunek.Domain.Ozps.Synthetic;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Import.Ozps;
using Kierunek.Import.Reading;
using Kierunek.Import.Territory;
using Kierunek.TestSupport;

namespace Kierunek.Import.Tests.Ozps;

/// <summary>Large OZPS files are read a unit at a time: units are handed on to be stored while the rest of the file
/// is read, an error anywhere still fails the whole import, a unit whose lines come back after it was handed on is
/// refused with both places, and a file over its limit is refused before a line is read.</summary>
public class OzpsImportStreamTests
{
    /// <summary>Powiat lubartowski over six years: 13 gminas, some 21 000 values — more than the stream holds.</summary>
    private static IReadOnlyList<OzpsUnitData> Lubartowski() =>
        OzpsGenerator.Generate(TercFile.Register, "0608", 2014, 2019, seed: 3, OzpsTemplate.ForYear(2019));

    private static List<string> CsvLines(IReadOnlyList<OzpsUnitData> units)
    {
        using var writer = new StringWriter();
        OzpsCsvWriter.Write(units, writer);
        return writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
    }

    [Fact]
    public void The_test_file_holds_more_values_than_the_stream_keeps() =>
        Assert.True(Lubartowski().Sum(u => u.Values.Count) > OzpsImportStream.HeldValues);

    [Fact]
    public void Units_are_handed_on_before_the_file_ends_and_a_bad_last_line_still_fails_the_import()
    {
        var units = Lubartowski();
        using var csv = new TemporaryFile(".csv");
        File.WriteAllLines(csv.Path, [.. CsvLines(units), "0608011;infrastruktura;1;2019;dużo;"]);

        var stream = new OzpsImportStream([csv.Path]);
        var handedOn = stream.Units().ToList();

        Assert.NotEmpty(handedOn); // written by the caller meanwhile, and rolled back because of the error
        Assert.True(handedOn.Count < units.Count);
        var error = Assert.Single(stream.Errors);
        Assert.Equal((OzpsErrors.BadCell, File.ReadAllLines(csv.Path).Length), (error.Code, error.At.Line));
    }

    [Fact]
    public void After_an_error_no_further_unit_is_handed_on()
    {
        var lines = CsvLines(Lubartowski());
        var middle = lines.Count / 2;
        lines[middle] = string.Join(';', lines[middle].Split(';')[..4]) + ";dużo;";
        using var csv = new TemporaryFile(".csv");
        File.WriteAllLines(csv.Path, lines);

        var stream = new OzpsImportStream([csv.Path]);
        var handedOn = stream.Units().ToList();

        var lastHandedOn = handedOn.Select(u => u.Values.Max(v => v.Source!.Line!.Value)).DefaultIfEmpty(0).Max();
        Assert.True(lastHandedOn < middle, $"a unit reaching line {lastHandedOn} was handed on after the error at line {middle + 1}");
        Assert.Equal(middle + 1, Assert.Single(stream.Errors).At.Line);
    }

    [Fact]
    public void A_unit_whose_lines_come_back_after_it_was_handed_on_is_refused_with_both_places()
    {
        var lines = CsvLines(Lubartowski());
        var first = lines.FindIndex(l => l.StartsWith("0608011;", StringComparison.Ordinal));
        var moved = lines[first];
        lines.RemoveAt(first);
        lines.Add(moved);
        using var csv = new TemporaryFile(".csv");
        File.WriteAllLines(csv.Path, lines);

        var stream = new OzpsImportStream([csv.Path]);
        _ = stream.Units().ToList();

        var error = Assert.Single(stream.Errors);
        Assert.Equal((OzpsErrors.UnitSplit, lines.Count), (error.Code, error.At.Line));
        Assert.Contains("0608011", error.Message);
        Assert.Contains($"wiersze {first + 1}–", error.Message);
        Assert.Contains("20 000", error.Message.Replace('\u00A0', ' '));
        Assert.Contains("posortuj plik po kolumnie „jednostka”", error.Message);
    }

    [Fact]
    public void Lines_of_units_mixed_in_a_small_file_are_gathered_per_unit()
    {
        using var csv = new TemporaryFile(".csv");
        File.WriteAllLines(csv.Path, [
            "jednostka;tabela;wiersz;rok;wartość",
            "0608011;infrastruktura;1;2019;198",
            "0608072;infrastruktura;1;2019;12",
            "0608011;infrastruktura;2;2019;11",
            "0608072;infrastruktura;2;2019;3"]);

        var units = new OzpsImportStream([csv.Path]).Units().ToDictionary(u => u.Unit.Code);

        Assert.Equal(2, units["0608011"].Values.Count);
        Assert.Equal(2, units["0608072"].Values.Count);
    }

    [Fact]
    public void A_csv_over_its_limit_is_refused_before_a_line_is_read()
    {
        using var csv = new TemporaryFile(".csv");
        using (var file = File.OpenWrite(csv.Path)) file.SetLength(FileLimit.OzpsCsv.MaxBytes + 1); // sparse: no disk used

        var stream = new OzpsImportStream([csv.Path]);
        Assert.Empty(stream.Units());

        var error = Assert.Single(stream.Errors);
        Assert.Equal(ImportErrorCodes.FileTooLarge, error.Code);
        Assert.Contains("limit pliku CSV z danymi OZPS to 512 MB", error.Message.Replace('\u00A0', ' '));
    }

    [Fact]
    public void Progress_ends_at_the_whole_file_with_every_value_and_unit()
    {
        var units = Lubartowski();
        using var csv = new TemporaryFile(".csv");
        File.WriteAllLines(csv.Path, CsvLines(units));
        var reports = new List<OzpsImportProgress>();

        var read = new OzpsImportStream([csv.Path], progress: reports.Add).Units().Count();

        var last = reports[^1];
        Assert.Equal(units.Count, read);
        Assert.Equal((new FileInfo(csv.Path).Length, new FileInfo(csv.Path).Length, (long)units.Sum(u => u.Values.Count), units.Count),
            (last.BytesRead, last.BytesTotal, last.Values, last.Units));
    }

    [Fact]
    public void A_documents_narrative_shares_become_warnings_once_each()
    {
        var stream = new OzpsImportStream([SeedFiles.Path("003_99cff9fdc45b9ce7.txt")]);
        _ = stream.Units().ToList();

        var narrative = stream.Warnings.Where(w => w.Table == OzpsKey.Narrative).Select(w => w.Message).ToList();
        Assert.Contains(narrative, m => m.StartsWith("Opis, wiersz 679:", StringComparison.Ordinal) && m.Contains("wynik obcięty"));
        Assert.Contains(narrative, m => m.StartsWith("Opis, wiersz 1123:", StringComparison.Ordinal) && m.Contains("udział policzono od wartości roku oceny"));
        // The 851 share is the template's indicator's to report (from the tables): not a second time from the words.
        Assert.DoesNotContain(narrative, m => m.Contains("452.606"));
        Assert.Single(stream.Warnings, w => w.Message.Contains("Udział działu 851"));
    }
}
