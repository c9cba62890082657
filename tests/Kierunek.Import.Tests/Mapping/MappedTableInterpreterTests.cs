using Kierunek.Domain.Strategies;
using Kierunek.Domain.Strategies.Mapping;
using Kierunek.Domain.Values;
using Kierunek.Import.Grids;
using Kierunek.Import.Mapping;
using Kierunek.Import.Reading;
using Kierunek.TestSupport;
using System.Text;

namespace Kierunek.Import.Tests.Mapping;

/// <summary>Tables no layout knows, read by a mapping: the wizard's guess, then every cell's reading checked — dot
/// thousands and empty future years in Excel, dot decimals in CSV, two header rows and codes I./1./1.1 in Word.</summary>
public class MappedTableInterpreterTests
{
    private static IReadOnlyList<string> Paragraphs(string raw) => CellText.Parse(raw).Text.Split('\n');

    [Fact]
    public void An_Excel_sheet_with_dot_thousands_and_empty_future_years_is_read_cell_by_cell()
    {
        var table = Single("wskazniki.xlsx", OfficeCopies.Excel(WizardFixtures.ExcelTable, Paragraphs));
        var mapping = MappingGuess.For(table, "wskazniki.xlsx");

        Assert.Equal(1, mapping.HeaderRows);
        Assert.Equal([ColumnRole.Code, ColumnRole.Name, ColumnRole.Indicator, ColumnRole.Unit, ColumnRole.Baseline, ColumnRole.Year, ColumnRole.Year, ColumnRole.Year, ColumnRole.Cost],
            mapping.Columns.Select(c => c.Role));
        Assert.Equal([2023, 2024, 2025], mapping.Columns.Where(c => c.Role == ColumnRole.Year).Select(c => c.Year!.Value));
        var read = Read(table, mapping);
        var document = read.Document;

        Assert.Equal(["1.", "2."], document.Roots.Select(r => r.Code));
        var family = document.AllNodes().Single(n => n.Code == "1.1");
        Assert.Equal(NodeKind.Measure, family.Kind);
        var indicator = Assert.Single(family.Indicators);
        Assert.Equal(("liczba rodzin objętych asystenturą", "rodziny"), (indicator.Name, indicator.Unit));
        Assert.Equal(1250m, indicator.Baseline!.Value.Reading.Number);
        var only = Assert.Single(indicator.Values);
        Assert.Equal((2023, "1.310", 1310m), (only.Period.FromYear, only.Value.Raw, only.Value.Reading.Number));
        Assert.Null(indicator.In(2024));
        Assert.Equal(12_500_000m, family.Costs.Single().Gmina!.Reading.Number);
        var meals = document.AllNodes().Single(n => n.Code == "1.2");
        Assert.Equal(ValueKind.NoData, meals.Indicators[0].Baseline!.Value.Kind);
        Assert.Equal(1_200_000.50m, meals.Costs.Single().Gmina!.Reading.Number);
        Assert.Equal(ValueKind.NoFinancialOutlay, document.AllNodes().Single(n => n.Code == "2.1").Costs.Single().Gmina!.Kind);

        // Every cell is shown with its reading; "1.250" may be one and a quarter, so it comes first.
        Assert.Equal("1.250", read.DoubtfulFirst.First().Raw);
        Assert.Contains(read.Cells, c => c.Raw == "12.500.000" && c.Reading.Replace('\u00A0', ' ') == "kwota 12 500 000 zł");
        Assert.DoesNotContain(read.Cells, c => c.Raw.Length == 0);
        Assert.Equal(3 * 3, read.Cells.Count(c => !c.Reading.Contains("poziom"))); // baseline, 2023 and cost of three actions
    }

    [Fact]
    public void A_csv_with_dot_decimals_and_codes_in_the_names_is_read_cell_by_cell()
    {
        var table = Single("pomoc.csv", Encoding.UTF8.GetBytes(WizardFixtures.CsvTable));
        var mapping = MappingGuess.For(table, "pomoc.csv");

        Assert.Equal([ColumnRole.Name, ColumnRole.Indicator, ColumnRole.Year, ColumnRole.Year], mapping.Columns.Select(c => c.Role));
        var read = Read(table, mapping);

        var allowances = read.Document.AllNodes().Single(n => n.Code == "1.1");
        Assert.Equal("Pomoc w formie zasiłków", allowances.Title);
        var share = allowances.Indicators.Single();
        Assert.Equal((ValueKind.Percentage, 3.75m, "3.75%"), (share.In(2023)!.Value.Kind, share.In(2023)!.Value.Reading.Number!.Value, share.In(2023)!.Value.Raw));
        Assert.Equal(3.5m, share.In(2024)!.Value.Reading.Number);
        var hours = read.Document.AllNodes().Single(n => n.Code == "1.2").Indicators.Single();
        Assert.Equal(12.5m, hours.In(2023)!.Value.Reading.Number);
        Assert.Equal(ValueKind.Approximate, hours.In(2024)!.Value.Kind);
        Assert.Equal(["3.75%", "3.5%", "12.5", "ok. 14"], read.Cells.Where(c => c.Column is "2023" or "2024").Select(c => c.Raw));
        Assert.Equal("ok. 14", read.DoubtfulFirst.First().Raw);
    }

