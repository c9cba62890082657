using Kierunek.Domain.Strategies;
using Kierunek.Domain.Strategies.Exchange;
using Kierunek.Domain.Values;
using System.Collections;
using System.Reflection;

namespace Kierunek.Domain.Tests.Strategies;

using Kierunek.Import.Tests;

/// <summary>A document's copy (what a report of a monitored year changes) is the same document and shares nothing that
/// can change: every property of the document, its nodes and indicators carried over, every list its own.</summary>
public class StrategyDocumentCopyTests
{
    public static TheoryData<string> Seeds => [SeedFiles.Lublin, SeedFiles.Bialystok, SeedFiles.RopsLublin, SeedFiles.Belchatow];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_copy_writes_the_same_exchange_file(string seed)
    {
        var original = SeedFiles.Import(seed);
        original.StoredVersion = 3;
        var copy = original.Copy();
        Assert.Equal(DocumentJson.Write(original), DocumentJson.Write(copy));
        Assert.Equal(3, copy.StoredVersion);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_copy_shares_no_document_node_indicator_or_list(string seed)
    {
        var original = SeedFiles.Import(seed);
        original.AllNodes().First().Archived = true; // a property the exchange file leaves out when false
        AssertOwnCopy(original, original.Copy(), "dokument");
    }

    [Fact]
    public void Changing_the_copy_leaves_the_original_as_it_was()
    {
        var original = SeedFiles.Import(SeedFiles.Lublin);
        var before = DocumentJson.Write(original);
        var copy = original.Copy();
        foreach (var node in copy.AllNodes())
        {
            node.Costs.Clear();
            node.Notes.Add("nie przekazano");
            node.Status = MeasureStatus.Unknown;
            foreach (var indicator in node.Indicators) indicator.Values.Add(new IndicatorValue(new ReportingPeriod(2030), new RecordedValue("1", ValueReader.Read("1").Reading!)));
        }
        copy.PrintedTotals.Clear();
        copy.ReportedYears.Add(2030);
        Assert.Equal(before, DocumentJson.Write(original));
    }

    /// <summary>Walks both objects alike: a class of the strategy model must be another instance with equal properties,
    /// a list another list with the same items; anything else (records, texts, numbers) equal.</summary>
    private static void AssertOwnCopy(object original, object copy, string path)
    {
        var type = original.GetType();
        if (type == typeof(StrategyDocument) || type == typeof(StrategyNode) || type == typeof(Indicator))
        {
            Assert.False(ReferenceEquals(original, copy), $"{path}: wspólny obiekt");
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
                AssertOwnCopy(property.GetValue(original) ?? "(null)", property.GetValue(copy) ?? "(null)", $"{path}.{property.Name}");
        }
        else if (original is IList list)
        {
            Assert.False(ReferenceEquals(original, copy), $"{path}: wspólna lista");
            var other = (IList)copy;
            Assert.Equal(list.Count, other.Count);
            for (var i = 0; i < list.Count; i++) AssertOwnCopy(list[i]!, other[i]!, $"{path}[{i}]");
        }
        else Assert.True(Equals(original, copy), $"{path}: {original} ≠ {copy}");
    }
}
