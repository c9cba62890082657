using Kierunek.Data;
using Kierunek.Data.Monitoring;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Kierunek.Application.Monitoring;

/// <summary>Each action's report for a year (<see cref="ActionReport"/>): its institution drafts and submits it beside the
/// values, a reviewer returns or approves it — the values' own state machine (<see cref="EntryWorkflow"/>); and the
/// strategy's names for the steps of its progress scale. Every change is one transaction with its audit row.</summary>
public sealed class ActionReports(KierunekDb db, TimeProvider clock, ILogger<ActionReports> logger)
{
    public async Task<ProgressScale> ScaleAsync(string documentKey, CancellationToken ct = default) =>
        await db.ProgressScales.AsNoTracking().SingleOrDefaultAsync(s => s.DocumentKey == documentKey, ct) is { } row
            ? new ProgressScale(row.Labels.Split('\n'))
            : ProgressScale.Default;

    /// <summary>The strategy's own names for the seven steps (coordinators and administrators).</summary>
    public async Task<Outcome> SetScaleAsync(string documentKey, IReadOnlyList<string?> labels, Actor actor, CancellationToken ct = default)
    {
        if (!actor.Reviews) return MonitoringLog.Refusal(logger, "skala realizacji", MonitoringErrors.ReviewersOnly("Skalę realizacji ustawia koordynator."), actor);
        var scale = ProgressScale.From(labels);
        if (!scale.IsSuccess) return MonitoringLog.Refusal(logger, "skala realizacji", scale.Errors[0], actor);
        var before = await ScaleAsync(documentKey, ct);
        if (before.Labels.SequenceEqual(scale.Value!.Labels)) return Outcome.Ok;
        var row = await db.ProgressScales.SingleOrDefaultAsync(s => s.DocumentKey == documentKey, ct);
        if (row is null) db.ProgressScales.Add(row = new ProgressScaleRow { DocumentKey = documentKey, Labels = "", ChangedBy = actor.Name });
        (row.Labels, row.ChangedBy, row.ChangedAt) = (string.Join('\n', scale.Value.Labels), actor.Name, clock.GetUtcNow());
        MonitoringAudit.Add(db, clock, actor, "skala realizacji", "document", documentKey, string.Join("; ", before.Labels), string.Join("; ", scale.Value.Labels), null);
        await db.SaveChangesAsync(ct);
        return Outcome.Ok;
    }

    /// <summary>A reporter saves the action's report as a draft or submits it; <paramref name="expectedVersion"/> is the
    /// version the form was loaded with (0 for a report not started).</summary>
    public async Task<Result<ActionReportRow>> SaveAsync(int assignmentId, ActionReport typed, bool submit, int expectedVersion, Actor actor, CancellationToken ct = default)
    {
        var assignment = await db.Assignments.Include(a => a.Report).SingleOrDefaultAsync(a => a.Id == assignmentId && a.NodePosition != null, ct);
        var period = assignment is null ? null : await db.Periods.AsNoTracking().Include(p => p.Extensions).SingleAsync(p => p.Id == assignment.PeriodId, ct);
        var place = assignment is null ? null
            : new EntryPlace(assignment.Report?.State ?? EntryState.Missing, assignment.InstitutionKey, period!.State, Campaigns.Of(period));
        if (EntryWorkflow.ReporterMayChange(actor, place, clock.Today()) is { } refused) return MonitoringLog.Refusal(logger, "raport działania", refused, actor);
        var checkedReport = ActionReport.Check(typed, submit);
        if (!checkedReport.IsSuccess)
        {
            MonitoringLog.Refused(logger, "raport działania", checkedReport.Errors[0].Code, actor.AccountId);
            return Result<ActionReportRow>.Fail(checkedReport.Errors);
        }
        var report = checkedReport.Value!;
        var row = assignment!.Report;
        var old = row is null ? "(puste)" : Describe(row);
        if ((row?.Version ?? 0) != expectedVersion)
            return MonitoringLog.Refusal(logger, "raport działania", MonitoringErrors.Conflict(row?.UpdatedBy, row is null ? null : Describe(row)), actor);
        if (row is null) assignment.Report = row = new ActionReportRow();
        (row.Step, row.Description, row.SpentTotal, row.SpentState, row.SpentGmina, row.SpentOther, row.TermKept, row.TermNote) =
            (report.Step, report.Description, report.SpentTotal, report.SpentState, report.SpentGmina, report.SpentOther, report.TermKept, report.TermNote);
        row.State = submit ? EntryState.Submitted : EntryState.Draft;
        return await CommitAsync(assignment, row, expectedVersion, actor, submit ? "przekazanie raportu działania" : "zapis roboczy raportu działania", old, null, ct);
    }

