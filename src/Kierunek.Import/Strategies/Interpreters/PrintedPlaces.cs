using Kierunek.Import.Grids;
using C = Kierunek.Import.Strategies.Interpreters.ImplementationColumns;

namespace Kierunek.Import.Strategies.Interpreters;

/// <summary>Where the content-based aligner is outvoted by the printed position of a cell in the
/// implementation table (seed 000): the evidence of the column a full-width row printed it in.</summary>
internal static class PrintedPlaces
{
    public static AlignedRow Restore(AlignedRow a, bool taskIsOpen) => KeepPrintedLeadingColumns(KeepPrintedMeasure(a), taskIsOpen);

    /// <summary>Text printed in the measure's own column is the measure, even when it names an institution
    /// ("Nowo otworzone placówki …" in seed 000, 1.1.4) — unless it goes on in lower case after a page
    /// break, where it is the rest of a cut cell.</summary>
    private static AlignedRow KeepPrintedMeasure(AlignedRow a)
    {
        var coordinator = a[C.Coordinator];
        if (!a[C.Measure].IsEmpty || coordinator.IsEmpty || !a[C.Task].IsEmpty) return a;
        if (a.BreakBefore && CellShapes.StartsLowercase(coordinator.Flat)) return a;
        if (a.PrintedIndexOf(coordinator) != C.Measure) return a;
        var cells = a.Cells.ToArray();
        (cells[C.Measure], cells[C.Coordinator]) = (coordinator, Cell.Empty);
        return a with { Cells = cells };
    }

    /// <summary>After a page break, a full-width row whose first cell goes on in lower case carries the
    /// rest of the cut task, coordinator and implementers cells in their printed places (seed 000, 5.5.3:
    /// "mających na celu …" | "" | "Pomocy Rodzinie w Lublinie" | "Miasta Lublin, organizacje pozarządowe").</summary>
    private static AlignedRow KeepPrintedLeadingColumns(AlignedRow a, bool taskIsOpen)
    {
        var first = a.Source[0];
        if (!a.BreakBefore || !taskIsOpen || a.Source.Cells.Count < C.Notes || first.IsEmpty || !CellShapes.StartsLowercase(first.Flat)) return a;
        var leading = new[] { C.Task, C.Measure, C.Coordinator, C.Implementers };
        var cells = a.Cells.ToArray();
        foreach (var column in leading) cells[column] = Cell.Empty;
        if (cells.Any(c => leading.Any(l => !a.Source[l].IsEmpty && ReferenceEquals(c, a.Source[l])))) return a;
        foreach (var column in leading) cells[column] = a.Source[column];
        return a with { Cells = cells };
    }
}
