using Kierunek.Domain.Ozps.Synthetic;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Import.Ozps;
using Kierunek.Import.Territory;
using Kierunek.TestSupport;

namespace Kierunek.Import.Tests.Ozps;

/// <summary>Generated data written as CSV reads back value for value and still marked synthetic.</summary>
public class OzpsCsvWriterTests
{
    [Fact]
    public void Generated_data_round_trips_through_csv_and_stays_marked_synthetic()
    {
        var template = OzpsTemplate.ForYear(2019);
        var units = OzpsGenerator.Generate(TercFile.Register, "0608", 2018, 2019, seed: 7, template);
        using var csv = new TemporaryFile(".csv");
        var path = csv.Path;
        using (var writer = new StreamWriter(path)) OzpsCsvWriter.Write(units, writer, "ziarno 7");
        Assert.StartsWith(OzpsGenerator.Marker, File.ReadLines(path).First());

        var read = OzpsImporter.Import([path]);
        Assert.True(read.IsSuccess, string.Join("\n", read.Errors.Take(3)));
        var back = read.Value!.Units.ToDictionary(u => u.Unit.Code);
        Assert.Equal(units.Count, back.Count);
        foreach (var unit in units)
        {
            Assert.True(back[unit.Unit.Code].Synthetic);
            Assert.Equal(unit.Values.Select(v => (v.Key, v.Number)), back[unit.Unit.Code].Values.Select(v => (v.Key, v.Number)));
        }
    }
}
