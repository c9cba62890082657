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
            ValueKind.Breakdown or ValueKind.List => ListCell(r),
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
        string.Join(" ", new[] { label, unit is "%" ? number + "%" : number, unit is "%" ? null : unit }.Where(s => !string.IsNullOrEmpty(s)));

    /// <summary>A list printed as a list keeps the words before it ("W latach 2021-2023 … 4 placówki:");
    /// a breakdown whose every part is labelled becomes a list of "label – number"; any other text stays whole.</summary>
    private static ReportCell ListCell(ValueReading r)
    {
        if (r.Items.Count > 0)
        {
            var first = r.Text.IndexOf(r.Items[0], StringComparison.Ordinal);
            var lead = first > 0 ? r.Text[..first].TrimEnd(' ', '•', '-', '–') : "";
            return new ReportCell(lead) { Items = r.Items };
        }
        if (r.Parts.Count > 1 && r.Parts.All(p => p.Label is not null) && LabelsAndNumbersOnly(r))
            return new ReportCell("") { Items = r.Parts.Select(p => $"{p.Label} – {PolishFormat.Natural(p.Number)}{(p.IsPercentage ? "%" : p.Unit is null ? "" : " " + p.Unit)}").ToList() };
        return new ReportCell(r.Text);
    }

    /// <summary>Nothing but the parts' labels, numbers and units is printed, so the list loses no word.</summary>
    private static bool LabelsAndNumbersOnly(ValueReading r)
    {
        var rest = r.Text;
        foreach (var word in r.Parts.SelectMany(p => new[] { p.Label, p.Unit }).OfType<string>())
            rest = rest.Replace(word, " ", StringComparison.Ordinal);
        return rest.All(c => char.IsDigit(c) || char.IsWhiteSpace(c) || c is '•' or '-' or '–' or ',' or '.' or ':' or ';' or '/' or '%');
    }
}
