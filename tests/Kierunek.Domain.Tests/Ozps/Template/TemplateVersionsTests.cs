using Kierunek.Domain.Ozps;
using Kierunek.Domain.Ozps.Assessments;
using Kierunek.Domain.Ozps.Checks;
using Kierunek.Domain.Ozps.Indicators;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Domain.Territory;

namespace Kierunek.Domain.Tests.Ozps.Template;

/// <summary>The template by assessment year, and data across its versions: 2020.1 derives from 2019.1 with a row removed
/// (infrastruktura 2), the rows after it renumbered but kept under their keys, one of them renamed (4 → printed 3), and a
/// row added (printed 8). A gmina's 2019 and 2020 compare across the change; the new row is back-filled for 2019; what was
/// typed while only the 2019 template existed stays where it belongs when the 2020 template arrives.</summary>
public class TemplateVersionsTests
{
    private static readonly TerritorialUnit Gmina = new("0608072", "Lubartów", TerritorialUnitKind.RuralGmina);
    private static OzpsTemplate T2019 => OzpsTemplate.ForYear(2019);
    private static OzpsTemplate T2020 => OzpsTemplate.ForYear(2020);

    [Fact]
    public void The_template_is_chosen_by_the_assessment_year()
    {
        Assert.Equal("2019.1", OzpsTemplate.ForYear(2019).Version);
        Assert.Equal("2020.1", OzpsTemplate.ForYear(2020).Version);
        Assert.Equal("2020.1", OzpsTemplate.ForYear(2024).Version);
        Assert.Equal("2019.1", OzpsTemplate.ForYear(2015).Version); // before the first: the first
        Assert.Equal("2019.1", T2020.Previous);
    }

    [Fact]
    public void A_renumbered_and_renamed_row_keeps_its_key_a_removed_row_is_listed_and_an_added_row_has_its_own()
    {
        var before = T2019.Table("infrastruktura")!;
        var after = T2020.Table("infrastruktura")!;
        Assert.Equal("Liczba oczekujących na mieszkanie socjalne", before.Row(4)!.Label);
        var renamed = after.RowByKey("4")!;
        Assert.Equal((3, "Liczba gospodarstw domowych oczekujących na najem lokalu socjalnego"), (renamed.No, renamed.Label));
        Assert.Null(after.RowByKey("2"));
        Assert.Equal("2", Assert.Single(T2020.RemovedRows).Key);
        var added = after.Row(8)!;
        Assert.Null(before.RowByKey(added.Key));
        Assert.Equal([.. after.Rows.Select(r => r.Key)], after.Rows.Select(r => r.Key).Distinct());
        // "w tym z wiersza 1" still points at row 1, which did not move.
        Assert.Equal([1], after.RowByKey("3")!.PartOf!);
    }

    [Fact]
    public void An_indicator_is_computed_across_the_change_and_a_rule_still_reads_the_moved_rows()
    {
        // 2019 typed on the 2019 form (row 3 printed 3), 2020 on the 2020 form (the same row printed 2).
        var y2019 = FormCells.Read(T2019.Table("infrastruktura")!, 2019, new Dictionary<string, string?> { ["w1-o"] = "40", ["w3-o"] = "12" }).Value!;
        var y2020 = FormCells.Read(T2020.Table("infrastruktura")!, 2020, new Dictionary<string, string?> { ["w1-o"] = "42", ["w2-o"] = "15" }).Value!;
        var residents = new[] { TestData.Value("opis", "ludnosc", 2019, 10_000), TestData.Value("opis", "ludnosc", 2020, 10_000) };
        var data = FormCells.Merge(new OzpsUnitData(Gmina, residents), [.. y2019, .. y2020]);
        var indicator = T2020.Indicators.Single(i => i.Code == "mieszkania-socjalne-na-1000");

        Assert.Equal(1.2m, OzpsIndicators.Compute(data, indicator, 2019).Value);
        Assert.Equal(1.5m, OzpsIndicators.Compute(data, indicator, 2020).Value);

        var broken = FormCells.Merge(data, FormCells.Read(T2020.Table("infrastruktura")!, 2020, new Dictionary<string, string?> { ["w2-o"] = "50" }).Value!);
        var finding = Assert.Single(OzpsRules.Check(broken, T2020), f => f.Table == "infrastruktura" && f.Year == 2020);
        Assert.Equal("3", finding.Row); // stored under its key
        Assert.Contains("wiersz 2 (", finding.Message); // named as the 2020 form prints it
    }

    [Fact]
    public void A_row_added_in_2020_is_back_filled_for_2019_from_the_previous_year_column()
    {
        var table = T2020.Table("infrastruktura")!;
        var cells = FormCells.Read(table, 2020, new Dictionary<string, string?> { ["w8-p"] = "3", ["w8-o"] = "4" }).Value!;

        Assert.Equal([new OzpsKey("infrastruktura", "2020-mieszkania-wspomagane", 2019), new OzpsKey("infrastruktura", "2020-mieszkania-wspomagane", 2020)],
            cells.Select(c => c.Key));
        // Read back for 2019, whose own template has no such row, with the row's unit from the template that has it.
        Assert.Equal("liczba", T2019.UnitOf("infrastruktura", "2020-mieszkania-wspomagane"));
        Assert.Equal(3m, FormCells.Merge(new OzpsUnitData(Gmina, []), cells).Number("infrastruktura", "2020-mieszkania-wspomagane", 2019));
    }

    [Fact]
    public void What_was_typed_on_the_previous_template_stays_in_its_rows_when_the_new_one_is_published()
    {
        // Collection for 2020 started before the 2020 template existed: the 2019 form's table, typed for 2020.
        var early = FormCells.Read(T2019.Table("infrastruktura")!, 2020,
            new Dictionary<string, string?> { ["w2-o"] = "7", ["w4-o"] = "30", ["w8-o"] = "1" }).Value!;
        var data = FormCells.Merge(new OzpsUnitData(Gmina, []), early);
        var table = T2020.Table("infrastruktura")!;

        string? Shown(int printed) => data[FormCells.KeyOf(table.Code, table.Row(printed)!, FormColumn.Assessment, 2020)]?.Value.Raw;

        Assert.Equal("30", Shown(3)); // row 4 of 2019 is printed 3 in 2020
        Assert.Equal("1", Shown(7)); // row 8 of 2019 is printed 7
        Assert.Null(Shown(8)); // the new row starts empty
        Assert.Equal("7", data[new OzpsKey("infrastruktura", "2", 2020)]!.Value.Raw); // the removed row's value is kept, not shown
        Assert.Equal(2, TableProgress.Of(T2020, data, 2020).Single(p => p.Table == "infrastruktura").Filled);
    }
}
