using Kierunek.Import.Grids;

namespace Kierunek.Import.Strategies.Interpreters;

/// <summary>The columns of the implementation table (seed 000) and how well a cell fits each.
/// "Extra" is the stray fifth money column of the 13-column pages.</summary>
public static class ImplementationColumns
{
    public const int Task = 0, Measure = 1, Coordinator = 2, Implementers = 3, Deadline = 4,
        Total = 5, State = 6, Gmina = 7, Other = 8, Extra = 9, IndicatorName = 10, IndicatorValue = 11, Notes = 12;

    public static readonly string[] Names =
        ["Zadania", "Realizowane działania", "Koordynator", "Realizatorzy", "Termin realizacji", "Koszt działania",
         "państwo", "gmina", "inne", "(dodatkowa kolumna)", "Nazwa wskaźnika", "Liczba", "Uwagi"];

    public static ColumnAligner Aligner { get; } = new(
    [
        new(Names[Task], c => CellShapes.StartsWithTaskCode(c.Flat) ? 10 : CellShapes.StartsLowercase(c.Flat) ? 0.5 : -6),
        new(Names[Measure], MeasureFit),
        new(Names[Coordinator], c => PartyFit(c, lowercaseBonus: 0)),
        new(Names[Implementers], c => PartyFit(c, lowercaseBonus: 0.8)),
        new(Names[Deadline], DeadlineFit),
        new(Names[Total], Money(5)),
        new(Names[State], Money(5)),
        new(Names[Gmina], Money(5)),
        new(Names[Other], Money(5)),
        new(Names[Extra], Money(3)),
        new(Names[IndicatorName], IndicatorNameFit),
        new(Names[IndicatorValue], c => CellShapes.IsStatus(c.Flat) || CellShapes.IsIndicatorName(c.Flat) ? -2 : CellShape.Of(c).IsValueLike ? 4 : 1),
        new(Names[Notes], c => CellShapes.IsStatus(c.Flat) ? 5 : 1),
    ]);

    /// <summary>Where a column stands in a printed row: the 13-column pages have the extra money column.</summary>
    public static double PrintedPosition(int column, int width) =>
        width >= 13 ? column : column switch { < Extra => column, Extra => 100, _ => column - 1 };

    // "j.w." fits a deadline only weakly: in a row of five it is the deadline and four costs.
    private static double DeadlineFit(Cell c) => CellShape.Of(c) switch { { IsDeadline: true } => 6, { IsSameAsAbove: true } => 2, _ => -6 };

    private static double MeasureFit(Cell c)
    {
        var t = c.Flat;
        if (CellShapes.StartsWithTaskCode(t)) return -6;
        if (CellShape.Of(c).IsDeadline || CellShape.Of(c).IsMoneyLike) return t is "b.d" or "b.d." ? 1 : -4;
        if (CellShapes.StartsWithAction(t)) return 4;
        return CellShapes.IsIndicatorName(t) ? -1 : 2;
    }

    private static double PartyFit(Cell c, double lowercaseBonus)
    {
        var t = c.Flat;
        if (CellShapes.StartsWithTaskCode(t)) return -6;
        if (CellShape.Of(c).IsMoneyLike || CellShape.Of(c).IsDeadline) return -4;
        if (CellShapes.StartsLowercase(t)) return lowercaseBonus;
        if (CellShapes.StartsWithAction(t)) return -2;
        // Coordinators are named briefly; a long text is a description of the measure.
        if (t.Length > 200) return -1;
        return CellShapes.IsInstitutionLike(t) ? 3 : 0;
    }

    private static double IndicatorNameFit(Cell c)
    {
        var t = c.Flat;
        if (CellShapes.IsIndicatorName(t)) return 6;
        if (CellShapes.IsStatus(t)) return -3;
        if (t is "x" or "X") return 1;
        return CellShape.Of(c).IsMoneyLike ? -2 : 1;
    }

    private static Func<Cell, double> Money(double fit) => c => CellShape.Of(c).IsMoneyLike ? fit : -6;
}
