using Kierunek.Application.Ozps;
using Kierunek.Data;
using Kierunek.Data.Ozps;
using Kierunek.Data.Tests;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Ozps.Assessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kierunek.Application.Tests.Ozps;

/// <summary>The OZPS form's workflow on SQLite and PostgreSQL: a gmina's worker saves tables as drafts (a cell that is
/// not a number refused with its row and column, nothing kept), cannot submit while a "w tym" row is above its total,
/// submits once it is fixed; a ROPS of another voivodeship cannot touch it; the voivodeship's ROPS returns it with a
/// reason, the worker corrects and submits again, the ROPS approves. Every step is in the audit.</summary>
public class OzpsAssessmentsTests
{
    public static TheoryData<string> Providers => Databases.Providers;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Lubartow = "0608011";
    private static readonly OzpsAccess Worker = new(Lubartow, Administrator: false, Reviews: false);
    private static readonly Actor WorkerActor = new("gops@lubartow.example", null, Reviews: false);
    private static readonly OzpsAccess Rops = new("06", Administrator: false, Reviews: true);
    private static readonly Actor RopsActor = new("rops@lublin.example", null, Reviews: true);

    private static OzpsAssessments Service(KierunekDb db) => new(db, TimeProvider.System, NullLogger<OzpsAssessments>.Instance);

    private static Dictionary<string, string?> Cells(params (int Row, FormColumn Column, string? Raw)[] cells) =>
        cells.ToDictionary(c => FormCells.Field(c.Row, c.Column), c => c.Raw);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_gminas_assessment_is_saved_checked_submitted_returned_corrected_and_approved(string provider)
    {
        using var database = Databases.Fresh(provider);
        await using var db = Database.Open(database.Target);
        var service = Service(db);

        var refused = await service.SaveTableAsync(Worker, WorkerActor, Lubartow, 2019, "korzystajacy",
            Cells((1, FormColumn.Assessment, "1 200"), (2, FormColumn.Assessment, "dużo")), revision: 0, Ct);
        var bad = Assert.Single(refused.Errors);
        Assert.Equal((AssessmentErrors.BadCellCode, "w2-o"), (bad.Code, bad.Field));
        Assert.StartsWith("Wiersz 2 (", bad.Message);
        Assert.Contains("rok oceny 2019", bad.Message);
        Assert.Equal(0, await db.OzpsValues.CountAsync(Ct));

        var saved = await service.SaveTableAsync(Worker, WorkerActor, Lubartow, 2019, "korzystajacy",
            Cells((1, FormColumn.Assessment, "1 200"), (2, FormColumn.Assessment, "1 350"), (1, FormColumn.Previous, "b.d."), (1, FormColumn.Forecast, "1 250")), revision: 0, Ct);
        Assert.True(saved.IsSuccess, string.Join("; ", saved.Errors));
        var form = saved.Value!;
        Assert.Equal(EntryState.Draft, form.Assessment.State);
        Assert.Equal("b.d.", form.Data.Index()[new Domain.Ozps.OzpsKey("korzystajacy", "1", 2018)].Value.Raw);
        var broken = Assert.Single(form.FindingsOf("korzystajacy"), f => f.Severity == Domain.Ozps.Checks.Severity.Error);
        Assert.Equal("2", broken.Row);
        Assert.Equal(2, form.Progress.Single(p => p.Table == "korzystajacy").Filled);

        var notYet = await service.SubmitAsync(Worker, WorkerActor, Lubartow, 2019, Ct);
        Assert.Equal(AssessmentErrors.RulesBrokenCode, Assert.Single(notYet.Errors).Code);

        var stale = await service.SaveTableAsync(Worker, WorkerActor, Lubartow, 2019, "korzystajacy", Cells((2, FormColumn.Assessment, "1 100")), revision: 0, Ct);
        Assert.Equal(AssessmentErrors.ConflictCode, Assert.Single(stale.Errors).Code);
        var fixedForm = (await service.SaveTableAsync(Worker, WorkerActor, Lubartow, 2019, "korzystajacy", Cells((2, FormColumn.Assessment, "1 100")), form.Assessment.Revision, Ct)).Value!;
        Assert.Equal(0, fixedForm.Errors);
        Assert.Equal(EntryState.Submitted, (await service.SubmitAsync(Worker, WorkerActor, Lubartow, 2019, Ct)).Value!.Assessment.State);

        var locked = await service.SaveTableAsync(Worker, WorkerActor, Lubartow, 2019, "korzystajacy", Cells((2, FormColumn.Assessment, "1 000")), fixedForm.Assessment.Revision + 1, Ct);
        Assert.Equal(MonitoringErrors.EntryAwaitingReviewCode, Assert.Single(locked.Errors).Code);
        var otherRegion = await service.ReviewAsync(new OzpsAccess("12", false, true), RopsActor, Lubartow, 2019, approve: true, null, Ct);
        Assert.Equal(AssessmentErrors.NotFoundCode, Assert.Single(otherRegion.Errors).Code);
        var byWorker = await service.ReviewAsync(Worker, WorkerActor, Lubartow, 2019, approve: true, null, Ct);
        Assert.Equal(MonitoringErrors.ReviewersOnlyCode, Assert.Single(byWorker.Errors).Code);
        var noReason = await service.ReviewAsync(Rops, RopsActor, Lubartow, 2019, approve: false, " ", Ct);
        Assert.Equal(MonitoringErrors.ReturnReasonMissingCode, Assert.Single(noReason.Errors).Code);

        var returned = (await service.ReviewAsync(Rops, RopsActor, Lubartow, 2019, approve: false, "Wiersz 1: proszę sprawdzić liczbę osób.", Ct)).Value!;
        Assert.Equal((EntryState.Returned, "Wiersz 1: proszę sprawdzić liczbę osób."), (returned.Assessment.State, returned.Assessment.ReturnReason));
        var corrected = (await service.SaveTableAsync(Worker, WorkerActor, Lubartow, 2019, "korzystajacy", Cells((1, FormColumn.Assessment, "1 210")), returned.Assessment.Revision, Ct)).Value!;
        Assert.Equal(EntryState.Returned, corrected.Assessment.State);
        Assert.Equal(EntryState.Submitted, (await service.SubmitAsync(Worker, WorkerActor, Lubartow, 2019, Ct)).Value!.Assessment.State);
        var approved = (await service.ReviewAsync(Rops, RopsActor, Lubartow, 2019, approve: true, null, Ct)).Value!;
        Assert.Equal(EntryState.Approved, approved.Assessment.State);
        Assert.False(approved.Editable);

        var audit = await db.Audit.AsNoTracking().Where(a => a.Entity == OzpsAssessments.AuditEntity).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync(Ct);
        Assert.Equal(["rozpoczęcie oceny OZPS", "przekazanie oceny OZPS do ROPS", "zwrot oceny OZPS do poprawy", "przekazanie oceny OZPS do ROPS", "zatwierdzenie oceny OZPS"], audit);
        var values = await db.Audit.AsNoTracking().Where(a => a.Entity == OzpsStore.AuditEntity).Select(a => a.EntityKey + ": " + a.OldValue + " → " + a.NewValue).ToListAsync(Ct);
        Assert.Contains($"{Lubartow}/korzystajacy/1/2019: 1 200 → 1 210", values);
        Assert.Contains($"{Lubartow}/korzystajacy/2/2019: 1 350 → 1 100", values);
    }

