using Kierunek.Domain.Institutions;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Strategies.Editing;
using Kierunek.Domain.Strategies.Exchange;
using Kierunek.Domain.Strategies.Versions;
using Kierunek.Domain.Values;

namespace Kierunek.Domain.Tests.Strategies.Editing;

/// <summary>A strategy built in the editor: levels numbered by their pattern, items added, renamed, moved, renumbered,
/// archived and deleted, each step said in words, and versions compared item by item however the items moved.</summary>
public class TreeEditsTests
{
    private static readonly TreeLevel[] Levels =
        [new("Cel strategiczny", LevelNumbering.Roman), new("Cel operacyjny", LevelNumbering.Arabic), new("Działanie", LevelNumbering.Letter)];

    private static StrategyDocument Empty() =>
        new NewStrategy("Strategia Gminy Puławy na lata 2026–2035", "0614011", "Puławy", 2026, 2035, Levels).Create("pulawy").Value!;

    /// <summary>I (I.1 with a, b; I.2 with a) and II (II.1 with a).</summary>
    private static StrategyDocument Built()
    {
        var d = Empty();
        Ok(TreeEdits.Add(d, null, "Wsparcie rodzin", null));
        Ok(TreeEdits.Add(d, null, "Aktywizacja osób starszych", null));
        var (one, two) = (Find(d, "I"), Find(d, "II"));
        Ok(TreeEdits.Add(d, one.Id, "Asystenci rodziny", null));
        Ok(TreeEdits.Add(d, one.Id, "Pieczą zastępcza", null));
        Ok(TreeEdits.Add(d, two.Id, "Kluby seniora", null));
        Ok(TreeEdits.Add(d, Find(d, "I.1").Id, "Zatrudnienie asystentów", null));
        Ok(TreeEdits.Add(d, Find(d, "I.1").Id, "Szkolenia asystentów", null));
        Ok(TreeEdits.Add(d, Find(d, "I.2").Id, "Rodziny zastępcze", null));
        Ok(TreeEdits.Add(d, Find(d, "II.1").Id, "Nowy klub w Włostowicach", null));
        return d;
    }

    [Fact]
    public void Codes_follow_each_levels_numbering_under_the_parents_code()
    {
        var d = Built();
        Assert.Equal(["I", "I.1", "I.1.a", "I.1.b", "I.2", "I.2.a", "II", "II.1", "II.1.a"], d.AllNodes().Select(n => n.Code));
        Assert.Equal([NodeKind.MainGoal, NodeKind.SpecificGoal, NodeKind.Measure], d.AllNodes().Take(3).Select(n => n.Kind));
        Assert.Equal("Działanie", Find(d, "I.1.a").LevelName);
        Assert.Equal("I / I.1 / I.1.a", TreeNumbering.Pattern(Levels));
    }

    [Theory]
    [InlineData(LevelNumbering.Roman, 14, "XIV")]
    [InlineData(LevelNumbering.Letter, 27, "aa")]
    [InlineData(LevelNumbering.Arabic, 12, "12")]
    public void Numbers_are_written_in_the_levels_numbering(LevelNumbering numbering, int ordinal, string expected) =>
        Assert.Equal(expected, TreeNumbering.Number(numbering, ordinal));

    [Fact]
    public void An_action_cannot_have_items_below_it_nor_move_to_another_level()
    {
        var d = Built();
        var action = Find(d, "I.1.a");
        Assert.Equal(EditErrors.WrongLevel, TreeEdits.Add(d, action.Id, "Za głęboko", null).Errors.Single().Code);
        Assert.Equal(EditErrors.WrongLevel, TreeEdits.Move(d, action.Id!, Find(d, "I").Id).Errors.Single().Code);
    }

    [Fact]
    public void A_moved_and_renamed_action_keeps_its_identity_and_renumbering_gives_the_new_places_their_codes()
    {
        var d = Built();
        var action = Find(d, "I.1.b");
        var id = action.Id;
        Assert.StartsWith("przeniesiono Działanie I.1.b", Ok(TreeEdits.Move(d, id!, Find(d, "II.1").Id)));
        Ok(TreeEdits.Rename(d, id!, "Szkolenia asystentów i seniorów", action.Code));
        Assert.Contains("zmienione kody: 1", Ok(TreeEdits.Renumber(d)));
        Assert.Equal("II.1.b", NodeIdentity.Node(d, id)!.Code);
        Assert.Equal("Szkolenia asystentów i seniorów", NodeIdentity.Node(d, id)!.Title);
        Ok(TreeEdits.Move(d, id!, null, -1));
        Assert.Equal(["Szkolenia asystentów i seniorów", "Nowy klub w Włostowicach"], Find(d, "II.1").Children.Select(c => c.Title));
    }

