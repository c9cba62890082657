namespace Kierunek.Application;

/// <summary>The office's date: deadlines, "zostało 12 dni" and the date printed on a report are days of the
/// server's local calendar (the installation sets its time zone to the office's, see docs/wdrozenie.md).</summary>
public static class OfficeCalendar
{
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
