using Kierunek.Domain.Values;

namespace Kierunek.Domain.Strategies.Checks;

/// <summary>Compares every printed total with the computed one and lists every other cost
/// inconsistency it can prove, with the amounts whose unit does not fit (<see cref="MoneyUnitCheck"/>) and the
/// shares in words that a printed percentage contradicts (<see cref="TextShareCheck"/>).
/// Printed totals are reported, never corrected.</summary>
public static class CostCheck
{
    public static IReadOnlyList<Finding> Run(StrategyDocument document)
    {
        var findings = new List<Finding>();
        var computed = CostTotaller.ByGoal(document);
        foreach (var printed in document.PrintedTotals)
        {
            var mine = computed.GetValueOrDefault(printed.GoalCode, CostTotals.None);
            foreach (var column in CostTotaller.Columns)
            {
                var p = printed[column]?.Reading.InZloty;
                if (p is null) continue;
                var c = mine[column] ?? 0;
                if (p != c)
                    findings.Add(new Finding(FindingKind.TotalMismatch, $"CEL {printed.GoalCode}",
                        $"{Label(printed.Kind)}, {Name(column)}: wydrukowano {PolishFormat.Money(p.Value)}, z działań wynika {PolishFormat.Money(c)} (różnica {PolishFormat.Money(p.Value - c)})",
                        printed.SourceLine) { GoalCode = printed.GoalCode, Column = column, Printed = p, Computed = c });
            }
        }
        findings.AddRange(SummaryAgainstGoalRows(document));
        findings.AddRange(EntryFindings(document));
        findings.AddRange(MoneyUnitCheck.Run(document));
        findings.AddRange(TextShareCheck.Run(document));
        return findings;
    }

    /// <summary>A main goal's summary row should be the sum of its goals' printed rows.</summary>
    private static IEnumerable<Finding> SummaryAgainstGoalRows(StrategyDocument document)
    {
        foreach (var main in document.PrintedTotals.Where(t => t.Kind == PrintedTotalKind.SummaryMainGoal))
        {
            var goals = document.PrintedTotals.Where(t => t.Kind == PrintedTotalKind.GoalRow && t.GoalCode.StartsWith(main.GoalCode + ".")).ToList();
            foreach (var column in CostTotaller.Columns)
            {
                if (main[column]?.Reading.InZloty is not { } p) continue;
                var sum = goals.Sum(g => g[column]?.Reading.InZloty ?? 0);
                if (p != sum)
                    yield return new Finding(FindingKind.SummaryMismatch, $"CEL GŁÓWNY {main.GoalCode}",
                        $"PODSUMOWANIE, {Name(column)}: wydrukowano {PolishFormat.Money(p)}, suma wydrukowanych celów to {PolishFormat.Money(sum)}",
                        main.SourceLine) { GoalCode = main.GoalCode, Column = column, Printed = p, Computed = sum };
            }
        }
    }

    private static IEnumerable<Finding> EntryFindings(StrategyDocument document)
    {
        foreach (var node in document.AllNodes())
        foreach (var entry in node.Costs)
        {
            foreach (var column in CostTotaller.Columns)
                if (entry[column] is { } cell && cell.Reading.Kind is ValueKind.Breakdown or ValueKind.Text or ValueKind.Number)
                    yield return new Finding(FindingKind.UnreadableCost, Where(node),
                        $"{Name(column)}: „{cell.Reading.Text}” nie jest jedną kwotą — pominięto w sumach", entry.SourceLine);

            if (entry.Total?.Reading.InZloty is not { } whole) continue;
            var parts = new[] { entry.State, entry.Gmina, entry.Other }.Select(v => v?.Reading.InZloty).ToList();
            var partsSum = parts.Sum(v => v ?? 0);
            if (partsSum > whole)
                yield return new Finding(FindingKind.PartsExceedWhole, Where(node),
                    $"źródła finansowania ({PolishFormat.Money(partsSum)}) przekraczają koszt działania ({PolishFormat.Money(whole)})", entry.SourceLine)
                    { Printed = whole, Computed = partsSum };
            else if (parts.All(v => v is not null) && partsSum != whole && !FollowedByMergedParts(node, entry))
                yield return new Finding(FindingKind.SourcesDoNotAddUp, Where(node),
                    $"państwo + gmina + inne = {PolishFormat.Money(partsSum)}, a koszt działania = {PolishFormat.Money(whole)}", entry.SourceLine)
                    { Printed = whole, Computed = partsSum };
        }
    }

    /// <summary>A cost whose cell was merged over the next rows (seed 000: one "Koszt" for five payments):
    /// its sources continue in the rows below, so they are checked as a group, not alone.</summary>
    private static bool FollowedByMergedParts(StrategyNode node, CostEntry entry)
    {
        var siblings = node.Costs;
        var index = siblings.IndexOf(entry);
        return index + 1 < siblings.Count && siblings[index + 1].Total is null;
    }

    /// <summary>How a finding names its item: the title, cut at 60 characters, or the level and code.</summary>
    internal static string Where(StrategyNode node) => node.Title is { Length: > 0 } t ? (t.Length > 60 ? t[..60] + "…" : t) : node.ToString();

    private static string Label(PrintedTotalKind kind) => kind switch
    {
        PrintedTotalKind.GoalRow => "wiersz „razem”",
        PrintedTotalKind.SummaryMainGoal => "PODSUMOWANIE (cel główny)",
        _ => "PODSUMOWANIE",
    };

    public static string Name(CostColumn column) => column switch
    {
        CostColumn.Total => "koszt działania",
        CostColumn.State => "państwo",
        CostColumn.Gmina => "gmina",
        _ => "inne",
    };
}
