using Kierunek.Domain.Strategies;
using Kierunek.Domain.Strategies.Exchange;
using Kierunek.Domain.Strategies.Versions;
using Kierunek.Domain.Values;
using Kierunek.Import.Tests;

namespace Kierunek.Domain.Tests.Strategies.Versions;

/// <summary>A new version compared with the stored one: what is added, removed and changed, and where every item and
/// indicator of the old version stands in the new one (monitoring follows them there).</summary>
public class DocumentChangesTests
{
    private static StrategyDocument Copy(StrategyDocument d) => DocumentJson.Read(DocumentJson.Write(d), d.Key).Value!;

    [Fact]
    public void The_same_document_changes_nothing_and_every_item_keeps_its_place()
    {
        var changes = DocumentChanges.Between(SeedFiles.LublinReport, Copy(SeedFiles.LublinReport));
        Assert.True(changes.IsEmpty);
        Assert.Equal("bez zmian", changes.Summary());
        var count = SeedFiles.LublinReport.AllNodes().Count();
        Assert.Equal(count, changes.NodePositions.Count);
        Assert.All(changes.NodePositions, p => Assert.Equal(p.Key, p.Value));
    }

    [Fact]
    public void A_removed_action_shrinks_the_document_and_the_items_after_it_move_up_one_place()
    {
        var old = SeedFiles.LublinReport;
        var nodes = old.AllNodes().ToList();
        var removed = nodes.FindIndex(n => n.Kind == NodeKind.Measure && n.Indicators.Count == 1 && n.Children.Count == 0);
        var @new = Copy(old);
        var target = @new.AllNodes().ElementAt(removed);
        @new.AllNodes().Single(n => n.Children.Contains(target)).Children.Remove(target);

        var changes = DocumentChanges.Between(old, @new);

        Assert.True(changes.Shrinks);
        Assert.Single(changes.RemovedNodes);
        Assert.Single(changes.RemovedIndicators);
        Assert.False(changes.NodePositions.ContainsKey(removed));
        Assert.Equal(removed, changes.NodePositions[removed + 1]);
        Assert.Equal(nodes.Count - 2, changes.NodePositions[nodes.Count - 1]);
        Assert.StartsWith($"usunięto 1 pozycję, 1 wskaźnik i {PolishValues(nodes[removed].Indicators[0].Values.Count)}", changes.Summary());
    }

    [Fact]
    public void A_changed_cell_and_an_added_indicator_are_named_and_do_not_shrink()
    {
        var old = SeedFiles.LublinReport;
        var @new = Copy(old);
        var measure = @new.AllNodes().First(n => n.Indicators.Count == 1 && n.Indicators[0].Values.Count == 1);
        var value = measure.Indicators[0].Values[0];
        measure.Indicators[0].Values[0] = value with { Value = new RecordedValue("3 712", ValueReader.Read("3 712").Reading!) };
        measure.Indicators.Add(new Indicator { Name = "liczba nowych miejsc" });

        var changes = DocumentChanges.Between(old, @new);

        Assert.False(changes.Shrinks);
        Assert.Contains($"→ „3 712”", Assert.Single(changes.ChangedValues));
        Assert.Contains("„liczba nowych miejsc”", Assert.Single(changes.AddedIndicators));
        Assert.Equal("dodano 1 wskaźnik; zmieniono 1 wartość", changes.Summary());
    }

    private static string PolishValues(int n) => Kierunek.Domain.Language.PolishPlural.Of(n, "wartość", "wartości", "wartości");
}
