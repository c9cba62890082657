using Kierunek.Domain.Ozps;
using Kierunek.Import.Ozps;
using Kierunek.Import.Reading;

namespace Kierunek.Import.Tests.Ozps;

/// <summary>Seed 003 (OZPS of Gmina Miasto Lubartów, 2019), read once for all tests.</summary>
public static class Seed003
{
    public static readonly Lazy<OzpsUnitData> Data = new(() =>
    {
        var path = Directory.GetFiles(SeedFolder.Find() ?? throw new InvalidOperationException("Nie znaleziono katalogu seeds."), "003_*.txt").Single();
        var result = OzpsDocumentReader.Read(SourceText.Load(path).Value!);
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        return result.Value!;
    });

    public static OzpsValue Value(string table, string row, int year, bool forecast = false) =>
        Data.Value[new OzpsKey(table, row, year, forecast)] ?? throw new Xunit.Sdk.XunitException($"Brak wartości {table}/{row}/{year}{(forecast ? "P" : "")}.");
}
