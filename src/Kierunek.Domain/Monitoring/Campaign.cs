using Kierunek.Domain.Language;
using Kierunek.Domain.Values;

namespace Kierunek.Domain.Monitoring;

/// <summary>One institution's later deadline, granted by the coordinator with a reason (e.g. "kontrola NIK w
/// marcu"). It replaces the period's deadline for that institution only.</summary>
public sealed record DeadlineExtension(string InstitutionKey, string InstitutionName, DateOnly Until, string Reason);

/// <summary>How a period's collection runs: the deadline by which institutions hand in their values (termin
/// przekazania), a grace period after which entry closes by itself, later deadlines for single institutions, and a
/// message shown to every reporter. A period without a deadline never closes by itself.</summary>
/// <param name="GraceDays">Days after the deadline on which values may still be entered (late, but accepted).</param>
public sealed record Campaign(DateOnly? Deadline, int GraceDays, string? Message, IReadOnlyList<DeadlineExtension> Extensions)
{
    /// <summary>The longest grace period: a quarter of a year. Longer means the deadline itself is wrong.</summary>
    public const int MaxGraceDays = 90;

    public static Campaign None { get; } = new(null, 0, null, []);

    public DeadlineExtension? ExtensionOf(string institutionKey) => Extensions.FirstOrDefault(e => e.InstitutionKey == institutionKey);

    /// <summary>The institution's own deadline: its extension, or the period's.</summary>
    public DateOnly? DeadlineOf(string institutionKey) => ExtensionOf(institutionKey)?.Until ?? Deadline;

    /// <summary>The last day on which the institution may still enter values: its deadline plus the grace period.</summary>
    public DateOnly? LastEntryDayOf(string institutionKey) => DeadlineOf(institutionKey)?.AddDays(GraceDays);

    /// <summary>Whether new values of the institution are refused on <paramref name="today"/>. Values a reviewer
    /// returned stay correctable after it — the reviewer asked for them (see <see cref="EntryWorkflow.Save"/>).</summary>
    public bool EntryClosed(string institutionKey, DateOnly today) => LastEntryDayOf(institutionKey) is { } last && today > last;

    /// <summary>Days from <paramref name="today"/> to the institution's deadline: 0 on the day, negative once it passed.</summary>
    public int? DaysLeft(string institutionKey, DateOnly today) => DeadlineOf(institutionKey) is { } d ? d.DayNumber - today.DayNumber : null;

    /// <summary>"Termin przekazania: 15 marca 2022 r. (zostało 12 dni)" as a reporter of the institution reads it on <paramref name="today"/>.</summary>
    public string? Describe(string institutionKey, DateOnly today)
    {
        if (DeadlineOf(institutionKey) is not { } deadline) return null;
        var left = deadline.DayNumber - today.DayNumber;
        var when = left switch
        {
            > 0 => $"{PolishPlural.Form(left, "został", "zostały", "zostało")} {Days(left)}",
            0 => "to dziś",
            _ when EntryClosed(institutionKey, today) => $"{Passed(-left)} temu; wprowadzanie zamknięte",
            _ => $"{Passed(-left)} temu; wartości można jeszcze wprowadzić do {PolishFormat.Date(LastEntryDayOf(institutionKey)!.Value)}",
        };
        var extended = ExtensionOf(institutionKey) is { } e ? $", przedłużony dla instytucji: {e.Reason}" : "";
        return $"Termin przekazania: {PolishFormat.Date(deadline)} ({when}{extended}).";
    }

    /// <summary>"1 dzień", "2 dni", "5 dni".</summary>
    private static string Days(int count) => PolishPlural.Of(count, "dzień", "dni", "dni");

    /// <summary>"minął 1 dzień", "minęły 2 dni", "minęło 5 dni" — the verb agrees with the count.</summary>
    private static string Passed(int days) => $"{PolishPlural.Form(days, "minął", "minęły", "minęło")} {Days(days)}";
}
