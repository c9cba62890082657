namespace Kierunek.Import.Grids;

/// <summary>One line of the source that survived noise removal: a table row (several cells)
/// or a line of running text (one cell). <see cref="BreakBefore"/> says that a blank line,
/// a page number or a running header stood before it — in an exported table, a page break.</summary>
public sealed record GridRow(int Line, IReadOnlyList<Cell> Cells, bool BreakBefore)
{
    public bool IsTextLine => Cells.Count == 1;
    public Cell this[int index] => index < Cells.Count ? Cells[index] : Cell.Empty;
    public IEnumerable<Cell> NonEmpty => Cells.Where(c => !c.IsEmpty);
    public string Flat => string.Join(" | ", Cells.Select(c => c.Flat));
    public override string ToString() => $"{Line}: {Flat}";
}

/// <summary>A source turned into rows of cells, independent of where it came from
/// (tab-separated text today; a Word or Excel table reader can produce the same).</summary>
public sealed record Grid(string FileName, IReadOnlyList<GridRow> Rows);
