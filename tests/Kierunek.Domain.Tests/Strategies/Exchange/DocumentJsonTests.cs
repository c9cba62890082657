using Kierunek.Domain.Strategies;
using Kierunek.Domain.Strategies.Exchange;

namespace Kierunek.Domain.Tests.Strategies.Exchange;

using Kierunek.Import.Tests;

/// <summary>The exchange format: import(export(x)) equals x for every seed, and a damaged file is refused.</summary>
public class DocumentJsonTests
{
    public static TheoryData<string> Seeds => [SeedFiles.Lublin, SeedFiles.Bialystok, SeedFiles.RopsLublin, SeedFiles.Belchatow];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Reading_the_export_back_gives_the_same_document(string seed)
    {
        var original = SeedFiles.Import(seed);
        var json = DocumentJson.Write(original);
        var back = DocumentJson.Read(json, "x.json");
        Assert.True(back.IsSuccess, string.Join("\n", back.Errors));
        Assert.Equal(json, DocumentJson.Write(back.Value!));
        Assert.Equal(original.AllIndicators().Count(), back.Value!.AllIndicators().Count());
        Assert.Equal(DocumentSummary.Of(original), DocumentSummary.Of(back.Value!), SummaryComparer.Instance);
    }

    [Fact]
    public void Raw_text_and_reading_both_travel()
    {
        var json = DocumentJson.Write(SeedFiles.BelchatowReport);
        Assert.Contains("\"raw\": \"ok. 3.700\"", json);
        Assert.Contains("\"kind\": \"Approximate\"", json);
        Assert.Contains("\"format\": \"kierunek-dokument\"", json);
    }

    [Fact]
    public void A_file_of_another_format_is_refused_with_its_reason()
    {
        var result = DocumentJson.Read("{\"format\": \"inny\", \"version\": 1, \"document\": null}", "obcy.json");
        Assert.False(result.IsSuccess);
        Assert.Equal(DocumentJson.InvalidFile, result.Errors.Single().Code);
        Assert.Contains("kierunek-dokument", result.Errors.Single().Message);
    }

    [Fact]
    public void Broken_json_names_the_line()
    {
        var result = DocumentJson.Read("{\n\"format\": \"kierunek-dokument\",\n\"version\": 1,\n\"document\": {\"key\": 5 }\n}", "zly.json");
        Assert.False(result.IsSuccess);
        Assert.Equal(4, result.Errors.Single().At.Line);
    }

    [Fact]
    public void An_unknown_field_is_an_error_not_silently_dropped()
    {
        var json = DocumentJson.Write(SeedFiles.RopsReport).Replace("\"layout\":", "\"nieznane\": 1, \"layout\":");
        var result = DocumentJson.Read(json, "x.json");
        Assert.False(result.IsSuccess);
        Assert.Contains("nieznane", result.Errors.Single().Message);
    }

    private sealed class SummaryComparer : IEqualityComparer<DocumentSummary>
    {
        public static readonly SummaryComparer Instance = new();
        public bool Equals(DocumentSummary? a, DocumentSummary? b) =>
            a is not null && b is not null && a.Key == b.Key && a.Indicators == b.Indicators && a.Measures == b.Measures
            && a.NodesPerLevel.OrderBy(k => k.Key).SequenceEqual(b.NodesPerLevel.OrderBy(k => k.Key))
            && a.ValuesByKind.OrderBy(k => k.Key).SequenceEqual(b.ValuesByKind.OrderBy(k => k.Key))
            && a.Mismatches == b.Mismatches && a.PrintedTotals == b.PrintedTotals;
        public int GetHashCode(DocumentSummary s) => s.Key.GetHashCode();
    }
}
