namespace Kierunek.Web.Tests;

/// <summary>The real clock moved to another day: the application lives on <paramref name="start"/> and time goes on
/// from there (timers, cookies and timeouts keep working), and a test can jump ahead, e.g. past a deadline.</summary>
public sealed class OfficeClock(DateTimeOffset start) : TimeProvider
{
    private TimeSpan shift = start - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;

    /// <summary>The office's days are Warsaw's, whatever the test machine's zone.</summary>
    public override TimeZoneInfo LocalTimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    public void Advance(TimeSpan by) => shift += by;
}
