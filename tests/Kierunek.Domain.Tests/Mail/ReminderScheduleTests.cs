using Kierunek.Domain.Mail;

namespace Kierunek.Domain.Tests.Mail;

public class ReminderScheduleTests
{
    private static ReminderSchedule Parse(string before, bool onTheDay, string after) =>
        ReminderSchedule.Parse(before, onTheDay, after, "przed", "po").Value!;

    [Theory]
    [InlineData(8, false)]
    [InlineData(7, true)]
    [InlineData(2, false)]
    [InlineData(1, true)]
    [InlineData(0, true)]
    [InlineData(-1, true)]
    [InlineData(-3, false)]
    [InlineData(-7, true)]
    public void A_reminder_is_due_only_on_the_configured_days_around_the_deadline(int daysLeft, bool due) =>
        Assert.Equal(due, Parse("7, 1", true, "1;7").Due(daysLeft));

    [Fact]
    public void Without_the_day_itself_and_with_empty_lists_nothing_is_due() =>
        Assert.False(Parse("", false, " ").Due(0));

    [Theory]
    [InlineData("7, tydzień", "przed", "„tydzień”")]
    [InlineData("0", "przed", "„0”")]
    [InlineData("91", "przed", "„91”")]
    public void A_wrong_day_is_refused_naming_the_setting_and_the_value(string before, string setting, string quoted)
    {
        var error = Assert.Single(ReminderSchedule.Parse(before, true, "1", "przed", "po").Errors);
        Assert.Equal((MailErrors.ReminderDaysCode, setting), (error.Code, error.Field));
        Assert.Contains(quoted, error.Message);
        Assert.Contains("od 1 do 90", error.Message);
    }
}
