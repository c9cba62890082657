using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kierunek.Domain.Ozps.Template;

/// <summary>The OZPS template of one assessment year, read from its versioned file (Templates/ozps-YYYY.json):
/// the numbered tables with their rows and rules, the multi-year tables of the analysis part, and the
/// figures the narrative prints. Code never lists rows; it reads them from here.</summary>
public sealed record OzpsTemplate(
    string Version,
    int AssessmentYear,
    string Source,
    IReadOnlyList<string> Columns,
    string ForecastRule,
    decimal ForecastTrendWarning,
    IReadOnlyList<TemplateTable> Tables,
    IReadOnlyList<TemplateSeries> Series,
    IReadOnlyList<TextFigure> TextFigures,
    IReadOnlyList<IndicatorDefinition> Indicators,
    BarometerDefinition Barometer,
    string? Previous = null,
    IReadOnlyList<RemovedRow>? Removed = null)
{
    /// <summary>The rows of the previous version this one no longer has (their values stay stored).</summary>
    [JsonIgnore] public IReadOnlyList<RemovedRow> RemovedRows => Removed ?? [];

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    public TemplateTable? Table(string code) => Tables.FirstOrDefault(t => t.Code == code);

    public TemplateSeries? SeriesOf(string code) => Series.FirstOrDefault(s => s.Code == code);

    /// <summary>What a row counts ("osoby", "zł", "%", …): it decides how its cells are read.</summary>
    public string UnitOf(string table, string row) =>
        Table(table) is { } t ? (t.RowByKey(row) ?? KnownRow(table, row))?.Unit ?? "liczba"
        : SeriesOf(table)?.Row(row)?.Unit ?? TextFigures.FirstOrDefault(f => f.Code == row)?.Unit ?? "liczba";

    /// <summary>The template for an assessment year: the newest one not after it.</summary>
    /// <summary>The template of a unit's assessment year, else of the latest year it has values for, else the newest
    /// template (a unit with no values yet).</summary>
    public static OzpsTemplate For(OzpsUnitData unit) => ForYear(unit.AssessmentYear ?? unit.Years.DefaultIfEmpty(int.MaxValue).Max());

    public static OzpsTemplate ForYear(int year) =>
        Shipped.Value.Where(t => t.AssessmentYear <= year).MaxBy(t => t.AssessmentYear) ?? Shipped.Value.MinBy(t => t.AssessmentYear)!;

    /// <summary>A row by its key in any shipped template, newest first: a row added in a later template is back-filled
    /// for years whose own template does not have it.</summary>
    public static TemplateRow? KnownRow(string table, string key) =>
        Shipped.Value.OrderByDescending(t => t.AssessmentYear).Select(t => t.Table(table)?.RowByKey(key)).FirstOrDefault(r => r is not null);

    /// <summary>The oldest shipped template: no assessment year before it can be filled in.</summary>
    public static OzpsTemplate First => Shipped.Value.MinBy(t => t.AssessmentYear)!;

    public static OzpsTemplate Parse(string json) =>
        JsonSerializer.Deserialize<OzpsTemplate>(json, Json) ?? throw new InvalidDataException("Pusty plik wzoru OZPS.");

    private static readonly Lazy<IReadOnlyList<OzpsTemplate>> Shipped = new(() =>
    {
        var assembly = typeof(OzpsTemplate).Assembly;
        return assembly.GetManifestResourceNames().Where(n => n.StartsWith("Ozps.Templates.", StringComparison.Ordinal))
            .Select(n => Parse(Read(assembly, n))).ToList();
    });

    private static string Read(Assembly assembly, string name)
    {
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    }
}

/// <summary>A numbered table: its rows as the template prints them, identified by the heading of its first row.</summary>
public sealed record TemplateTable(string Code, string Title, string Recognise, IReadOnlyList<TemplateRow> Rows, IReadOnlyList<SumRule>? Sums)
{
    public TemplateRow? Row(int number) => Rows.FirstOrDefault(r => r.No == number);

    /// <summary>The row stored under <paramref name="key"/> (<see cref="TemplateRow.Key"/>).</summary>
    public TemplateRow? RowByKey(string key) => Rows.FirstOrDefault(r => r.Key == key);

    /// <summary>The key of the row printed as <paramref name="number"/> ("12" unless the template renumbered it).</summary>
    public string KeyOf(int number) => Row(number)?.Key ?? number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The row's label, with its heading where other rows share the label ("Liczba osób").</summary>
    public string LabelOf(TemplateRow row) => Rows.Count(r => r.Label == row.Label) > 1 ? row.FullLabel : row.Label;
    [JsonIgnore] public IReadOnlyList<SumRule> SumRules => Sums ?? [];
}

