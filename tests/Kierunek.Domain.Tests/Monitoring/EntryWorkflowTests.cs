using Kierunek.Domain.Input;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Results;
using Kierunek.Domain.Values;

namespace Kierunek.Domain.Tests.Monitoring;

/// <summary>The values' state machine: draft, submission, return and approval, and every refusal by its code.</summary>
public class EntryWorkflowTests
{
    private static readonly Actor Coordinator = new("koordynator", null, Reviews: true);
    private static readonly Actor Mopr = new("mopr@kierunek.local", "mopr", Reviews: false);
    private static readonly Actor Mup = new("mup@kierunek.local", "mup", Reviews: false);

    private static EntryPlace At(EntryState state, PeriodState period = PeriodState.Open) => new(state, "mopr", period, Campaign.None);
    private static readonly DateOnly Today = new(2022, 3, 1);
    private static string Code<T>(Result<T> result) => Assert.Single(result.Errors).Code;

    [Theory]
    [InlineData(EntryState.Missing)]
    [InlineData(EntryState.Draft)]
    [InlineData(EntryState.Returned)]
    public void A_reporter_saves_a_draft_or_submits_from_missing_draft_or_returned(EntryState from)
    {
        var draft = EntryWorkflow.Save(Mopr, At(from), " ok. 3 700 ", "  ", null, submit: false, Today).Value!;
        Assert.Equal(("ok. 3 700", null, EntryState.Draft, ValueKind.Approximate), (draft.Raw, draft.Comment, draft.State, draft.Reading!.Kind));
        Assert.Equal(EntryState.Submitted, EntryWorkflow.Save(Mopr, At(from), "3712", null, null, submit: true, Today).Value!.State);
    }

    [Fact]
    public void Saving_is_refused_by_name_for_each_missing_precondition()
    {
        Assert.Equal(MonitoringErrors.EntryNotFoundCode, Code(EntryWorkflow.Save(Mopr, null, "1", null, null, false, Today)));
        Assert.Equal(MonitoringErrors.OtherInstitutionCode, Code(EntryWorkflow.Save(Mup, At(EntryState.Draft), "1", null, null, false, Today)));
        var locked = EntryWorkflow.Save(Mopr, At(EntryState.Draft, PeriodState.Locked), "1", null, null, false, Today);
        Assert.Equal(MonitoringErrors.PeriodLockedCode, Code(locked));
        Assert.Contains("ponownego otwarcia", locked.Errors[0].Message);
        Assert.Equal(MonitoringErrors.EntryAwaitingReviewCode, Code(EntryWorkflow.Save(Mopr, At(EntryState.Submitted), "1", null, null, false, Today)));
        Assert.Equal(MonitoringErrors.EntryApprovedCode, Code(EntryWorkflow.Save(Mopr, At(EntryState.Approved), "1", null, null, false, Today)));
    }

    [Fact]
    public void A_value_that_breaks_the_entry_rules_is_refused_with_every_reason_beside_the_field()
    {
        var lastYear = new RecordedValue("100", ValueReader.Read("100").Reading!);
        var refused = EntryWorkflow.Save(Mopr, At(EntryState.Draft), "300", null, lastYear, submit: true, Today);
        Assert.Equal(MonitoringErrors.InvalidValueCode, Code(refused));
        Assert.Equal("wartość", refused.Errors[0].Field);
        Assert.Contains("zmieniła się o 200%", refused.Errors[0].Message);
        Assert.Equal(MonitoringErrors.InvalidValueCode, Code(EntryWorkflow.Save(Mopr, At(EntryState.Draft), "", null, null, submit: true, Today)));
        Assert.Equal(MonitoringErrors.InvalidValueCode, Code(EntryWorkflow.Save(Mopr, At(EntryState.Draft), "", null, null, submit: false, Today))); // a draft of nothing
    }

    [Fact]
    public void An_approved_value_is_opened_again_for_correction_only_by_a_reviewer_with_a_reason_in_an_open_period()
    {
        Assert.Equal(EntryState.Returned, EntryWorkflow.Reopen(Coordinator, At(EntryState.Approved), "Korekta po kontroli MOPR.").Value);
        Assert.Equal(MonitoringErrors.ReviewersOnlyCode, Code(EntryWorkflow.Reopen(Mopr, At(EntryState.Approved), "chcę poprawić")));
        Assert.Equal(MonitoringErrors.EntryReopenReasonMissingCode, Code(EntryWorkflow.Reopen(Coordinator, At(EntryState.Approved), " ")));
        Assert.Equal(MonitoringErrors.PeriodLockedCode, Code(EntryWorkflow.Reopen(Coordinator, At(EntryState.Approved, PeriodState.Locked), "korekta")));
        Assert.Equal(MonitoringErrors.NotApprovedCode, Code(EntryWorkflow.Reopen(Coordinator, At(EntryState.Submitted), "korekta")));
        Assert.Equal(MonitoringErrors.EntryNotFoundCode, Code(EntryWorkflow.Reopen(Coordinator, null, "korekta")));
    }

