using Kierunek.Domain.Values;

namespace Kierunek.Domain.Strategies;

/// <summary>One cell a document holds a reading of: where it is (the item's code, the indicator or cost column, the
/// year), its text as printed, and what it was read as.</summary>
public sealed record DocumentCell(string Where, RecordedValue Value, int SourceLine)
{
    public string Reading => ReadingText.Of(Value.Reading);
    public string? Doubt => ReadingText.Doubt(Value.Reading);
}

/// <summary>Every cell of a document with a reading — the baselines, targets and yearly values of its indicators and the
/// cells of its costs — in the document's order; and a sample of them for a preview: the doubtful ones first, then one
/// of each kind, so a person sees both what may be misread and how each kind was read.</summary>
public static class DocumentCells
{
    public static IEnumerable<DocumentCell> Of(StrategyDocument document)
    {
        foreach (var node in document.AllNodes())
        {
            var item = node.Code ?? node.Title ?? node.LevelName;
            foreach (var indicator in node.Indicators)
            {
                var name = $"{item}, {Shorten(indicator.Name ?? indicator.Code ?? "wskaźnik")}";
                if (indicator.Baseline is { } b) yield return new DocumentCell($"{name}: wartość bazowa", b.Value, indicator.SourceLine);
                if (indicator.Target is { } t) yield return new DocumentCell($"{name}: wartość docelowa", t.Value, indicator.SourceLine);
                foreach (var v in indicator.Values)
                    yield return new DocumentCell($"{name}: {v.Period}", v.Value, v.SourceLine == 0 ? indicator.SourceLine : v.SourceLine);
            }
            foreach (var cost in node.Costs)
            {
                foreach (var (label, value) in new[] { ("koszt", cost.Total), ("państwo", cost.State), ("gmina", cost.Gmina), ("inne", cost.Other), ("koszt (inna kolumna)", cost.Extra) })
                    if (value is not null) yield return new DocumentCell($"{item}: {label}", value, cost.SourceLine);
            }
        }
    }

    /// <summary>In one pass, keeping only what is shown: a document of 300 000 cells is not copied to choose 16.</summary>
    public static IReadOnlyList<DocumentCell> Sample(StrategyDocument document, int size)
    {
        var doubtful = new List<DocumentCell>();
        var perKind = new Dictionary<ValueKind, DocumentCell>();
        foreach (var cell in Of(document))
        {
            if (cell.Doubt is not null && doubtful.Count < size / 2) doubtful.Add(cell);
            perKind.TryAdd(cell.Value.Kind, cell);
        }
        return doubtful.Concat(perKind.Values).Distinct().Take(size).ToList();
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