    [Fact]
    public void A_Word_table_with_two_header_rows_and_roman_then_numbered_codes_is_read_cell_by_cell()
    {
        var table = Single("program.docx", OfficeCopies.Word(WizardFixtures.WordTable, Paragraphs));
        var mapping = MappingGuess.For(table, "program.docx");

        Assert.Equal(2, mapping.HeaderRows);
        Assert.Equal([ColumnRole.Code, ColumnRole.Name, ColumnRole.Indicator, ColumnRole.Year, ColumnRole.Year, ColumnRole.Implementer], mapping.Columns.Select(c => c.Role));
        var read = Read(table, mapping with { LevelNames = ["Obszar", "Cel", "Działanie"] });
        var document = read.Document;

        var area = Assert.Single(document.Roots);
        Assert.Equal(("I.", "Obszar", NodeKind.MainGoal), (area.Code, area.LevelName, area.Kind));
        var goal = Assert.Single(area.Children);
        Assert.Equal(("1.", "Cel"), (goal.Code, goal.LevelName));
        Assert.Equal(["1.1", "1.2"], goal.Children.Select(c => c.Code));
        var advice = goal.Children[0];
        Assert.Equal(412m, advice.Indicators[0].In(2023)!.Value.Reading.Number);
        Assert.Equal(ValueKind.Breakdown, advice.Indicators[0].In(2024)!.Value.Kind);
        Assert.Equal("8096 rodzin / 14 113 osób", advice.Indicators[0].In(2024)!.Value.Raw);
        Assert.Equal(2, advice.ImplementerKeys.Count);
        var flats = goal.Children[1].Indicators[0];
        Assert.Equal([ValueKind.NotApplicable, ValueKind.SameAsAbove], flats.Values.Select(v => v.Value.Kind));
        Assert.Equal("Wartości / 2023", read.Cells.First(c => c.Raw == "412").Column);
        Assert.StartsWith("tabela 1, wiersz", read.Cells.First(c => c.Raw == "412").Place);
    }

    [Fact]
    public void Levels_come_from_the_names_indentation_when_the_table_has_no_codes()
    {
        var csv = "Nazwa pozycji;Wskaźnik;2024\nWsparcie rodziny;;\n  Asystent rodziny;liczba rodzin;42\n  Poradnictwo;liczba porad;ok. 300\nSeniorzy;;\n  Klub seniora;liczba klubów;3\n";
        var table = Single("program.csv", Encoding.UTF8.GetBytes(csv));
        var mapping = MappingGuess.For(table, "program.csv");

        Assert.Equal(LevelSource.Indentation, mapping.Levels);
        var document = Read(table, mapping with { LevelNames = ["Cel", "Działanie"] }).Document;

        Assert.Equal(["Wsparcie rodziny", "Seniorzy"], document.Roots.Select(r => r.Title));
        Assert.Equal(["Asystent rodziny", "Poradnictwo"], document.Roots[0].Children.Select(c => c.Title));
        Assert.Equal(42m, document.Roots[0].Children[0].Indicators.Single().In(2024)!.Value.Reading.Number);
    }

    [Fact]
    public void A_row_whose_code_is_deeper_than_the_levels_named_is_refused_at_its_row()
    {
        var table = Single("program.docx", OfficeCopies.Word(WizardFixtures.WordTable, Paragraphs));
        var mapping = MappingGuess.For(table, "program.docx") with { LevelNames = ["Obszar", "Cel"] };

        var result = MappedTableInterpreter.Interpret(table, mapping, "program.docx");

        var error = result.Errors.First();
        Assert.Equal(MappedTableInterpreter.MappingProblem, error.Code);
        Assert.StartsWith("Tabela 1, wiersz 5", error.Message);
        Assert.Contains("poziomie 3", error.Message);
    }

    [Fact]
    public void A_mapping_survives_its_file_form()
    {
        var table = Single("program.docx", OfficeCopies.Word(WizardFixtures.WordTable, Paragraphs));
        var mapping = MappingGuess.For(table, "program.docx") with { LevelNames = ["Obszar", "Cel", "Działanie"] };

        var back = MappingFile.Read(MappingFile.Write(mapping), "mapowanie.json");

        Assert.True(back.IsSuccess, string.Join("\n", back.Errors));
        Assert.Equal(MappingFile.Write(mapping), MappingFile.Write(back.Value!));
        Assert.Contains("\"rola\": \"wskaźnik\"", MappingFile.Write(mapping));
    }

    [Fact]
    public void A_mapping_file_with_a_wrong_role_is_refused_naming_the_column_and_the_allowed_roles()
    {
        var json = """{ "format": "kierunek-mapowanie", "wersja": 1, "nazwa": "x", "dokument": { "klucz": "k", "tytuł": "T" }, "kolumny": [ { "kolumna": 1, "rola": "nazwa" }, { "kolumna": 2, "rola": "wartosc" } ] }""";

        var error = Assert.Single(MappingFile.Read(json, "mapowanie.json").Errors);

        Assert.Equal("kolumny[2]", error.At.Column);
        Assert.Contains("„wartość bazowa”", error.Message);
    }

    private static SourceTable Single(string name, byte[] bytes)
    {
        var tables = SourceTables.Read(name, bytes);
        Assert.True(tables.IsSuccess, string.Join("\n", tables.Errors));
        return Assert.Single(tables.Value!);
    }

    private static MappedImport Read(SourceTable table, TableMapping mapping)
    {
        var result = MappedTableInterpreter.Interpret(table, mapping, "plik");
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        return result.Value!;
    }
}
