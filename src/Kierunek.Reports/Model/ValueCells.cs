using Kierunek.Domain.Values;

namespace Kierunek.Reports.Model;

/// <summary>A stored value as a report cell: numbers in Polish format with the unit as printed,
/// markers as offices write them (b.d., x, j.w.), approximations kept ("ok. 3 700"), breakdowns and
/// lists as items. A missing value is an empty cell, never 0.</summary>
public static class ValueCells
{
    public static ReportCell Of(RecordedValue? value)
    {
        if (value is null) return ReportCell.Empty;
        var r = value.Reading;
        return r.Kind switch
        {
            ValueKind.Amount when r.Number is { } n => new ReportCell(Amount(n, r.Unit)) { Number = r.InZloty, Style = NumberStyle.Money },
            ValueKind.Percentage when r.Number is { } n => new ReportCell(PolishFormat.Natural(n) + "%") { Number = n / 100m, Style = NumberStyle.Percent },
            ValueKind.Number when r.Number is { } n => new ReportCell(WithWords(r.Label, PolishFormat.Natural(n), r.Unit))
            {
                Number = n, Style = n.Scale == 0 ? NumberStyle.Integer : NumberStyle.Decimal, Items = r.Items,
            },
            ValueKind.Approximate when r.Number is { } n => new ReportCell("ok. " + WithWords(null, PolishFormat.Natural(n), r.Unit)),
            ValueKind.Breakdown or ValueKind.List => new ReportCell(r.Text) { Items = ListItems(r) },
            ValueKind.NoData => new ReportCell("b.d."),
            ValueKind.NotApplicable => new ReportCell("x"),
            ValueKind.SameAsAbove => new ReportCell("j.w."),
            ValueKind.NotMeasuredYet => new ReportCell(r.Year is { } y ? $"pomiar od {y} r." : r.Text),
            ValueKind.Empty => ReportCell.Empty,
            _ => new ReportCell(r.Text),
        } with { Footnote = r.FootnoteMarks.Count > 0 ? string.Join(" ", r.FootnoteMarks) : null };
    }

    /// <summary>A sum of money in złoty: "1 234 567,89 zł".</summary>
    public static ReportCell Money(decimal? zloty) =>
        zloty is { } z ? new ReportCell(PolishFormat.Money(z)) { Number = z, Style = NumberStyle.Money } : ReportCell.Empty;

    private static string Amount(decimal number, string? unit) =>
        unit is null or MoneyUnits.Zloty ? PolishFormat.Money(number) : PolishFormat.Natural(number) + "\u00A0" + unit;

    private static string WithWords(string? label, string number, string? unit) =>
        string.Join(" ", new[] { label, number, unit }.Where(s => !string.IsNullOrEmpty(s)));

    private static IReadOnlyList<string> ListItems(ValueReading r) =>
        r.Items.Count > 0 ? r.Items
        : r.Parts.Count > 1 && r.Parts.All(p => p.Label is not null)
            ? r.Parts.Select(p => $"{p.Label} – {PolishFormat.Natural(p.Number)}{(p.IsPercentage ? "%" : p.Unit is null ? "" : " " + p.Unit)}").ToList()
            : [];
}
