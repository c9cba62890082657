using Kierunek.Domain.Language;
using Kierunek.Domain.Values;

namespace Kierunek.Domain.Strategies.Checks;

/// <summary>A report's own words against its own percentages: in notes and in values written as text (the
/// descriptions of what was done), a share in words that the percentage printed beside it contradicts —
/// "ponad połowa uczestników (38%)" (<see cref="SharesInWords"/>).</summary>
public static class TextShareCheck
{
    public static IEnumerable<Finding> Run(StrategyDocument document)
    {
        foreach (var node in document.AllNodes())
        {
            var texts = node.Notes.Select(n => (Text: n, Line: (int?)null))
                .Concat(node.Indicators.SelectMany(i => i.Notes.Select(n => (Text: n, Line: (int?)i.SourceLine))
                    .Concat(i.Values.Where(v => v.Value.Reading.Kind == ValueKind.Text).Select(v => (Text: v.Value.Raw, Line: (int?)i.SourceLine)))));
            foreach (var (text, line) in texts.Where(t => t.Text.Contains('%')))
            foreach (var sentence in SharesInWords.Sentences(text))
            foreach (var c in SharesInWords.In(sentence))
                yield return new Finding(FindingKind.WordsContradictShare, CostCheck.Where(node),
                    c.Message, line)
                    { Printed = c.Percent };
        }
    }
}
