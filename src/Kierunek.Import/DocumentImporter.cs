using Kierunek.Domain.Strategies;
using Kierunek.Import.Grids;
using Kierunek.Import.Interpreters;
using Kierunek.Import.Reading;

namespace Kierunek.Import;

/// <summary>Reads a strategy report file into a <see cref="StrategyDocument"/>: text → grid →
/// the interpreter for its layout. Either the whole document or the errors; never half.</summary>
public static class DocumentImporter
{
    public static ImportResult<StrategyDocument> ImportFile(string path)
    {
        var source = SourceText.Load(path);
        return source.IsSuccess ? Interpret(TextGridReader.Read(source.Value!)) : ImportResult<StrategyDocument>.Fail(source.Errors);
    }

    public static ImportResult<StrategyDocument> Interpret(Grid grid)
    {
        var layout = LayoutDetector.Detect(grid);
        if (!layout.IsSuccess) return ImportResult<StrategyDocument>.Fail(layout.Errors);
        return layout.Value switch
        {
            DocumentLayout.ImplementationTable => ImplementationTableInterpreter.Interpret(grid),
            _ => ImportResult<StrategyDocument>.Fail(new ImportError(new SourceLocation(grid.FileName), ImportErrorCodes.UnknownLayout,
                $"Układ {layout.Value} nie jest jeszcze obsługiwany.")),
        };
    }
}
