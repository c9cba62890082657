using Kierunek.Domain.Results;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Strategies.Exchange;
using Kierunek.Import.Grids;
using Kierunek.Import.Reading;
using Kierunek.Import.Strategies.Interpreters;
using Kierunek.Import.Territory;

namespace Kierunek.Import.Strategies;

/// <summary>Reads a strategy report file into a <see cref="StrategyDocument"/>: text → grid →
/// the interpreter for its layout; or a file in the exchange format (JSON). Either the whole document or the errors; never half.</summary>
public static class DocumentImporter
{
    public static Result<StrategyDocument> ImportFile(string path)
    {
        var source = SourceText.Load(path);
        if (!source.IsSuccess) return Result<StrategyDocument>.Fail(source.Errors);
        return ImportText(source.Value!);
    }

    /// <summary>Errors name the file and line; for a Word or Excel file also the table or sheet and row.</summary>
    public static Result<StrategyDocument> ImportText(SourceText text)
    {
        var result = Import(text);
        return result.IsSuccess ? result : Result<StrategyDocument>.Fail(text.Locate(result.Errors));
    }

    private static Result<StrategyDocument> Import(SourceText text)
    {
        if (text.Lines.Count > 0 && DocumentJson.LooksLikeExchange(text.Lines[0]))
        {
            var exchange = DocumentJson.Read(string.Join("\n", text.Lines), text.FileName);
            if (!exchange.IsSuccess) return exchange;
            var disagreements = ExchangeCheck.Reread(exchange.Value!, text.FileName);
            return disagreements.Count > 0 ? Result<StrategyDocument>.Fail(disagreements) : exchange;
        }
        if ((TextGridReader.FindTruncatedLastRow(text) ?? TableOfContents.FindMissingSection(text)) is { } truncated) return Result<StrategyDocument>.Fail(truncated);
        var result = Interpret(TextGridReader.Read(text));
        if (result.IsSuccess && DocumentEnd.FindCut(text, result.Value!) is { } cut) return Result<StrategyDocument>.Fail(cut);
        return result;
    }

    /// <param name="clock">Only for a document of seed 001's layout that names no year (then its values get the current
    /// year); the system clock unless a test gives another.</param>
    public static Result<StrategyDocument> Interpret(Grid grid, TimeProvider? clock = null)
    {
        var layout = LayoutDetector.Detect(grid);
        if (!layout.IsSuccess) return Result<StrategyDocument>.Fail(layout.Errors);
        var result = layout.Value switch
        {
            DocumentLayout.ImplementationTable => ImplementationTableInterpreter.Interpret(grid),
            DocumentLayout.IndicatorTable => IndicatorTableInterpreter.Interpret(grid, (clock ?? TimeProvider.System).GetLocalNow().Year),
            DocumentLayout.MultiYearTable => MultiYearTableInterpreter.Interpret(grid),
            DocumentLayout.MonitoringReport => MonitoringReportInterpreter.Interpret(grid),
            _ => Result<StrategyDocument>.Fail(new Error(new SourceLocation(grid.FileName), ImportErrorCodes.UnknownLayout,
                $"Układ {layout.Value} nie jest jeszcze obsługiwany.")),
        };
        if (result.IsSuccess) DocumentLinker.Link(result.Value!, TercFile.Register);
        return result;
    }
}
