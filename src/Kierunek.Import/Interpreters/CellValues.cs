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
}
