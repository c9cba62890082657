using Kierunek.Domain.Strategies;
using Kierunek.Reports.Kinds;
using Kierunek.Reports.Model;

namespace Kierunek.Reports;

/// <summary>The reports Kierunek makes, each recognisable next to the seed it comes from.</summary>
public enum ReportKind
{
    /// <summary>Seed 002: baseline → value → target with attainment and status.</summary>
    Attainment,
}

public static class ReportKinds
{
    /// <summary>The names the command line and the web address use.</summary>
    public static readonly IReadOnlyDictionary<string, ReportKind> ByName = new Dictionary<string, ReportKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["osiagniecie"] = ReportKind.Attainment,
    };

    public static Report Build(ReportKind kind, StrategyDocument document, int year) => kind switch
    {
        ReportKind.Attainment => AttainmentReport.Build(document, year),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
