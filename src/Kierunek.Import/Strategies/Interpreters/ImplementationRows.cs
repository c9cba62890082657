using Kierunek.Import.Grids;
using System.Text.RegularExpressions;

namespace Kierunek.Import.Strategies.Interpreters;

/// <summary>Recognises the structural rows of the implementation table (seed 000): goal
/// headings, column headings, "razem" totals and the "PODSUMOWANIE" summary.</summary>
public static partial class ImplementationRows
{
    public static string First(GridRow row) => row.NonEmpty.FirstOrDefault()?.Flat ?? "";

    /// <summary>"1.CEL GŁÓWNY", "5. CEL GŁÓWNY" → "1", "5".</summary>
    public static string? MainGoalCode(GridRow row) => MainGoal().Match(First(row)) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>"1.1. Cel szczegółowy", "2.1 Cel szczegółowy" → "1.1", "2.1".</summary>
    public static string? SpecificGoalCode(GridRow row) => SpecificGoal().Match(First(row)) is { Success: true } m ? m.Groups[1].Value : null;

    public static bool IsColumnHeading(GridRow row) =>
        First(row) == "Zadania" || row.Cells.Any(c => c.Flat == "państwo") && row.Cells.Any(c => c.Flat == "gmina");

    /// <summary>"CEL 1.1. … razem*:", "CEL.2.5. … razem:" → ("2.5", title). Goal 6 of seed 000
    /// prints its totals without "razem", so a "CEL N.M" label followed by amounts counts too.</summary>
    public static (string Code, string Title)? GoalTotal(GridRow row)
    {
        var label = First(row);
        var m = GoalTotalLabel().Match(label);
        if (m.Success) return (m.Groups[1].Value, m.Groups[2].Value.Trim().TrimEnd(',').Trim());
        var bare = GoalLabel().Match(label);
        if (bare.Success && row.NonEmpty.Skip(1).Any(c => CellShapes.IsMoneyLike(c.Flat)))
            return (bare.Groups[1].Value, bare.Groups[2].Value.Trim());
        return null;
    }

    public static bool IsSummaryHeading(GridRow row) => First(row).StartsWith("PODSUMOWANIE", StringComparison.OrdinalIgnoreCase);

    /// <summary>Rows of the summary: "CEL GŁÓWNY 1. …" or "CEL 3. …" (main goal), "CEL 1.1. …" (goal).</summary>
    public static (string Code, bool IsMainGoal)? SummaryRow(GridRow row)
    {
        var m = SummaryLabel().Match(First(row));
        if (!m.Success) return null;
        var code = m.Groups[1].Value;
        return (code, !code.Contains('.'));
    }

    public static bool IsMultiYearFootnote(string text) => text.Contains("nie ujęto kosztów działań wieloletnich", StringComparison.OrdinalIgnoreCase);

    public static string? FootnoteIn(string label)
    {
        var m = Footnote().Match(label);
        return m.Success ? m.Groups[1].Value.Trim() : null;
    }

    [GeneratedRegex(@"^(\d+)\.\s*CEL GŁÓWNY", RegexOptions.IgnoreCase)] private static partial Regex MainGoal();
    [GeneratedRegex(@"^(\d+\.\d+)\.?\s*Cel szczegółowy", RegexOptions.IgnoreCase)] private static partial Regex SpecificGoal();
    [GeneratedRegex(@"^CEL\s*\.?\s*(\d+\.\d+)\.?\s*(.*?)\s*razem", RegexOptions.IgnoreCase)] private static partial Regex GoalTotalLabel();
    [GeneratedRegex(@"^CEL\s*\.?\s*(\d+\.\d+)\.?\s*(.*)$", RegexOptions.IgnoreCase)] private static partial Regex GoalLabel();
    [GeneratedRegex(@"^CEL(?:\s+GŁÓWNY)?\s*\.?\s*(\d+(?:\.\d+)?)\.?", RegexOptions.IgnoreCase)] private static partial Regex SummaryLabel();
    [GeneratedRegex(@"\((\*[^)]*)\)")] private static partial Regex Footnote();
}
