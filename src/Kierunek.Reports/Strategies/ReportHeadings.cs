using Kierunek.Domain.Strategies;

namespace Kierunek.Reports.Strategies;

/// <summary>How reports name a document and its nodes, the way the document itself does.</summary>
internal static class ReportHeadings
{
    public static string Of(StrategyNode node) =>
        string.Join(" ", new[] { node.LevelName, node.Code is null ? null : node.Code + ".", node.Title }.Where(s => !string.IsNullOrWhiteSpace(s)));

    /// <summary>"Na podstawie: {title} (wersja 3); rok sprawozdawczy 2021." — the stored version the report was made from
    /// (a strategy amended in the editor has several), and never the file the document was loaded from: its name
    /// is the office's own ("000_7a97….txt", "C:\Users\…"), not something a council or the public should read.</summary>
    public static string Source(StrategyDocument document, int year) => $"Na podstawie: {document.Title}{(document.StoredVersion is { } v ? $" (wersja {v})" : "")}; rok sprawozdawczy {year}.";
}
