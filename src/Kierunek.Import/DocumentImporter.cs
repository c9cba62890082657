using Kierunek.Domain.Strategies;
using Kierunek.Import.Exchange;
using Kierunek.Import.Grids;
using Kierunek.Import.Interpreters;
using Kierunek.Import.Reading;
using Kierunek.Import.Territory;

namespace Kierunek.Import;

/// <summary>Reads a strategy report file into a <see cref="StrategyDocument"/>: text → grid →
/// the interpreter for its layout; or a file in the exchange format (JSON). Either the whole document or the errors; never half.</summary>
public static class DocumentImporter
{
    public static ImportResult<StrategyDocument> ImportFile(string path)
    {
        var source = SourceText.Load(path);
        if (!source.IsSuccess) return ImportResult<StrategyDocument>.Fail(source.Errors);
        return ImportText(source.Value!);
    }

    public static ImportResult<StrategyDocument> ImportText(SourceText text)
    {
        if (text.Lines.Count > 0 && DocumentJson.LooksLikeExchange(text.Lines[0]))
            return DocumentJson.Read(string.Join("\n", text.Lines), text.FileName);
        if (TextGridReader.FindTruncatedLastRow(text) is { } truncated) return ImportResult<StrategyDocument>.Fail(truncated);
        return Interpret(TextGridReader.Read(text));
    }

    public static ImportResult<StrategyDocument> Interpret(Grid grid)
    {
        var layout = LayoutDetector.Detect(grid);
        if (!layout.IsSuccess) return ImportResult<StrategyDocument>.Fail(layout.Errors);
        var result = layout.Value switch
        {
            DocumentLayout.ImplementationTable => ImplementationTableInterpreter.Interpret(grid),
            DocumentLayout.IndicatorTable => IndicatorTableInterpreter.Interpret(grid),
            DocumentLayout.MultiYearTable => MultiYearTableInterpreter.Interpret(grid),
            DocumentLayout.MonitoringReport => MonitoringReportInterpreter.Interpret(grid),
            _ => ImportResult<StrategyDocument>.Fail(new ImportError(new SourceLocation(grid.FileName), ImportErrorCodes.UnknownLayout,
                $"Układ {layout.Value} nie jest jeszcze obsługiwany.")),
        };
        if (result.IsSuccess) DocumentLinker.Link(result.Value!, TercFile.Register);
        return result;
    }
}
