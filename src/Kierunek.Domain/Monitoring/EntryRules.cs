using Kierunek.Domain.Input;
using Kierunek.Domain.Language;
using Kierunek.Domain.Values;

namespace Kierunek.Domain.Monitoring;

/// <summary>What a reporter's value must satisfy: it is not empty (a draft of nothing is not a draft), it reads as one
/// of the notations the import knows, keeps last year's unit, its parts do not exceed its whole, and a comment
/// explains what a reviewer would otherwise ask about — a change of more than half against last year, a negative
/// count, or free text where last year there was a number.</summary>
public static class EntryRules
{
    /// <summary>A change larger than this share of last year's value needs a comment.</summary>
    public const decimal LargeChange = 0.5m;

    private static readonly string[] WholeLabels = ["ogółem", "razem", "łącznie", "suma"];

    public static EntryCheck Check(string? raw, string? comment, RecordedValue? lastYear, bool submitting)
    {
        if (string.IsNullOrWhiteSpace(raw))
            return EntryCheck.Failed(submitting
                ? "Podaj wartość (albo „b.d.”, jeśli danych nie ma)."
                : "Puste pole nie jest zapisywane jako wersja robocza — wpisz wartość albo „b.d.”, jeśli danych nie ma.");
        var read = ValueReader.Read(raw.Trim());
        if (!read.IsSuccess) return EntryCheck.Failed($"Nie rozumiem wartości „{InputText.Quote(raw.Trim())}”: {read.Error}");
        var reading = read.Reading!;
        var errors = new List<string>();
        if (lastYear?.Reading is { } before && Measure(before) is { } was && Measure(reading) is { } now && was != now)
            errors.Add($"W ubiegłym roku podano wartość jako {PolishNames.Of(before.Kind)} — podaj ją w tej samej jednostce.");
        if (PartsOverWhole(reading) is { } parts) errors.Add(parts);
        var change = Change(lastYear?.Reading, reading);
        var uncommented = string.IsNullOrWhiteSpace(comment);
        var needsComment = false;
        if (uncommented && change is { } c && Math.Abs(c) > LargeChange)
        {
            needsComment = true;
            errors.Add($"Wartość zmieniła się o {PolishFormat.Percent(c * 100, 0)} względem ubiegłego roku — dodaj komentarz, który wyjaśni zmianę.");
        }
        // Indicators count people, families, services: a negative count is a typing error, unless the comment says
        // why (a balance, a difference).
        if (uncommented && Measure(reading) == "count" && reading.Number < 0)
        {
            needsComment = true;
            errors.Add($"Liczba jest ujemna ({PolishFormat.Natural(reading.Number.Value)}) — jeśli to nie pomyłka (np. saldo albo różnica), wyjaśnij to w komentarzu.");
        }
        // A marker (b.d., x, j.w.) is the printed reports' own way of saying there is no number; free text is not.
        if (uncommented && lastYear?.Reading is { } earlier && Measure(earlier) is not null && Measure(reading) is null && !reading.IsMarker)
        {
            needsComment = true;
            errors.Add($"W ubiegłym roku podano liczbę („{InputText.Quote(earlier.Text)}”), a teraz „{InputText.Quote(reading.Text)}” — dodaj komentarz, dlaczego nie ma liczby.");
        }
        return new EntryCheck(errors, needsComment, reading, change);
    }

    /// <summary>Relative change against last year (0,6 = +60%); null when either is not a number or last year was 0.</summary>
    public static decimal? Change(ValueReading? before, ValueReading now) =>
        before?.Number is { } old && now.Number is { } current && old != 0 && !before.IsMarker && !now.IsMarker
            && Measure(before) == Measure(now)
            ? (current - old) / Math.Abs(old)
            : null;

    /// <summary>What a number measures: a count (exact or approximate), a percentage or money.</summary>
    private static string? Measure(ValueReading r) => r.Kind switch
    {
        ValueKind.Number or ValueKind.Approximate => "count",
        ValueKind.Percentage => "percent",
        ValueKind.Amount => "money",
        _ => null,
    };

    /// <summary>"ogółem 100, w tym kobiety 40, mężczyźni 70": the parts after a whole add up to more than it.</summary>
    private static string? PartsOverWhole(ValueReading r)
    {
        if (r.Parts.Count < 2) return null;
        var whole = r.Parts[0];
        var isWhole = whole.Label is { } label && WholeLabels.Any(w => label.Trim().Equals(w, StringComparison.OrdinalIgnoreCase))
                      || r.Text.Contains("w tym", StringComparison.OrdinalIgnoreCase);
        if (!isWhole || whole.IsPercentage) return null;
        var sum = r.Parts.Skip(1).Where(p => !p.IsPercentage && p.Unit == whole.Unit).Sum(p => p.Number);
        return sum > whole.Number
            ? $"Części ({PolishFormat.Natural(sum)}) przekraczają całość ({PolishFormat.Natural(whole.Number)})."
            : null;
    }
}

/// <summary>The outcome of <see cref="EntryRules.Check"/>: the errors to show beside the field, whether a
/// comment is what is missing, and how the value was understood.</summary>
public sealed record EntryCheck(IReadOnlyList<string> Errors, bool NeedsComment, ValueReading? Reading, decimal? Change = null)
{
    public bool IsValid => Errors.Count == 0;
    public static EntryCheck Failed(string error) => new([error], false, null);
    public static EntryCheck Passed(ValueReading? reading) => new([], false, reading);
}