    [Fact]
    public void An_item_with_values_is_archived_not_deleted_and_renumbering_passes_over_it()
    {
        var d = Built();
        var goal = Find(d, "I.2");
        Ok(ItemEdits.AddIndicator(d, Find(d, "I.2.a").Id!, Fields("Liczba rodzin zastępczych", "12")));
        Find(d, "I.2.a").Indicators[0].Values.Add(new IndicatorValue(new ReportingPeriod(2026, 2026), Read("14")));
        var refused = TreeEdits.Delete(d, goal.Id!, new HashSet<string>());
        Assert.Equal(EditErrors.HasValues, refused.Errors.Single().Code);
        Assert.Contains("zarchiwizować", refused.Errors.Single().Message);

        Ok(TreeEdits.Archive(d, goal.Id!, true));
        Assert.True(Find(d, "I.2.a").Archived);
        Ok(TreeEdits.Add(d, Find(d, "I").Id, "Mieszkania wspomagane", null));
        Assert.Equal("I.2", d.AllNodes().Single(n => n.Title == "Mieszkania wspomagane").Code);
        Ok(TreeEdits.Renumber(d));
        Assert.Equal("I.2", d.AllNodes().Single(n => n.Title == "Mieszkania wspomagane").Code);
    }

    [Fact]
    public void An_item_monitoring_holds_values_on_is_not_deleted_one_without_anything_is()
    {
        var d = Built();
        var action = Find(d, "II.1.a");
        Assert.Equal(EditErrors.HasValues, TreeEdits.Delete(d, action.Id!, new HashSet<string> { action.Id! }).Errors.Single().Code);
        Assert.Equal("usunięto Działanie II.1.a „Nowy klub w Włostowicach”", Ok(TreeEdits.Delete(d, action.Id!, new HashSet<string>())));
        Assert.Null(NodeIdentity.Node(d, action.Id));
    }

    [Fact]
    public void Indicators_keep_the_target_as_typed_and_take_the_direction_from_it_when_not_said()
    {
        var d = Built();
        var action = Find(d, "I.1.a");
        Ok(ItemEdits.AddIndicator(d, action.Id!, Fields("Liczba asystentów rodziny", "Wzrost o 10%") with { Baseline = "4", BaselineYear = 2025, Unit = "osoby" }));
        Ok(ItemEdits.AddIndicator(d, action.Id!, Fields("Liczba rodzin w kryzysie", "80") with { Baseline = "ok. 120" }));
        var (up, down) = (action.Indicators[0], action.Indicators[1]);
        Assert.Equal(("Wzrost o 10%", 10m, DesiredDirection.Increase), (up.Target!.Value.Raw, up.Target.RelativeChangePercent!.Value, up.Direction));
        Assert.Equal((2025, "osoby"), (up.Baseline!.Year, up.Unit));
        Assert.Equal(("ok. 120", DesiredDirection.Decrease), (down.Baseline!.Value.Raw, down.Direction));

        var bad = ItemEdits.UpdateIndicator(d, up.Id!, Fields("", "12,3,4") with { BaselineYear = 1800 });
        Assert.Equal(["nazwa", "docelowa", "rokBazowy", "bazowa"], bad.Errors.Select(e => e.Field));
        Assert.Equal("Liczba asystentów rodziny", up.Name);
    }

    [Fact]
    public void A_cost_is_planned_per_year_and_source_and_an_empty_year_removes_it()
    {
        var d = Built();
        var id = Find(d, "I.1.a").Id!;
        Ok(ItemEdits.SetCost(d, id, new CostFields(2027, "12 500", "10 000", "2 500", null)));
        Ok(ItemEdits.SetCost(d, id, new CostFields(2026, "w ramach działalności statutowej", null, null, null)));
        var costs = Find(d, "I.1.a").Costs;
        Assert.Equal([2026, 2027], costs.Select(c => c.Deadline!.FromYear!.Value));
        Assert.Equal((12_500m, ValueKind.NoFinancialOutlay), (costs[1].Total!.Reading.Number!.Value, costs[0].Total!.Kind));
        Assert.Null(costs[1].Other);
        Assert.Equal("rok", ItemEdits.SetCost(d, id, new CostFields(2040, "1", null, null, null)).Errors.Single().Field);
        Ok(ItemEdits.SetCost(d, id, new CostFields(2027, null, " ", null, null)));
        Assert.Single(Find(d, "I.1.a").Costs);
    }