/// <summary>A numbered row. <see cref="PartOf"/>: "w tym" — never more than those rows; <see cref="AtLeast"/>:
/// never less (persons in families ≥ families).
/// <para>Rows are stored under <see cref="Key"/>, not under their printed number, so that a row keeps its values across
/// the template's versions: <see cref="Code"/> is absent while a row is the one of that number since the first template,
/// and given when the ministry renumbers (the row continues under its old key) or adds a row (a key of its own, which can
/// be back-filled for earlier years). <see cref="Change"/>: what the version changed in the row, in words for the form.
/// Rows the ministry merges or splits are not modelled yet: such a row comes as a new row (a key of its own) beside the
/// removed ones.</para></summary>
public sealed record TemplateRow(int No, string? Group, string Label, string Unit, IReadOnlyList<int>? PartOf, IReadOnlyList<int>? AtLeast,
    string? Code = null, string? Change = null)
{
    /// <summary>What the row's values are stored under: its code, or its number.</summary>
    [JsonIgnore] public string Key => Code ?? No.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The label with its heading, for rows the template labels alike ("Liczba osób").</summary>
    [JsonIgnore] public string FullLabel => Group is null || Label.Contains(Group, StringComparison.OrdinalIgnoreCase) ? Label : $"{Group} — {Label}";
}

/// <summary>A row of the previous version the ministry removed: its table, key and label, and what happens to its values.</summary>
public sealed record RemovedRow(string Table, string Key, string Label, string Why);

/// <summary>Rows that add up to a total. A warning, not an error: a person can pass from one age group to the
/// next within the year and be counted in both.</summary>
public sealed record SumRule(int Total, IReadOnlyList<int> Parts, string Severity);

/// <summary>A multi-year table of the analysis part. Layout "across": years are columns, rows are labelled;
/// "down": years are rows, columns are labelled (<see cref="Header"/>); "labelValue": one value per label,
/// for the assessment year.</summary>
public sealed record TemplateSeries(string Code, string Title, string Layout, string? Caption, IReadOnlyList<string>? Header, IReadOnlyList<SeriesRow> Rows)
{
    public SeriesRow? Row(string code) => Rows.FirstOrDefault(r => r.Code == code);
}

/// <summary>A row (or, in a "down" table, a column) of a multi-year table. <see cref="Printed"/>: a figure the
/// document computed itself — kept to compare with ours, never used as an input. Label "*" is the unit's own row.
/// <see cref="Column"/>: in a "labelValue" table with several value columns, the one this row takes.</summary>
public sealed record SeriesRow(string Code, string Label, string Unit, bool Printed, string? Column = null);

/// <summary>A figure the narrative prints, found by a pattern with a group named "value".</summary>
public sealed record TextFigure(string Code, string Label, string Unit, bool Printed, string Pattern);

/// <summary>A standard OZPS indicator, defined once: a ratio of two inputs times a scale (100 for a percentage,
/// 1000 for "per 1000 residents"), its unit, which way is better ("wyżej"/"niżej"), the decimals it is shown with,
/// and where the document prints its own value (to compare, never to use).</summary>
public sealed record IndicatorDefinition(string Code, string Name, string Formula, string Unit, string Better, decimal Scale, int Decimals,
    IndicatorInput Numerator, IndicatorInput Denominator, string? Printed)
{
    [JsonIgnore] public bool HigherIsBetter => Better == "wyżej";
}

/// <summary>An input of an indicator: the first of its sources ("tabela/wiersz") that has a number for the year.</summary>
public sealed record IndicatorInput(string Label, IReadOnlyList<string> From);

/// <summary>The poverty barometer: its dimensions, the components of each (a stored row or an indicator, and
/// which way is better), and where the document prints its dimension values and the barometer.</summary>
public sealed record BarometerDefinition(IReadOnlyList<BarometerDimension> Dimensions, IReadOnlyList<BarometerComponent> Components, IReadOnlyDictionary<string, string> Printed);

public sealed record BarometerDimension(string Code, string Name);

/// <summary>A component of a dimension: <see cref="Source"/> ("tabela/wiersz") or <see cref="Indicator"/> (a code).</summary>
public sealed record BarometerComponent(string Code, string Dimension, string Name, string Better, string? Source, string? Indicator)
{
    [JsonIgnore] public bool HigherIsBetter => Better == "wyżej";
}
