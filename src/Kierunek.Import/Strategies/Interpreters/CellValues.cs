using Kierunek.Domain.Results;
using Kierunek.Domain.Values;
using Kierunek.Import.Grids;

namespace Kierunek.Import.Strategies.Interpreters;

/// <summary>Reads cells into <see cref="RecordedValue"/>s and collects every unreadable one
/// as an error with its file, line and column — an import reports them all, then writes nothing.
/// Links every "j.w." to the last value read above it in the same column.</summary>
public sealed class CellValues(string fileName)
{
    private readonly List<Error> errors = [];
    private readonly Dictionary<string, RepeatedCell> lastInColumn = [];
    public IReadOnlyList<Error> Errors => errors;

    /// <summary>Reads a cell of the table body; a later "j.w." in <paramref name="column"/> can repeat it.</summary>
    public RecordedValue? Read(Cell cell, int line, string column, ValueContext context = ValueContext.General)
    {
        var value = ReadAlone(cell, line, column, context);
        if (value is null) return null;
        if (value.Kind != ValueKind.SameAsAbove)
        {
            lastInColumn[column] = new RepeatedCell(line, column, value);
            return value;
        }
        return lastInColumn.TryGetValue(column, out var above) ? value with { Repeats = above } : value;
    }

    /// <summary>Reads a cell that no "j.w." below may repeat — a printed total or a summary row.</summary>
    public RecordedValue? ReadAlone(Cell cell, int line, string column, ValueContext context = ValueContext.General)
    {
        if (cell.IsEmpty) return null;
        var result = ValueReader.Read(cell.Text, context, cell.Items);
        if (result.IsSuccess) return new RecordedValue(cell.Raw, result.Reading!);
        errors.Add(new Error(new SourceLocation(fileName, line, column), ImportErrorCodes.MalformedNumber, result.Error!));
        return null;
    }

    public void Add(Error error) => errors.Add(error);

    /// <summary>The interpreted document, or every cell error found on the way — never half a document.</summary>
    public Result<Domain.Strategies.StrategyDocument> ResultFor(Domain.Strategies.StrategyDocument document) =>
        errors.Count > 0 ? Result<Domain.Strategies.StrategyDocument>.Fail(errors) : Result<Domain.Strategies.StrategyDocument>.Ok(document);
}
