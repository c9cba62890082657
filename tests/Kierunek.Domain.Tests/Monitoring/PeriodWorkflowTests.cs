using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Results;

namespace Kierunek.Domain.Tests.Monitoring;

/// <summary>The periods' state machine: every transition and every refusal, by its code.</summary>
public class PeriodWorkflowTests
{
    private static readonly Actor Coordinator = new("koordynator", null, Reviews: true);
    private static readonly Actor Reporter = new("mopr", "mopr", Reviews: false);

    private static string Code(Result result) => Assert.Single(result.Errors).Code;
    private static string Code<T>(Result<T> result) => Assert.Single(result.Errors).Code;

    [Fact]
    public void A_coordinator_opens_a_period_for_a_year_not_yet_opened()
    {
        Assert.Equal(PeriodState.Open, PeriodWorkflow.Open(Coordinator, 2024, alreadyExists: false).Value);
        Assert.Equal(MonitoringErrors.PeriodExistsCode, Code(PeriodWorkflow.Open(Coordinator, 2024, alreadyExists: true)));
        Assert.Equal(MonitoringErrors.ReviewersOnlyCode, Code(PeriodWorkflow.Open(Reporter, 2024, alreadyExists: false)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1999)]
    [InlineData(2101)]
    public void A_period_needs_a_year_within_the_systems_range(int? year)
    {
        var refused = PeriodWorkflow.Open(Coordinator, year, alreadyExists: false);
        Assert.Equal(MonitoringErrors.InvalidYearCode, Code(refused));
        Assert.Equal("rok", refused.Errors[0].Field);
    }

    [Fact]
    public void An_item_is_given_while_the_period_is_open_and_moved_only_before_its_institution_starts()
    {
        Assert.True(PeriodWorkflow.Assign(Coordinator, PeriodState.Open, chosen: true, 2, holder: null).IsSuccess);
        Assert.True(PeriodWorkflow.Assign(Coordinator, PeriodState.Open, chosen: true, 2, ("MOPR", Started: false)).IsSuccess);
        var taken = PeriodWorkflow.Assign(Coordinator, PeriodState.Open, chosen: true, 2, ("MOPR", Started: true));
        Assert.Equal(MonitoringErrors.ItemAlreadyStartedCode, Code(taken));
        Assert.Equal("Pozycję ma już MOPR, która zaczęła wprowadzać wartości.", taken.Errors[0].Message);
    }

    [Fact]
    public void Assigning_is_refused_by_name_for_each_missing_precondition()
    {
        Assert.Equal(MonitoringErrors.ReviewersOnlyCode, Code(PeriodWorkflow.Assign(Reporter, PeriodState.Open, true, 1, null)));
        Assert.Equal(MonitoringErrors.NothingChosenCode, Code(PeriodWorkflow.Assign(Coordinator, PeriodState.Open, false, 1, null)));
        Assert.Equal(MonitoringErrors.PeriodNotFoundCode, Code(PeriodWorkflow.Assign(Coordinator, null, true, 1, null)));
        Assert.Equal(MonitoringErrors.PeriodLockedCode, Code(PeriodWorkflow.Assign(Coordinator, PeriodState.Locked, true, 1, null)));
        Assert.Equal(MonitoringErrors.ItemWithoutIndicatorsCode, Code(PeriodWorkflow.Assign(Coordinator, PeriodState.Open, true, 0, null)));
    }

    [Fact]
    public void A_period_locks_once_nothing_waits_for_a_decision_and_without_missing_values_only_when_confirmed()
    {
        Assert.Equal(PeriodState.Locked, PeriodWorkflow.Lock(Coordinator, PeriodState.Open, 0, 0, closeWithoutThem: false).Value);
        var waiting = PeriodWorkflow.Lock(Coordinator, PeriodState.Open, awaitingDecision: 3, notDelivered: 0, closeWithoutThem: true);
        Assert.Equal(MonitoringErrors.NotAllApprovedCode, Code(waiting));
        Assert.Equal("Okresu nie można zamknąć: 3 przekazane wartości czekają na zatwierdzenie albo zwrot (lista poniżej).", waiting.Errors[0].Message);
        var missing = PeriodWorkflow.Lock(Coordinator, PeriodState.Open, 0, notDelivered: 5, closeWithoutThem: false);
        Assert.Equal(MonitoringErrors.NotDeliveredCode, Code(missing));
        Assert.StartsWith("Instytucje nie przekazały: 5 wartości (lista poniżej).", missing.Errors[0].Message);
        Assert.Equal(PeriodState.Locked, PeriodWorkflow.Lock(Coordinator, PeriodState.Open, 0, 5, closeWithoutThem: true).Value);
        Assert.Equal(MonitoringErrors.PeriodLockedCode, Code(PeriodWorkflow.Lock(Coordinator, PeriodState.Locked, 0, 0, false)));
        Assert.Equal(MonitoringErrors.PeriodNotFoundCode, Code(PeriodWorkflow.Lock(Coordinator, null, 0, 0, false)));
        Assert.Equal(MonitoringErrors.ReviewersOnlyCode, Code(PeriodWorkflow.Lock(Reporter, PeriodState.Open, 0, 0, false)));
    }

    [Fact]
    public void A_locked_period_reopens_only_with_a_reason()
    {
        Assert.Equal(PeriodState.Open, PeriodWorkflow.Reopen(Coordinator, PeriodState.Locked, "Korekta po kontroli.").Value);
        Assert.Equal(MonitoringErrors.ReopenReasonMissingCode, Code(PeriodWorkflow.Reopen(Coordinator, PeriodState.Locked, "  ")));
        Assert.Equal(MonitoringErrors.PeriodNotLockedCode, Code(PeriodWorkflow.Reopen(Coordinator, PeriodState.Open, "powód")));
        Assert.Equal(MonitoringErrors.PeriodNotFoundCode, Code(PeriodWorkflow.Reopen(Coordinator, null, "powód")));
        Assert.Equal(MonitoringErrors.ReviewersOnlyCode, Code(PeriodWorkflow.Reopen(Reporter, PeriodState.Locked, "powód")));
    }
}
