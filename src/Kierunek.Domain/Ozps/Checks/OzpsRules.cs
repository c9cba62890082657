using Kierunek.Domain.Ozps.Indicators;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Domain.Values;

namespace Kierunek.Domain.Ozps.Checks;

public enum Severity { Error, Warning }

/// <summary>A rule the data breaks: which table, row and year, the values, and the rule in words.</summary>
public sealed record OzpsFinding(Severity Severity, string Table, string Row, int Year, bool Forecast, string Message)
{
    public override string ToString() => $"{(Severity == Severity.Error ? "błąd" : "ostrzeżenie")}: {Message}";
}

/// <summary>The template's rules over a unit's data: a "w tym" row never exceeds its row, persons in families
/// never fewer than families, parts that should add up to a total (a warning), and a forecast far from the trend
/// without a comment (a warning). Markers (X, b.d.) and empty cells are never compared.</summary>
public static class OzpsRules
{
    public static IReadOnlyList<OzpsFinding> Check(OzpsUnitData data, OzpsTemplate template)
    {
        var findings = new List<OzpsFinding>();
        // Looked up per row below: a scan of every value per row would be 213 × 1 600 comparisons per unit.
        var forecasts = data.Values.Where(v => v.Key.Forecast).ToLookup(v => (v.Key.Table, v.Key.Row));
        var columns = data.Values.Where(v => template.Table(v.Key.Table) is not null).Select(v => (v.Key.Year, v.Key.Forecast)).Distinct().OrderBy(c => c.Year).ThenBy(c => c.Forecast).ToList();
        foreach (var table in template.Tables)
        {
            foreach (var (year, forecast) in columns)
            {
                decimal? At(int row) => data.Number(table.Code, table.KeyOf(row), year, forecast);
                foreach (var row in table.Rows)
                {
                    if (At(row.No) is not { } value) continue;
                    foreach (var parent in row.PartOf ?? [])
                        if (At(parent) is { } whole && value > whole)
                            findings.Add(new(Severity.Error, table.Code, row.Key, year, forecast,
                                $"{Where(table, row, year, forecast)}: {N(value)} > {N(whole)} (wiersz {parent}) — wiersz „w tym” nie może przekraczać wiersza, którego jest częścią."));
                    foreach (var other in row.AtLeast ?? [])
                        if (At(other) is { } least && value < least)
                            findings.Add(new(Severity.Error, table.Code, row.Key, year, forecast,
                                $"{Where(table, row, year, forecast)}: {N(value)} < {N(least)} (wiersz {other}) — {table.Row(other)?.Label.ToLowerInvariant()} nie może być więcej niż {row.Label.ToLowerInvariant()}."));
                }
                foreach (var sum in table.SumRules)
                {
                    var parts = sum.Parts.Select(At).ToList();
                    if (At(sum.Total) is not { } total || parts.Any(p => p is null)) continue;
                    var added = parts.Sum(p => p!.Value);
                    if (added != total)
                        findings.Add(new(sum.Severity == "błąd" ? Severity.Error : Severity.Warning, table.Code, table.KeyOf(sum.Total), year, forecast,
                            $"{Where(table, table.Row(sum.Total)!, year, forecast)}: {N(total)}, a suma wierszy {string.Join(" + ", sum.Parts)} to {N(added)} (różnica {N(added - total)})."));
                }
            }
            foreach (var row in table.Rows) Trend(data, template, table, row, forecasts[(table.Code, row.Key)], findings);
        }
        Printed(data, template, findings);
        return findings;
    }

    /// <summary>Every indicator the document prints against ours from its own printed inputs: a figure that cannot
    /// be reproduced is reported with the arithmetic, never replaced.</summary>
    private static void Printed(OzpsUnitData data, OzpsTemplate template, List<OzpsFinding> findings)
    {
        foreach (var result in OzpsIndicators.Compute(data, template))
        {
            if (result.Match is not (PrintedMatch.Differs or PrintedMatch.Truncated) || result.Definition.Printed is not { } at) continue;
            var (table, row) = (at[..at.IndexOf('/')], at[(at.IndexOf('/') + 1)..]);
            var arithmetic = $"{N(result.Numerator!.Value)} ÷ {N(result.Denominator!.Value)}{(result.Definition.Scale == 1 ? "" : $" × {N(result.Definition.Scale)}")}; {result.Numerator.Source}, {result.Denominator.Source}";
            findings.Add(new(Severity.Warning, table, row, result.Year, false, result.Match == PrintedMatch.Truncated
                // Cut instead of rounded: not a wrong figure, but not the one the template's rounding gives either.
                ? $"{result.Definition.Name}, rok {result.Year}: dokument podaje {result.Printed!.Raw} — wynik obcięty, nie zaokrąglony: z jego danych wychodzi " +
                  $"{PolishFormat.Number(Math.Round(result.Value!.Value, 4, MidpointRounding.AwayFromZero), 4)}, po zaokrągleniu {result.Text} ({arithmetic})."
                : $"{result.Definition.Name}, rok {result.Year}: dokument podaje {result.Printed!.Raw}, a z jego danych wychodzi {result.Text} ({arithmetic})."));
        }
    }

    /// <summary>The forecast against the trend of the last two years and against the assessment year: further from
    /// both than the template's threshold (of the larger of the two years) asks for a comment.</summary>
    private static void Trend(OzpsUnitData data, OzpsTemplate template, TemplateTable table, TemplateRow row, IEnumerable<OzpsValue> rowForecasts, List<OzpsFinding> findings)
    {
        foreach (var forecast in rowForecasts)
        {
            var year = forecast.Key.Year;
            if (forecast.Number is not { } f || data.Number(table.Code, row.Key, year - 1) is not { } now || data.Number(table.Code, row.Key, year - 2) is not { } before) continue;
            var expected = now + (now - before);
            var scale = Math.Max(Math.Max(Math.Abs(now), Math.Abs(before)), 1m);
            // Repeating the assessment year is what the template asks for when there is no estimate: only a
            // forecast far from both the trend and the assessment year needs explaining.
            var far = Math.Abs(f - expected) / scale > template.ForecastTrendWarning && Math.Abs(f - now) / scale > template.ForecastTrendWarning;
            if (!far || !string.IsNullOrWhiteSpace(forecast.Comment)) continue;
            findings.Add(new(Severity.Warning, table.Code, row.Key, year, true,
                $"{Where(table, row, year, true)}: prognoza {N(f)} odbiega od trendu ({N(before)} → {N(now)}, czyli ok. {N(expected)}) i od roku oceny o ponad {PolishFormat.Percent(template.ForecastTrendWarning * 100, 0)} — dodaj komentarz, skąd ta prognoza."));
        }
    }

    private static string Where(TemplateTable table, TemplateRow row, int year, bool forecast) =>
        $"Tabela „{table.Title}”, wiersz {row.No} ({table.LabelOf(row)}), {(forecast ? $"prognoza {year}" : $"rok {year}")}";

    private static string N(decimal value) => PolishFormat.Natural(value);
}