    [Fact]
    public void Text_that_cannot_be_stored_is_refused_before_any_rule_reads_it()
    {
        Assert.Equal(InputText.ControlCharacterCode, Code(EntryWorkflow.Save(Mopr, At(EntryState.Missing), "12\u00003", null, null, submit: true, Today)));
        Assert.Equal(InputText.ControlCharacterCode, Code(EntryWorkflow.Save(Mopr, At(EntryState.Missing), "12", "z\u0000", null, submit: false, Today)));
        var tooLong = EntryWorkflow.Save(Mopr, At(EntryState.Missing), "12", new string('x', InputText.CommentLength + 1), null, submit: false, Today);
        Assert.Equal((InputText.TooLongCode, "komentarz"), (Code(tooLong), tooLong.Errors[0].Field));
        Assert.Equal(InputText.TooLongCode, Code(EntryWorkflow.Save(Mopr, At(EntryState.Missing), new string('1', InputText.ValueLength + 1), null, null, submit: false, Today)));
        Assert.Equal(InputText.ControlCharacterCode, Code(EntryWorkflow.Review(Coordinator, At(EntryState.Submitted), approve: false, "popraw\u0000")));
        Assert.Equal(InputText.ControlCharacterCode, Code(PeriodWorkflow.Reopen(Coordinator, PeriodState.Locked, "korekta\u0007")));
    }

    [Fact]
    public void A_value_that_cannot_be_read_is_quoted_only_in_part()
    {
        var refused = EntryWorkflow.Save(Mopr, At(EntryState.Missing), string.Concat(Enumerable.Repeat("12,3,4 ", 120)), null, null, submit: true, Today);
        Assert.Equal(MonitoringErrors.InvalidValueCode, Code(refused));
        Assert.True(refused.Errors[0].Message.Length < 300, refused.Errors[0].Message);
    }

    [Fact]
    public void A_reviewer_approves_or_returns_with_a_reason_only_a_submitted_value()
    {
        Assert.Equal(EntryState.Approved, EntryWorkflow.Review(Coordinator, At(EntryState.Submitted), approve: true, null).Value);
        Assert.Equal(EntryState.Returned, EntryWorkflow.Review(Coordinator, At(EntryState.Submitted), approve: false, "Podaj liczbę z rejestru.").Value);
        Assert.Equal(MonitoringErrors.ReturnReasonMissingCode, Code(EntryWorkflow.Review(Coordinator, At(EntryState.Submitted), false, " ")));
        Assert.Equal(MonitoringErrors.NotSubmittedCode, Code(EntryWorkflow.Review(Coordinator, At(EntryState.Draft), true, null)));
        Assert.Equal(MonitoringErrors.PeriodLockedCode, Code(EntryWorkflow.Review(Coordinator, At(EntryState.Submitted, PeriodState.Locked), true, null)));
        Assert.Equal(MonitoringErrors.EntryNotFoundCode, Code(EntryWorkflow.Review(Coordinator, null, true, null)));
        Assert.Equal(MonitoringErrors.ReviewersOnlyCode, Code(EntryWorkflow.Review(Mopr, At(EntryState.Submitted), true, null)));
    }

    [Fact]
    public void Every_code_of_the_monitoring_is_distinct_and_named_under_monitoring()
    {
        var codes = typeof(MonitoringErrors).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.StartsWith("monitoring.", c));
    }

    [Fact]
    public void After_the_deadline_and_its_grace_days_only_a_returned_value_can_be_saved()
    {
        var campaign = new Campaign(new DateOnly(2022, 2, 20), 7, null, []);
        EntryPlace Closed(EntryState state) => new(state, "mopr", PeriodState.Open, campaign);

        var refused = EntryWorkflow.Save(Mopr, Closed(EntryState.Draft), "12", null, null, submit: true, new DateOnly(2022, 2, 28));
        Assert.Equal(MonitoringErrors.DeadlinePassedCode, Code(refused));
        Assert.Equal("Termin przekazania minął 20 lutego 2022 r., a wartości można było wprowadzać do 27 lutego 2022 r. "
            + "O przedłużenie terminu dla instytucji proszę zwrócić się do koordynatora monitoringu.", refused.Errors[0].Message);
        Assert.Equal(MonitoringErrors.DeadlinePassedCode, Code(EntryWorkflow.Save(Mopr, Closed(EntryState.Missing), "12", null, null, submit: false, new DateOnly(2022, 2, 28))));
        Assert.True(EntryWorkflow.Save(Mopr, Closed(EntryState.Returned), "12", null, null, submit: true, new DateOnly(2022, 2, 28)).IsSuccess);
        Assert.True(EntryWorkflow.Save(Mopr, Closed(EntryState.Draft), "12", null, null, submit: true, new DateOnly(2022, 2, 27)).IsSuccess); // the last grace day
    }
}
