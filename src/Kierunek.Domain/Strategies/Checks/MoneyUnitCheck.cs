using Kierunek.Domain.Values;

namespace Kierunek.Domain.Strategies.Checks;

/// <summary>Amounts whose unit does not fit where they stand: a cost in "tys. zł" or "mln zł" in a cost table kept
/// in złoty, and an indicator value in złoty where the indicator's name says thousands (or the other way round).
/// Sums already count every amount in złoty by its own unit; the finding says so, with the arithmetic both ways,
/// because a unit that differs from its table's is the usual sign of a figure typed in the wrong unit.</summary>
public static class MoneyUnitCheck
{
    public static IEnumerable<Finding> Run(StrategyDocument document)
    {
        foreach (var node in document.AllNodes())
        {
            foreach (var entry in node.Costs)
            foreach (var column in CostTotaller.Columns)
                if (entry[column] is { Reading: { Kind: ValueKind.Amount, Number: { } n, Unit: { } unit } } cell && unit != MoneyUnits.Zloty)
                    yield return new Finding(FindingKind.UnitMismatch, CostCheck.Where(node),
                        $"{CostCheck.Name(column)}: „{cell.Raw}” podano w {unit}, a tabela kosztów jest w zł — w sumach liczone jako " +
                        $"{PolishFormat.Money(n * MoneyUnits.Scale(unit))} ({PolishFormat.Natural(n)} × {PolishFormat.Number(MoneyUnits.Scale(unit))}); " +
                        $"jeśli chodziło o złote, to {PolishFormat.Money(n)}", entry.SourceLine) { Column = column, Printed = n * MoneyUnits.Scale(unit), Computed = n };

            foreach (var indicator in node.Indicators)
            {
                if (Declared(indicator.Unit) is not { } declared) continue;
                var cells = new List<(string Label, RecordedValue Value)>();
                if (indicator.Baseline is { } baseline) cells.Add(("wartość bazowa", baseline.Value));
                if (indicator.Target is { } target) cells.Add(("wartość docelowa", target.Value));
                cells.AddRange(indicator.Values.Select(v => ($"wartość {v.Period}", v.Value)));
                foreach (var (label, value) in cells)
                {
                    if (value.Reading is not { Kind: ValueKind.Amount, Number: { } n, Unit: { } unit } || unit == declared) continue;
                    var inDeclared = n * MoneyUnits.Scale(unit) / MoneyUnits.Scale(declared);
                    yield return new Finding(FindingKind.UnitMismatch, indicator.Name ?? CostCheck.Where(node),
                        $"wskaźnik jest w {declared}, a {label} „{value.Raw}” podano w {unit}: {PolishFormat.Natural(n)} {unit} = " +
                        $"{PolishFormat.Natural(inDeclared)} {declared}; sprawdź, czy to nie pomyłka jednostki", indicator.SourceLine)
                        { Printed = n, Computed = inDeclared };
                }
            }
        }
    }

    /// <summary>The money unit an indicator's name gives ("(tys. zł)"), or null when it is not money.</summary>
    private static string? Declared(string? unit)
    {
        var u = unit?.Replace(" ", "").ToLowerInvariant();
        return u switch
        {
            null => null,
            _ when u.Contains("tys") && u.Contains("zł") => MoneyUnits.ThousandZloty,
            _ when u.Contains("mln") && u.Contains("zł") => MoneyUnits.MillionZloty,
            "zł" or "złotych" or "wzł" => MoneyUnits.Zloty,
            _ => null,
        };
    }
}
