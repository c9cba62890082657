namespace Kierunek.Import.Grids;

/// <summary>Word sometimes exports several table rows as one row whose cells hold one
/// &lt;p&gt; per original row (seed 000, task 2.2.2: five deadlines, five costs, five indicators).
/// When the key cells all hold the same number of paragraphs, the row is split back;
/// a cell with another number of paragraphs stays whole in the first row.</summary>
public static class ParagraphRowSplitter
{
    public static IReadOnlyList<GridRow> Split(GridRow row, IReadOnlyList<int> keyColumns)
    {
        var counts = keyColumns.Select(c => Paragraphs(row[c]).Length).Distinct().ToList();
        if (counts.Count != 1 || counts[0] < 2) return [row];
        var n = counts[0];
        var rows = new List<GridRow>(n);
        for (var i = 0; i < n; i++)
        {
            var cells = row.Cells.Select(cell =>
            {
                var paragraphs = Paragraphs(cell);
                if (paragraphs.Length == n) return CellText.Parse(paragraphs[i]);
                return i == 0 ? cell : Cell.Empty;
            }).ToList();
            rows.Add(new GridRow(row.Line, cells, i == 0 && row.BreakBefore));
        }
        return rows;
    }

    private static string[] Paragraphs(Cell cell) => cell.IsEmpty ? [] : cell.Text.Split('\n');
}