    /// <summary>A reviewer approves a submitted report or returns it with what to fix.</summary>
    public async Task<Result<ActionReportRow>> ReviewAsync(int assignmentId, bool approve, string? reason, int expectedVersion, Actor actor, CancellationToken ct = default)
    {
        var assignment = await db.Assignments.Include(a => a.Report).SingleOrDefaultAsync(a => a.Id == assignmentId, ct);
        var period = assignment is null ? null : await db.Periods.AsNoTracking().SingleAsync(p => p.Id == assignment.PeriodId, ct);
        var place = assignment?.Report is null ? null : new EntryPlace(assignment.Report.State, assignment.InstitutionKey, period!.State, Campaign.None);
        var decided = EntryWorkflow.Review(actor, place, approve, reason);
        if (!decided.IsSuccess) return MonitoringLog.Refusal(logger, approve ? "zatwierdzenie raportu działania" : "zwrot raportu działania", decided.Errors[0], actor);
        var row = assignment!.Report!;
        var old = Describe(row);
        row.State = decided.Value;
        row.ReviewComment = reason?.Trim();
        return await CommitAsync(assignment, row, expectedVersion, actor, approve ? "zatwierdzenie raportu działania" : "zwrot raportu działania", old, reason?.Trim(), ct);
    }

    private async Task<Result<ActionReportRow>> CommitAsync(AssignmentRow assignment, ActionReportRow row, int expectedVersion, Actor actor, string action, string old, string? reason, CancellationToken ct)
    {
        if (row.Id != 0) db.Entry(row).Property(r => r.Version).OriginalValue = expectedVersion;
        row.Version = expectedVersion + 1;
        (row.UpdatedBy, row.UpdatedAt) = (actor.Name, clock.GetUtcNow());
        MonitoringAudit.Add(db, clock, actor, action, "action-report", $"{assignment.PeriodId}/{assignment.NodePosition}", old, Describe(row), reason);
        try
        {
            await db.SaveChangesAsync(ct);
            return Result<ActionReportRow>.Ok(row);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.ActionReports.AsNoTracking().SingleAsync(r => r.AssignmentId == assignment.Id, ct);
            return MonitoringLog.Refusal(logger, action, MonitoringErrors.Conflict(current.UpdatedBy, Describe(current)), actor);
        }
    }

    /// <summary>"krok 4; wydatki 12 500 zł; termin dotrzymany [Submitted]" — the audit's account of a report.</summary>
    private static string Describe(ActionReportRow r) =>
        string.Join("; ", new[]
        {
            r.Step is { } s ? $"krok {s}" : null, r.Description is { } d ? $"opis: {d}" : null,
            r.SpentTotal is { } t ? $"wydatki ogółem {t}" : null, r.SpentState is { } p ? $"państwo {p}" : null,
            r.SpentGmina is { } g ? $"gmina {g}" : null, r.SpentOther is { } o ? $"inne {o}" : null,
            r.TermKept switch { true => "termin dotrzymany", false => $"termin niedotrzymany{(r.TermNote is { } n ? $": {n}" : "")}", _ => null },
        }.Where(x => x is not null)) + $" [{r.State}]";


}
