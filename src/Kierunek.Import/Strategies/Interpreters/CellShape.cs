using Kierunek.Import.Grids;

namespace Kierunek.Import.Strategies.Interpreters;

/// <summary>The <see cref="CellShapes"/> of one cell, each worked out at most once: the column
/// aligner weighs every cell against every column, and most columns ask the same questions.</summary>
public sealed class CellShape
{
    // The aligner asks all its columns about one cell before the next (ColumnAligner.Align), so remembering the last
    // cell per thread is enough. A table of every cell (ConditionalWeakTable) cost a lock and a GC handle per cell:
    // a quarter of reading seed 000.
    [ThreadStatic] private static CellShape? last;

    private readonly Lazy<bool> moneyLike, deadline, sameAsAbove, valueLike;

    private CellShape(Cell cell)
    {
        Cell = cell;
        var text = cell.Flat;
        Text = text;
        moneyLike = new(() => CellShapes.IsMoneyLike(text), LazyThreadSafetyMode.None);
        deadline = new(() => CellShapes.IsDeadline(text), LazyThreadSafetyMode.None);
        sameAsAbove = new(() => CellShapes.IsSameAsAbove(text), LazyThreadSafetyMode.None);
        valueLike = new(() => CellShapes.IsValueLike(text), LazyThreadSafetyMode.None);
    }

    public static CellShape Of(Cell cell) =>
        last is { } known && ReferenceEquals(known.Cell, cell) ? known : last = new CellShape(cell);

    private Cell Cell { get; }
    public string Text { get; }
    public bool IsMoneyLike => moneyLike.Value;
    public bool IsDeadline => deadline.Value;
    public bool IsSameAsAbove => sameAsAbove.Value;
    public bool IsValueLike => valueLike.Value;
}
