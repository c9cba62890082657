using Kierunek.Domain.Results;

namespace Kierunek.Domain.Mail;

/// <summary>On which days an institution that has not answered is reminded: so many days before its deadline, on the
/// day, so many days after (configured, e.g. 7 and 1 before, on the day, 1 and 7 after). The deadline is the
/// institution's own: an extension moves its reminders with it.</summary>
public sealed record ReminderSchedule(IReadOnlySet<int> DaysBefore, bool OnTheDay, IReadOnlySet<int> DaysAfter)
{
    public const int MaxDays = 90;

    /// <summary>Whether a reminder is due with <paramref name="daysLeft"/> days to the deadline (negative: past it).</summary>
    public bool Due(int daysLeft) => daysLeft switch
    {
        > 0 => DaysBefore.Contains(daysLeft),
        0 => OnTheDay,
        _ => DaysAfter.Contains(-daysLeft),
    };

    /// <summary>Reads the settings as an administrator writes them ("7, 1"); <paramref name="beforeSetting"/> and
    /// <paramref name="afterSetting"/> name the settings in an error.</summary>
    public static Result<ReminderSchedule> Parse(string? before, bool onTheDay, string? after, string beforeSetting, string afterSetting)
    {
        var errors = new List<Error>();
        var b = Days(before, beforeSetting, errors);
        var a = Days(after, afterSetting, errors);
        return errors.Count > 0 ? Result<ReminderSchedule>.Fail(errors) : Result<ReminderSchedule>.Ok(new ReminderSchedule(b, onTheDay, a));
    }

    private static HashSet<int> Days(string? list, string setting, List<Error> errors)
    {
        var days = new HashSet<int>();
        foreach (var part in (list ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (int.TryParse(part, out var d) && d is >= 1 and <= MaxDays) days.Add(d);
            else errors.Add(MailErrors.ReminderDays(setting, part, MaxDays));
        }
        return days;
    }
}
