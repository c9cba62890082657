using Kierunek.Domain.Values;
using Kierunek.Import.Grids;

namespace Kierunek.Import.Interpreters;

/// <summary>Reads cells into <see cref="RecordedValue"/>s and collects every unreadable one
/// as an error with its file, line and column — an import reports them all, then writes nothing.</summary>
public sealed class CellValues(string fileName)
{
    private readonly List<ImportError> errors = [];
    public IReadOnlyList<ImportError> Errors => errors;

    public RecordedValue? Read(Cell cell, int line, string column, ValueContext context = ValueContext.General)
    {
        if (cell.IsEmpty) return null;
        var result = ValueReader.Read(cell.Text, context, cell.Items);
        if (result.IsSuccess) return new RecordedValue(cell.Raw, result.Reading!);
        errors.Add(new ImportError(new SourceLocation(fileName, line, column), ImportErrorCodes.MalformedNumber, result.Error!));
        return null;
    }

    public void Add(ImportError error) => errors.Add(error);

    /// <summary>The interpreted document, or every cell error found on the way — never half a document.</summary>
    public ImportResult<Domain.Strategies.StrategyDocument> ResultFor(Domain.Strategies.StrategyDocument document) =>
        errors.Count > 0 ? ImportResult<Domain.Strategies.StrategyDocument>.Fail(errors) : ImportResult<Domain.Strategies.StrategyDocument>.Ok(document);
}
