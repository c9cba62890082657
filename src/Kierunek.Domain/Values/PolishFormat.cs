using System.Globalization;

namespace Kierunek.Domain.Values;

/// <summary>Numbers as Polish readers expect them: "1 234 567,89 zł", "83,2%".</summary>
public static class PolishFormat
{
    private static readonly NumberFormatInfo Format = new()
    {
        NumberGroupSeparator = "\u00A0", NumberDecimalSeparator = ",", NumberGroupSizes = [3],
        NegativeSign = "−",
    };

    /// <summary>Names in the order of a Polish list (Ł after L, not after Z), case ignored.</summary>
    public static StringComparer Alphabetical { get; } = StringComparer.Create(CultureInfo.GetCultureInfo("pl-PL"), ignoreCase: true);

    public static string Money(decimal amount) => amount.ToString("#,0.00", Format) + "\u00A0zł";
    public static string Number(decimal value, int decimals = 0) => value.ToString(decimals == 0 ? "#,0" : "#,0." + new string('0', decimals), Format);
    public static string Percent(decimal value, int decimals = 1) => Number(value, decimals) + "%";

    internal static readonly string[] MonthsGenitive =
        ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"];

    /// <summary>"23 listopada 2026 r." — the way Polish offices date a document.</summary>
    public static string Date(DateOnly date) => $"{date.Day} {MonthsGenitive[date.Month - 1]} {date.Year} r.";

    /// <summary>"23 listopada 2026 r., 14:05" in the server's time zone — when something in the audit happened.</summary>
    public static string DateAndTime(DateTimeOffset at) => $"{Date(DateOnly.FromDateTime(at.LocalDateTime))}, {at.LocalDateTime:HH:mm}";

    /// <summary>"312 kB", "1,2 MB", "10 MB" — how big a file is (a limit in whole megabytes without ",0").</summary>
    public static string FileSize(long bytes)
    {
        if (bytes < 1024) return $"{bytes} B";
        if (bytes < 1024 * 1024) return $"{Number(Math.Max(1, Math.Round(bytes / 1024m)))} kB";
        var mb = Math.Round(bytes / (1024m * 1024m), 1);
        return $"{Number(mb, mb == decimal.Truncate(mb) ? 0 : 1)} MB";
    }

    /// <summary>With as many decimals as the value carries ("9 353,2", "2 511", "0,006").</summary>
    public static string Natural(decimal value) => Number(value, value.Scale);
}
