using Kierunek.Domain.Input;
using Kierunek.Domain.Monitoring;

namespace Kierunek.Domain.Tests.Monitoring;

/// <summary>An action's yearly report: the documents' money notation is accepted as written, a step is needed to submit,
/// a term not kept needs a note, and the strategy's own scale keeps seven distinct steps.</summary>
public class ActionReportTests
{
    [Fact]
    public void Money_is_written_as_in_the_documents_and_kept_as_typed()
    {
        var typed = new ActionReport(4, "  Szkolenia dla 40 osób. ", "12 500,00 zł", "b.d.", " w ramach działalności statutowej ", "ok. 3 000 zł", true, null);
        var stored = ActionReport.Check(typed, submitting: true).Value!;
        Assert.Equal(("Szkolenia dla 40 osób.", "12 500,00 zł", "b.d.", "w ramach działalności statutowej", "ok. 3 000 zł"),
            (stored.Description, stored.SpentTotal, stored.SpentState, stored.SpentGmina, stored.SpentOther));
    }

    [Fact]
    public void Each_reason_is_named_with_its_field()
    {
        var refused = ActionReport.Check(new ActionReport(9, null, "-5 zł", "45%", null, null, false, " "), submitting: true);
        Assert.Equal([(MonitoringErrors.StepOutOfScaleCode, "stan-realizacji"), (MonitoringErrors.SpendingNotMoneyCode, "wydatki-ogolem"),
            (MonitoringErrors.SpendingNotMoneyCode, "wydatki-panstwo"), (MonitoringErrors.TermNoteMissingCode, "termin-uwagi")],
            refused.Errors.Select(e => (e.Code, e.Field)));
        Assert.Equal(MonitoringErrors.StepMissingCode, Assert.Single(ActionReport.Check(ActionReport.Empty with { Description = "x" }, submitting: true).Errors).Code);
        Assert.True(ActionReport.Check(ActionReport.Empty with { Description = "x" }, submitting: false).IsSuccess); // a draft may wait for its step
        Assert.Equal(InputText.ControlCharacterCode, ActionReport.Check(ActionReport.Empty with { Description = "a\u0007" }, submitting: false).Errors[0].Code);
    }

    [Fact]
    public void A_scale_keeps_seven_distinct_named_steps()
    {
        Assert.Equal("7 – zrealizowano", ProgressScale.Default.Describe(7));
        var renamed = ProgressScale.From(["brak", "plan", "start", "w toku", "połowa", "prawie", "koniec"]).Value!;
        Assert.Equal("4 – w toku", renamed.Describe(4));
        Assert.Equal("krok-3", ProgressScale.From(["a", "b", " ", "d", "e", "f", "g"]).Errors[0].Field);
        Assert.Equal("krok-5", ProgressScale.From(["a", "b", "c", "d", "A", "f", "g"]).Errors[0].Field);
        Assert.Equal(MonitoringErrors.ScaleCode, ProgressScale.From(["a", "b"]).Errors[0].Code);
    }
}
