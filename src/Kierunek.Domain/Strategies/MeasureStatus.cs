using System.Text.RegularExpressions;

namespace Kierunek.Domain.Strategies;

/// <summary>The state of a task or measure as reports word it in "Uwagi".</summary>
public enum MeasureStatus { Unknown, Completed, Finished, NotCompleted, InProgress }

/// <summary>Reads the status out of a notes cell: "zrealizowano", "realizacja zakończona",
/// "brak realizacji z uwagi na …", "w trakcie realizacji".</summary>
public static partial class MeasureStatusReader
{
    public static (MeasureStatus Status, string? Reason) Read(string? notes)
    {
        if (string.IsNullOrWhiteSpace(notes)) return (MeasureStatus.Unknown, null);
        var n = notes.Trim();
        if (NotDone().Match(n) is { Success: true } m) return (MeasureStatus.NotCompleted, Reason(n, m));
        if (Finished().IsMatch(n)) return (MeasureStatus.Finished, null);
        if (InProgress().IsMatch(n)) return (MeasureStatus.InProgress, null);
        if (Done().IsMatch(n)) return (MeasureStatus.Completed, null);
        return (MeasureStatus.Unknown, null);
    }

    private static string? Reason(string notes, Match m)
    {
        var rest = notes[(m.Index + m.Length)..].Trim().TrimStart(',', '-', '–', ':').Trim();
        return rest.Length == 0 ? null : rest;
    }

    [GeneratedRegex(@"^(brak realizacji|niezrealizowan[oe]|nie zrealizowano|nie odbył[oay]?( się)?|brak)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotDone();
    [GeneratedRegex(@"^(realizacja zakończona|zakończon[oa])", RegexOptions.IgnoreCase)]
    private static partial Regex Finished();
    [GeneratedRegex(@"^(w trakcie|w realizacji|realizacja w toku|kontynuacja)", RegexOptions.IgnoreCase)]
    private static partial Regex InProgress();
    [GeneratedRegex(@"^zrealizowan[oey]", RegexOptions.IgnoreCase)]
    private static partial Regex Done();
}
