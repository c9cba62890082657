using Kierunek.Domain.Ozps.Indicators;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Domain.Values;
using Kierunek.Reports.Model;

namespace Kierunek.Reports.Ozps;

/// <summary>The cells both OZPS reports write: an indicator as its unit shows it (a spreadsheet gets the number in
/// the matching style), a barometer index to two decimals, a whole count.</summary>
public static class OzpsReportCells
{
    public static ReportCell Indicator(decimal value, IndicatorDefinition definition) => definition.Unit switch
    {
        "%" => new ReportCell(IndicatorResult.Format(value, definition)) { Number = Math.Round(value / 100, definition.Decimals + 2), Style = NumberStyle.Percent },
        "zł" => new ReportCell(IndicatorResult.Format(value, definition)) { Number = Math.Round(value, 2), Style = NumberStyle.Money },
        _ => new ReportCell(IndicatorResult.Format(value, definition)) { Number = Math.Round(value, definition.Decimals), Style = definition.Decimals == 0 ? NumberStyle.Integer : NumberStyle.Decimal },
    };

    /// <summary>A standardised value: shown to two decimals, kept to four for the spreadsheet.</summary>
    public static ReportCell Index(decimal? value, string missing = "") => value is { } v
        ? new ReportCell(PolishFormat.Number(Math.Round(v, 2, MidpointRounding.AwayFromZero), 2)) { Number = Math.Round(v, 4), Style = NumberStyle.Decimal }
        : new ReportCell(missing);

    public static ReportCell Count(decimal? value) => value is { } v ? new ReportCell(PolishFormat.Number(v)) { Number = v, Style = NumberStyle.Integer } : ReportCell.Empty;
}
