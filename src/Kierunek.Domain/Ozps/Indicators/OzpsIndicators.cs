using Kierunek.Domain.Ozps.Template;
using Kierunek.Domain.Values;

namespace Kierunek.Domain.Ozps.Indicators;

/// <summary>An input as used: what it is, where it was taken from ("korzystajacy/1"), its value.</summary>
public sealed record InputValue(string Label, string Source, decimal Value);

/// <summary>How the document's own printed value compares with ours, at the digits it printed.</summary>
public enum PrintedMatch { Rounded, Truncated, Differs }

/// <summary>A figure a document printed against the one computed from its own data: the same when rounded to the
/// printed decimals, cut rather than rounded, or different. One rule for the indicators and the narrative's shares.</summary>
public static class PrintedFigures
{
    public static PrintedMatch Compare(decimal computed, decimal printed, int decimals)
    {
        if (Math.Round(computed, decimals, MidpointRounding.AwayFromZero) == printed) return PrintedMatch.Rounded;
        var factor = (decimal)Math.Pow(10, decimals);
        return Math.Truncate(computed * factor) / factor == printed ? PrintedMatch.Truncated : PrintedMatch.Differs;
    }

    /// <summary>"1,5" → 1, "79" → 0, "59,64%" → 2.</summary>
    public static int DecimalsOf(string raw)
    {
        var comma = raw.IndexOfAny([',', '.']);
        return comma < 0 ? 0 : raw[(comma + 1)..].TakeWhile(char.IsDigit).Count();
    }
}

/// <summary>An indicator for one unit and year: the value with the inputs behind it, or why it could not be
/// computed; and the value the document printed, if it printed one.</summary>
public sealed record IndicatorResult(IndicatorDefinition Definition, int Year, decimal? Value, InputValue? Numerator, InputValue? Denominator, string? Missing, RecordedValue? Printed)
{
    /// <summary>The value as shown: the definition's decimals, Polish format, with its unit.</summary>
    public string Text => Value is { } v ? Format(v, Definition) : "–";

    /// <summary>The printed value against ours, rounded and truncated to the decimals printed.</summary>
    public PrintedMatch? Match
    {
        get
        {
            if (Value is not { } v || Printed?.Reading.Number is not { } printed) return null;
            return PrintedFigures.Compare(v, printed, PrintedFigures.DecimalsOf(Printed.Raw));
        }
    }

    public static string Format(decimal value, IndicatorDefinition definition) => definition.Unit switch
    {
        "%" => PolishFormat.Percent(Math.Round(value, definition.Decimals, MidpointRounding.AwayFromZero), definition.Decimals),
        "zł" => PolishFormat.Money(Math.Round(value, 2, MidpointRounding.AwayFromZero)),
        _ => PolishFormat.Number(Math.Round(value, definition.Decimals, MidpointRounding.AwayFromZero), definition.Decimals),
    };

}

/// <summary>Computes the template's indicators from a unit's data, for every year the data covers.</summary>
public static class OzpsIndicators
{
    public static IReadOnlyList<IndicatorResult> Compute(OzpsUnitData data, OzpsTemplate template, IEnumerable<int>? years = null)
    {
        var results = new List<IndicatorResult>();
        foreach (var year in years ?? data.Years)
            foreach (var definition in template.Indicators)
                results.Add(Compute(data, definition, year));
        return results;
    }

    public static IndicatorResult Compute(OzpsUnitData data, IndicatorDefinition definition, int year)
    {
        var printed = definition.Printed is { } at && Parsed(at) is var (table, rows) ? data[new OzpsKey(table, rows[0], year)]?.Value : null;
        var numerator = Input(data, definition.Numerator, year);
        var denominator = Input(data, definition.Denominator, year);
        string? missing = numerator is null ? $"brak danych: {definition.Numerator.Label}"
            : denominator is null ? $"brak danych: {definition.Denominator.Label}"
            : denominator.Value == 0 ? $"{definition.Denominator.Label}: zero — nie można dzielić"
            : null;
        var value = missing is null ? numerator!.Value / denominator!.Value * definition.Scale : (decimal?)null;
        return new IndicatorResult(definition, year, value, numerator, denominator, missing, printed);
    }

    private static InputValue? Input(OzpsUnitData data, IndicatorInput input, int year)
    {
        foreach (var source in input.From)
        {
            var (table, rows) = Parsed(source);
            if ((rows.Length > 1 ? Sum(data, table, rows, year) : data.Number(table, rows[0], year)) is { } number)
                return new InputValue(input.Label, source, number);
        }
        return null;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Table, string[] Rows)> Sources = new();

    /// <summary>"wydatki/3+5" → ("wydatki", ["3", "5"]), read once: a country's indicators look their sources up a million times.</summary>
    private static (string Table, string[] Rows) Parsed(string source) =>
        Sources.GetOrAdd(source, s => Split(s) is var (table, row) ? (table, row.Split('+')) : default);

    /// <summary>"wydatki/3+5": the rows added up. A row marked X (not applicable) adds nothing; a row missing or
    /// b.d. leaves the sum unknown — a total is never made from part of its rows.</summary>
    private static decimal? Sum(OzpsUnitData data, string table, string[] rows, int year)
    {
        var sum = 0m;
        foreach (var row in rows)
        {
            var value = data[new OzpsKey(table, row, year)];
            if (value?.Value.Kind == ValueKind.NotApplicable) continue;
            if (value?.Number is not { } n) return null;
            sum += n;
        }
        return sum;
    }

    private static (string Table, string Row) Split(string source)
    {
        var slash = source.IndexOf('/');
        return (source[..slash], source[(slash + 1)..]);
    }
}
