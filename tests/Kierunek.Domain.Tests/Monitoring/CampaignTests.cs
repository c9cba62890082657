using Kierunek.Domain.Monitoring;

namespace Kierunek.Domain.Tests.Monitoring;

/// <summary>A period's deadline as each institution lives it: its own extension, the grace days after which entry
/// closes, and the sentence a reporter reads ("zostało 12 dni").</summary>
public class CampaignTests
{
    private static readonly DateOnly Deadline = new(2022, 3, 15);
    private static readonly Campaign WithGrace = new(Deadline, 7, null,
        [new DeadlineExtension("mup", "Miejski Urząd Pracy", new DateOnly(2022, 4, 30), "kontrola w marcu")]);

    [Fact]
    public void An_extension_replaces_the_deadline_for_its_institution_only()
    {
        Assert.Equal(Deadline, WithGrace.DeadlineOf("mopr"));
        Assert.Equal(new DateOnly(2022, 4, 30), WithGrace.DeadlineOf("mup"));
        Assert.Equal(new DateOnly(2022, 3, 22), WithGrace.LastEntryDayOf("mopr"));
        Assert.Null(Campaign.None.DeadlineOf("mopr"));
    }

    [Fact]
    public void Entry_closes_the_day_after_the_grace_period_and_never_without_a_deadline()
    {
        Assert.False(WithGrace.EntryClosed("mopr", new DateOnly(2022, 3, 22)));
        Assert.True(WithGrace.EntryClosed("mopr", new DateOnly(2022, 3, 23)));
        Assert.False(WithGrace.EntryClosed("mup", new DateOnly(2022, 3, 23)));
        Assert.False(Campaign.None.EntryClosed("mopr", new DateOnly(2099, 1, 1)));
        Assert.True((WithGrace with { GraceDays = 0 }).EntryClosed("mopr", new DateOnly(2022, 3, 16)));
    }

    [Theory]
    [InlineData(2022, 3, 3, "Termin przekazania: 15 marca 2022 r. (zostało 12 dni).")]
    [InlineData(2022, 3, 13, "Termin przekazania: 15 marca 2022 r. (zostały 2 dni).")]
    [InlineData(2022, 3, 14, "Termin przekazania: 15 marca 2022 r. (został 1 dzień).")]
    [InlineData(2022, 3, 15, "Termin przekazania: 15 marca 2022 r. (to dziś).")]
    [InlineData(2022, 3, 16, "Termin przekazania: 15 marca 2022 r. (minął 1 dzień temu; wartości można jeszcze wprowadzić do 22 marca 2022 r.).")]
    [InlineData(2022, 3, 25, "Termin przekazania: 15 marca 2022 r. (minęło 10 dni temu; wprowadzanie zamknięte).")]
    public void A_reporter_reads_the_days_left_with_the_right_plural(int y, int m, int d, string expected) =>
        Assert.Equal(expected, WithGrace.Describe("mopr", new DateOnly(y, m, d)));

    [Fact]
    public void An_institution_with_an_extension_reads_its_own_date()
    {
        Assert.Equal("Termin przekazania: 30 kwietnia 2022 r. (zostało 46 dni, przedłużony dla instytucji: kontrola w marcu).",
            WithGrace.Describe("mup", new DateOnly(2022, 3, 15)));
        Assert.Null(Campaign.None.Describe("mopr", new DateOnly(2022, 3, 15)));
    }
}
