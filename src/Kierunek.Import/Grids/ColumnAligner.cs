namespace Kierunek.Import.Grids;

/// <summary>A column a row's cells can be assigned to, with how well a text fits it.</summary>
public sealed record ColumnSpec(string Name, Func<Cell, double> Fit);

/// <summary>Assigns the non-empty cells of a row to columns by content, keeping their order.
/// Word exports drop empty merged cells and insert stray ones, so a cell's position alone
/// cannot be trusted; its position is only a tie-breaker. Maximises the summed fit with a
/// small penalty for moving a cell away from its printed position (dynamic programming).</summary>
public sealed class ColumnAligner(IReadOnlyList<ColumnSpec> columns)
{
    private const double MovePenalty = 0.35;
    private const double UnplacedPenalty = -9;

    public IReadOnlyList<ColumnSpec> Columns => columns;

    /// <param name="printedPosition">Where each column is expected in a row of the given width.</param>
    public AlignedRow Align(GridRow row, Func<int, int, double> printedPosition)
    {
        var cells = row.Cells.Select((c, i) => (Cell: c, Index: i)).Where(x => !x.Cell.IsEmpty).ToList();
        int n = cells.Count, k = columns.Count;
        // Each cell weighed against every column once, one cell after another: the columns ask the same questions of a
        // cell, and a fit may remember the last cell's answers (CellShape) instead of keeping every cell's.
        var fit = new double[n, k];
        for (var i = 0; i < n; i++)
        for (var j = 0; j < k; j++)
            fit[i, j] = columns[j].Fit(cells[i].Cell) - MovePenalty * Math.Abs(printedPosition(j, row.Cells.Count) - cells[i].Index);
        // best[i, j]: best score placing the first i cells using the first j columns.
        var best = new double[n + 1, k + 1];
        var choice = new int[n + 1, k + 1]; // 0 skip column, 1 place cell i-1 in column j-1, 2 leave cell unplaced
        for (var i = 1; i <= n; i++) { best[i, 0] = best[i - 1, 0] + UnplacedPenalty; choice[i, 0] = 2; }
        for (var i = 0; i <= n; i++)
        for (var j = 1; j <= k; j++)
        {
            best[i, j] = best[i, j - 1];
            choice[i, j] = 0;
            if (i == 0) continue;
            var place = best[i - 1, j - 1] + fit[i - 1, j - 1];
            if (place > best[i, j]) { best[i, j] = place; choice[i, j] = 1; }
            var leave = best[i - 1, j] + UnplacedPenalty;
            if (leave > best[i, j]) { best[i, j] = leave; choice[i, j] = 2; }
        }

        var placed = new Cell[k];
        var unplaced = new List<Cell>();
        for (int i = n, j = k; i > 0 || j > 0;)
        {
            switch (choice[i, j])
            {
                case 1: placed[j - 1] = cells[i - 1].Cell; i--; j--; break;
                case 2: unplaced.Add(cells[i - 1].Cell); i--; break;
                default: j--; break;
            }
            if (j == 0 && i > 0 && choice[i, j] != 2) { unplaced.Add(cells[i - 1].Cell); i--; }
        }
        unplaced.Reverse();
        return new AlignedRow(row, placed.Select(c => c ?? Cell.Empty).ToList(), unplaced);
    }
}

/// <summary>A row with its cells placed in named columns; <see cref="Unplaced"/> cells fitted nowhere.</summary>
public sealed record AlignedRow(GridRow Source, IReadOnlyList<Cell> Cells, IReadOnlyList<Cell> Unplaced)
{
    public Cell this[int column] => Cells[column];
    public int Line => Source.Line;

    /// <summary>The position the cell had in the printed row, or -1.</summary>
    public int PrintedIndexOf(Cell cell)
    {
        for (var i = 0; i < Source.Cells.Count; i++)
            if (ReferenceEquals(Source.Cells[i], cell)) return i;
        return -1;
    }
    public bool BreakBefore => Source.BreakBefore;
}
