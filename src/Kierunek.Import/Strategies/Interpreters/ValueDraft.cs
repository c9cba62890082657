using Kierunek.Domain.Values;
using Kierunek.Import.Grids;

namespace Kierunek.Import.Strategies.Interpreters;

/// <summary>A cell still being read: a value cut by page breaks arrives in several rows
/// ("81 w tym m.in.: …" | "<p>pozarządowych;</p> …"). The pieces are joined line by line,
/// the raw text kept exactly, and read once when the document is complete.</summary>
public sealed class ValueDraft(int line)
{
    private readonly List<Cell> pieces = [];

    public int Line { get; } = line;
    public bool IsEmpty => pieces.Count == 0;

    public void Add(Cell cell)
    {
        if (!cell.IsEmpty) pieces.Add(cell);
    }

    public Cell Joined => pieces.Count switch
    {
        0 => Cell.Empty,
        1 => pieces[0],
        _ => new Cell(string.Join("\n", pieces.Select(p => p.Raw)), string.Join("\n", pieces.Select(p => p.Text)), pieces.SelectMany(p => p.Items).ToList()),
    };

    /// <summary>A complete short value (a number, an amount, a marker) is closed: text printed
    /// below it is not its continuation. Long text and lists stay open.</summary>
    public bool IsOpen
    {
        get
        {
            if (IsEmpty) return false;
            var joined = Joined;
            if (joined.Flat.Length > 60) return true;
            var reading = ValueReader.Read(joined.Text, ValueContext.General, joined.Items);
            return !reading.IsSuccess || reading.Reading!.Kind is ValueKind.Text or ValueKind.List;
        }
    }

    public RecordedValue? Read(CellValues values, string column) => IsEmpty ? null : values.Read(Joined, Line, column);
}
