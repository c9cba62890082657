using Kierunek.Domain.Strategies;

namespace Kierunek.Reports.Strategies;

/// <summary>How reports name a document and its nodes, the way the document itself does.</summary>
internal static class ReportHeadings
{
    public static string Of(StrategyNode node) =>
        string.Join(" ", new[] { node.LevelName, node.Code is null ? null : node.Code + ".", node.Title }.Where(s => !string.IsNullOrWhiteSpace(s)));

    public static string Source(StrategyDocument document, int year) =>
        $"Na podstawie: {document.Title}" + (document.SourceFile is { } f ? $" (plik {f})" : "") + $"; rok sprawozdawczy {year}.";
}
