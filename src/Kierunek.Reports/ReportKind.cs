using Kierunek.Domain.Strategies;
using Kierunek.Reports.Model;
using Kierunek.Reports.Strategies;

namespace Kierunek.Reports;

/// <summary>The reports Kierunek makes, each recognisable next to the seed it comes from.</summary>
public enum ReportKind
{
    /// <summary>Seed 002: baseline → value → target with attainment and status.</summary>
    Attainment,
    /// <summary>Seed 000: tasks and actions with costs by funding source, goal totals and the summary.</summary>
    Implementation,
    /// <summary>Seed 001: tasks with implementers, funding sources, indicators and their values, monitoring.</summary>
    IndicatorTable,
    /// <summary>Seed 004: indicators as rows, years as columns.</summary>
    MultiYear,
    /// <summary>Seed 002: conclusions, recommendations and who carries them out, per goal.</summary>
    Recommendations,
}

public static class ReportKinds
{
    /// <summary>The names the command line and the web address use.</summary>
    public static readonly IReadOnlyDictionary<string, ReportKind> ByName = new Dictionary<string, ReportKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["realizacja"] = ReportKind.Implementation,
        ["wskazniki"] = ReportKind.IndicatorTable,
        ["osiagniecie"] = ReportKind.Attainment,
        ["wieloletni"] = ReportKind.MultiYear,
        ["wnioski"] = ReportKind.Recommendations,
    };

    /// <param name="years">The columns of a multi-year report; the other kinds use <paramref name="year"/>.</param>
    public static Report Build(ReportKind kind, StrategyDocument document, int year, IReadOnlyList<int> years) => kind switch
    {
        ReportKind.Attainment => AttainmentReport.Build(document, year),
        ReportKind.Implementation => ImplementationReport.Build(document, year),
        ReportKind.IndicatorTable => IndicatorTableReport.Build(document, year),
        ReportKind.MultiYear => MultiYearReport.Build(document, years),
        ReportKind.Recommendations => RecommendationsReport.Build(document, year),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
