using Kierunek.Domain.Results;
using Kierunek.Domain.Strategies;
using Kierunek.Import.Reading;
using Kierunek.Import.Strategies.Interpreters;

namespace Kierunek.Import.Strategies;

/// <summary>Where a document of each layout must end. A file cut between two rows (or in a last cell) leaves every
/// row whole, so only the layout's own closing shows the cut; a stored shorter document would replace the whole one.
/// The last line cut short is found before this (<see cref="Grids.TextGridReader.FindTruncatedLastRow"/>), a section
/// the document's own contents promise by <see cref="Grids.TableOfContents"/>.</summary>
public static class DocumentEnd
{
    private const string Advice = "Zapisz dokument ponownie w całości.";
    private const string NewlineAdvice = "Zapisz dokument ponownie w całości; jeśli jest kompletny, zakończ go znakiem nowego wiersza.";

    /// <summary>The error that says where the document stops and what it lacks; null when it ends as its layout does.</summary>
    public static Error? FindCut(SourceText text, StrategyDocument document)
    {
        var lines = text.Lines;
        var last = Enumerable.Range(0, lines.Count).LastOrDefault(i => lines[i].Trim().Length > 0) + 1;
        // A complete file ends with a line break, as Word saves it; one without it stopped in the middle of its last
        // line — or was saved without one, which is why the closing is still looked for before it is refused.
        var openEnd = lines.Count > 0 && lines[^1].Trim().Length > 0;
        var at = new SourceLocation(text.FileName, last);
        return document.Layout switch
        {
            DocumentLayout.ImplementationTable => ImplementationEnd(document, at, openEnd),
            DocumentLayout.IndicatorTable or DocumentLayout.MultiYearTable when openEnd && !SignedAfterLastRow(lines) =>
                new Error(at, ImportErrorCodes.TruncatedDocument,
                    $"Plik urywa się w wierszu {last} (bez znaku nowego wiersza), a raport nie ma podpisu, którym kończą się raporty w tym układzie: plik wygląda na ucięty. {NewlineAdvice}"),
            _ => null,
        };
    }

    /// <summary>Seed 000's layout closes every specific goal with its "razem" row and every main goal with its
    /// "PODSUMOWANIE" table. A document that prints them (or ends mid-line) but lacks them for its last goal stopped early.</summary>
    private static Error? ImplementationEnd(StrategyDocument document, SourceLocation at, bool openEnd)
    {
        bool Prints(PrintedTotalKind kind) => document.PrintedTotals.Any(t => t.Kind == kind);
        bool Has(PrintedTotalKind kind, string? code) => document.PrintedTotals.Any(t => t.Kind == kind && t.GoalCode == code);
        var advice = openEnd ? NewlineAdvice : Advice;
        var goal = document.AllNodes().LastOrDefault(n => n.Kind == NodeKind.SpecificGoal);
        if (goal is not null && (openEnd || Prints(PrintedTotalKind.GoalRow)) && !Has(PrintedTotalKind.GoalRow, goal.Code))
            return new Error(at, ImportErrorCodes.TruncatedDocument,
                $"Dokument kończy się w wierszu {at.Line}, a cel szczegółowy {goal.Code} (od wiersza {goal.SourceLine}) nie ma wiersza sumy „CEL {goal.Code} … razem”, którym ten układ zamyka każdy cel: plik wygląda na ucięty. {advice}");
        var mainGoal = document.Roots.LastOrDefault();
        if (mainGoal is not null && (openEnd || Prints(PrintedTotalKind.SummaryMainGoal)) && !Has(PrintedTotalKind.SummaryMainGoal, mainGoal.Code))
            return new Error(at, ImportErrorCodes.TruncatedDocument,
                $"Dokument kończy się w wierszu {at.Line}, a cel główny {mainGoal.Code} nie ma tabeli „PODSUMOWANIE” z wierszem „CEL GŁÓWNY {mainGoal.Code}”, którą ten układ zamyka każdy cel główny: plik wygląda na ucięty. {advice}");
        // The summary repeats each goal's "razem" row; its last row differing from it in a file that ends mid-line
        // was cut in a last cell ("47 128,55" → "47").
        if (openEnd && document.PrintedTotals.LastOrDefault() is { Kind: PrintedTotalKind.SummaryGoal } repeated
            && document.PrintedTotals.FirstOrDefault(t => t.Kind == PrintedTotalKind.GoalRow && t.GoalCode == repeated.GoalCode) is { } original
            && Raw(repeated) != Raw(original))
            return new Error(at, ImportErrorCodes.TruncatedDocument,
                $"Plik urywa się w wierszu {at.Line} (bez znaku nowego wiersza), a ostatni wiersz podsumowania „{Raw(repeated)}” różni się od wiersza sumy celu {original.GoalCode} z wiersza {original.SourceLine} („{Raw(original)}”): plik wygląda na ucięty. {advice}");
        return null;
    }

    private static string Raw(PrintedTotal t) => string.Join(" | ", new[] { t.Total, t.State, t.Gmina, t.Other }.Select(v => v?.Raw ?? ""));

    /// <summary>A signature block after the last table row — not the front page's "PREZYDENT MIASTA / akceptuję".</summary>
    private static bool SignedAfterLastRow(IReadOnlyList<string> lines)
    {
        var lastRow = Enumerable.Range(0, lines.Count).LastOrDefault(i => lines[i].Contains('\t'));
        return lines.Skip(lastRow + 1).Any(Signature.StartsAt);
    }
}
