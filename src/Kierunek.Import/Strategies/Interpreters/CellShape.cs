using Kierunek.Import.Grids;
using System.Runtime.CompilerServices;

namespace Kierunek.Import.Strategies.Interpreters;

/// <summary>The <see cref="CellShapes"/> of one cell, each worked out at most once: the column
/// aligner weighs every cell against every column, and most columns ask the same questions.</summary>
public sealed class CellShape
{
    private static readonly ConditionalWeakTable<Cell, CellShape> Known = new();

    private readonly Lazy<bool> moneyLike, deadline, sameAsAbove, valueLike;

    private CellShape(string text)
    {
        Text = text;
        moneyLike = new(() => CellShapes.IsMoneyLike(text), LazyThreadSafetyMode.PublicationOnly);
        deadline = new(() => CellShapes.IsDeadline(text), LazyThreadSafetyMode.PublicationOnly);
        sameAsAbove = new(() => CellShapes.IsSameAsAbove(text), LazyThreadSafetyMode.PublicationOnly);
        valueLike = new(() => CellShapes.IsValueLike(text), LazyThreadSafetyMode.PublicationOnly);
    }

    public static CellShape Of(Cell cell) => Known.GetValue(cell, c => new CellShape(c.Flat));

    public string Text { get; }
    public bool IsMoneyLike => moneyLike.Value;
    public bool IsDeadline => deadline.Value;
    public bool IsSameAsAbove => sameAsAbove.Value;
    public bool IsValueLike => valueLike.Value;
}
