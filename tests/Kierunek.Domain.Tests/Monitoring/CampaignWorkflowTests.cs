using Kierunek.Domain.Input;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Results;

namespace Kierunek.Domain.Tests.Monitoring;

/// <summary>Setting a period's deadline, grace days and message, and extending one institution's deadline: what is
/// stored, and every refusal by its code and field.</summary>
public class CampaignWorkflowTests
{
    private static readonly Actor Coordinator = new("koordynator", null, Reviews: true);
    private static readonly Actor Mopr = new("mopr@kierunek.local", "mopr", Reviews: false);
    private static readonly Campaign March15 = new(new DateOnly(2022, 3, 15), 7, null, []);

    private static Result<Campaign> Set(string? deadline, string? grace = null, string? message = null, PeriodState? period = PeriodState.Open, Actor? actor = null,
        IReadOnlyList<DeadlineExtension>? extensions = null) =>
        CampaignWorkflow.Set(actor ?? Coordinator, period, 2021, new CampaignSettings(deadline, grace, message), extensions ?? []);

    private static Result<DeadlineExtension> Extend(string? until, string? reason = "kontrola NIK", Campaign? campaign = null, (string, string)? institution = null) =>
        CampaignWorkflow.Extend(Coordinator, PeriodState.Open, 2021, campaign ?? March15, institution ?? ("mup", "Miejski Urząd Pracy"), until, reason);

    private static (string Code, string? Field) Refusal<T>(Result<T> result) => (Assert.Single(result.Errors).Code, result.Errors[0].Field);

    [Theory]
    [InlineData("2022-03-15")]
    [InlineData("15.03.2022")]
    [InlineData(" 15.03.2022 r. ")]
    [InlineData("15 marca 2022")]
    public void A_deadline_is_read_as_the_office_writes_it(string typed)
    {
        var set = Set(typed, "7", "  Pytania: tel. 81 466 55 00  ").Value!;
        Assert.Equal((new DateOnly(2022, 3, 15), 7, "Pytania: tel. 81 466 55 00"), (set.Deadline, set.GraceDays, set.Message));
    }

    [Fact]
    public void An_empty_deadline_means_none_and_no_grace()
    {
        var set = Set("", "7", "").Value!;
        Assert.Equal((null, 0, null), (set.Deadline, set.GraceDays, set.Message));
    }

    [Fact]
    public void Settings_are_refused_by_name_and_field()
    {
        Assert.Equal((MonitoringErrors.ReviewersOnlyCode, null), Refusal(Set("2022-03-15", actor: Mopr)));
        Assert.Equal((MonitoringErrors.PeriodNotFoundCode, null), Refusal(Set("2022-03-15", period: null)));
        Assert.Equal((MonitoringErrors.PeriodLockedCode, null), Refusal(Set("2022-03-15", period: PeriodState.Locked)));
        Assert.Equal((MonitoringErrors.InvalidDateCode, "termin"), Refusal(Set("31.02.2022")));
        Assert.Equal((MonitoringErrors.InvalidDateCode, "termin"), Refusal(Set("w marcu")));
        Assert.Equal((MonitoringErrors.DeadlineOutOfRangeCode, "termin"), Refusal(Set("2020-12-31")));
        Assert.Equal((MonitoringErrors.DeadlineOutOfRangeCode, "termin"), Refusal(Set("2027-01-01")));
        Assert.Equal((MonitoringErrors.GraceOutOfRangeCode, "karencja"), Refusal(Set("2022-03-15", "91")));
        Assert.Equal((MonitoringErrors.GraceOutOfRangeCode, "karencja"), Refusal(Set("2022-03-15", "-1")));
        Assert.Equal((MonitoringErrors.GraceOutOfRangeCode, "karencja"), Refusal(Set("2022-03-15", "tydzień")));
        Assert.Equal((InputText.TooLongCode, "wiadomość"), Refusal(Set("2022-03-15", "0", new string('x', CampaignWorkflow.MessageLength + 1))));
        Assert.Equal((InputText.ControlCharacterCode, "wiadomość"), Refusal(Set("2022-03-15", "0", "a\u0000b")));
        Assert.Contains("15.03.2022", Set("w marcu").Errors[0].Message);
    }

    [Fact]
    public void Moving_the_deadline_past_an_extension_asks_to_withdraw_it_first()
    {
        var extension = new DeadlineExtension("mup", "Miejski Urząd Pracy", new DateOnly(2022, 4, 30), "kontrola");
        var refused = Set("2022-05-05", extensions: [extension]);
        Assert.Equal((MonitoringErrors.ExtensionOvertakenCode, "termin"), Refusal(refused));
        Assert.Contains("Miejski Urząd Pracy ma przedłużony termin do 30 kwietnia 2022 r.", refused.Errors[0].Message);
        Assert.True(Set("2022-04-29", extensions: [extension]).IsSuccess);
    }

    [Fact]
    public void An_extension_needs_a_later_date_and_a_reason()
    {
        var granted = Extend("2022-04-30").Value!;
        Assert.Equal(("mup", new DateOnly(2022, 4, 30), "kontrola NIK"), (granted.InstitutionKey, granted.Until, granted.Reason));

        Assert.Equal((MonitoringErrors.NoDeadlineCode, "termin"), Refusal(Extend("2022-04-30", campaign: Campaign.None)));
        Assert.Equal((MonitoringErrors.InstitutionNotChosenCode, "instytucja"),
            Refusal(CampaignWorkflow.Extend(Coordinator, PeriodState.Open, 2021, March15, null, "2022-04-30", "x")));
        Assert.Equal((MonitoringErrors.ExtensionDateMissingCode, "nowy-termin"), Refusal(Extend(" ")));
        Assert.Equal((MonitoringErrors.InvalidDateCode, "nowy-termin"), Refusal(Extend("30/4")));
        Assert.Equal((MonitoringErrors.DeadlineOutOfRangeCode, "nowy-termin"), Refusal(Extend("2030-04-30")));
        Assert.Equal((MonitoringErrors.ExtensionNotLaterCode, "nowy-termin"), Refusal(Extend("2022-03-15")));
        Assert.Contains("15 marca 2022 r.", Extend("2022-03-01").Errors[0].Message);
        Assert.Equal((MonitoringErrors.ExtensionReasonMissingCode, "powód"), Refusal(Extend("2022-04-30", "  ")));
        Assert.Equal((MonitoringErrors.ReviewersOnlyCode, null),
            Refusal(CampaignWorkflow.Extend(Mopr, PeriodState.Open, 2021, March15, ("mopr", "MOPR"), "2022-04-30", "x")));
    }

    [Fact]
    public void Withdrawing_needs_an_extension_to_withdraw()
    {
        var extension = new DeadlineExtension("mup", "Miejski Urząd Pracy", new DateOnly(2022, 4, 30), "kontrola");
        Assert.True(CampaignWorkflow.Withdraw(Coordinator, PeriodState.Open, extension).IsSuccess);
        Assert.Equal(MonitoringErrors.ExtensionNotFoundCode, Assert.Single(CampaignWorkflow.Withdraw(Coordinator, PeriodState.Open, null).Errors).Code);
        Assert.Equal(MonitoringErrors.PeriodLockedCode, Assert.Single(CampaignWorkflow.Withdraw(Coordinator, PeriodState.Locked, extension).Errors).Code);
    }
}