    [Fact]
    public void Implementers_come_from_the_register_and_join_the_document_once()
    {
        var d = Built();
        Institution[] register = [new("mops-pulawy", "Miejski Ośrodek Pomocy Społecznej w Puławach", InstitutionKind.SocialWelfareCentre, "0614011"), new("pcpr-pulawy", "PCPR w Puławach", InstitutionKind.FamilySupportCentre, null)];
        var id = Find(d, "I.1.a").Id!;
        Ok(ItemEdits.SetInstitutions(d, id, ["mops-pulawy"], ["mops-pulawy", "pcpr-pulawy"], register));
        Ok(ItemEdits.SetInstitutions(d, Find(d, "I.1.b").Id!, [], ["pcpr-pulawy"], register));
        Ok(ItemEdits.AddInstitution(d, id, "stowarzyszenie-razem", "Stowarzyszenie „Razem”", InstitutionKind.Ngo));
        var node = Find(d, "I.1.a");
        Assert.Equal(["mops-pulawy"], node.CoordinatorKeys);
        Assert.Equal(["pcpr-pulawy", "stowarzyszenie-razem"], node.ImplementerKeys);
        Assert.Equal("PCPR w Puławach; Stowarzyszenie „Razem”", node.ImplementersText);
        Assert.Equal(["mops-pulawy", "pcpr-pulawy", "stowarzyszenie-razem"], d.Institutions.Select(i => i.Key));
        Assert.Equal(EditErrors.NotFound, ItemEdits.SetInstitutions(d, id, ["usunieta"], [], register).Errors.Single().Code);
    }

    [Fact]
    public void A_new_strategy_names_every_mistake_of_its_form()
    {
        var form = new NewStrategy(" ", null, null, 2035, 2026, [new("Cel", LevelNumbering.Roman), new(" ", LevelNumbering.Arabic)]) { ResolutionDate = new DateOnly(2026, 5, 28) };
        Assert.Equal(["tytul", "od", "poziom2", "uchwala"], form.Create("x").Errors.Select(e => e.Field));
    }

    [Fact]
    public void Versions_made_in_the_editor_compare_by_identity_so_a_moved_renamed_action_is_the_same_action()
    {
        var old = Built();
        NodeIdentity.Fill(old);
        var edited = DocumentJson.Read(DocumentJson.Write(old), old.Key).Value!;
        var action = Find(edited, "I.1.b");
        Ok(ItemEdits.AddIndicator(edited, action.Id!, Fields("Liczba przeszkolonych", "20")));
        var oldIndexed = DocumentJson.Read(DocumentJson.Write(edited), old.Key).Value!;
        Ok(TreeEdits.Move(edited, action.Id!, Find(edited, "II.1").Id));
        Ok(TreeEdits.Renumber(edited));
        Ok(ItemEdits.UpdateIndicator(edited, action.Indicators[0].Id!, Fields("Liczba przeszkolonych osób", "25")));

        var changes = DocumentChanges.Between(oldIndexed, edited);
        var oldPosition = oldIndexed.AllNodes().ToList().FindIndex(n => n.Id == action.Id);
        var newPosition = edited.AllNodes().ToList().FindIndex(n => n.Id == action.Id);
        Assert.Equal(newPosition, changes.NodePositions[oldPosition]);
        Assert.Equal(0, changes.IndicatorIndexes[(oldPosition, 0)]);
        Assert.False(changes.Shrinks);
        Assert.Contains(changes.RenamedNodes, r => r.Contains("→ II.1.b"));
    }

    [Fact]
    public void Filling_identities_is_the_same_every_time_and_an_archived_flag_travels_in_the_exchange_format()
    {
        var (a, b) = (Built(), Built());
        foreach (var n in a.AllNodes().Concat(b.AllNodes())) n.Id = null;
        NodeIdentity.Fill(a);
        NodeIdentity.Fill(b);
        Assert.Equal(a.AllNodes().Select(n => n.Id), b.AllNodes().Select(n => n.Id));
        Ok(TreeEdits.Archive(a, Find(a, "II").Id!, true));
        var json = DocumentJson.Write(a);
        Assert.True(Find(DocumentJson.Read(json, a.Key).Value!, "II.1.a").Archived);
        Assert.DoesNotContain("\"archived\": false", json);
    }

    private static IndicatorFields Fields(string name, string target) => new(name, null, null, null, target, DesiredDirection.Unknown, null, null);

    private static RecordedValue Read(string text) => new(text, ValueReader.Read(text).Reading!);

    private static StrategyNode Find(StrategyDocument d, string code) => d.AllNodes().Single(n => n.Code == code);

    private static string Ok(Kierunek.Domain.Results.Result<string> result)
    {
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        return result.Value!;
    }
}