    [Fact]
    public async Task A_cleared_cell_is_removed_and_a_region_reviewer_cannot_fill_a_gminas_form()
    {
        using var database = Databases.Fresh("sqlite");
        await using var db = Database.Open(database.Target);
        var service = Service(db);
        var form = (await service.SaveTableAsync(Worker, WorkerActor, Lubartow, 2019, "infrastruktura", Cells((1, FormColumn.Assessment, "120")), 0, Ct)).Value!;
        var cleared = (await service.SaveTableAsync(Worker, WorkerActor, Lubartow, 2019, "infrastruktura", Cells((1, FormColumn.Assessment, " ")), form.Assessment.Revision, Ct)).Value!;
        Assert.Equal(0, await db.OzpsValues.CountAsync(Ct));
        Assert.Equal(0, cleared.Progress.Single(p => p.Table == "infrastruktura").Filled);


        // A forecast's comment stays when a save does not send the comment field (an API client sending the value alone).
        var commented = (await service.SaveTableAsync(Worker, WorkerActor, Lubartow, 2019, "infrastruktura",
            new Dictionary<string, string?> { ["w1-f"] = "130", ["w1-k"] = "nowe mieszkania w budowie" }, cleared.Assessment.Revision, Ct)).Value!;
        var again = (await service.SaveTableAsync(Worker, WorkerActor, Lubartow, 2019, "infrastruktura", Cells((1, FormColumn.Forecast, "131")), commented.Assessment.Revision, Ct)).Value!;
        var forecast = again.Data[new Domain.Ozps.OzpsKey("infrastruktura", "1", 2020, Forecast: true)]!;
        Assert.Equal(("131", "nowe mieszkania w budowie"), (forecast.Value.Raw, forecast.Comment));

        var byRops = await service.SaveTableAsync(Rops, RopsActor, Lubartow, 2019, "infrastruktura", Cells((1, FormColumn.Assessment, "1")), again.Assessment.Revision, Ct);
        Assert.Equal(AssessmentErrors.NotYoursCode, Assert.Single(byRops.Errors).Code);
        var elsewhere = await service.OpenAsync(Worker, "0608072", 2019, Ct);
        Assert.Equal(AssessmentErrors.NotFoundCode, Assert.Single(elsewhere.Errors).Code);
    }
}
