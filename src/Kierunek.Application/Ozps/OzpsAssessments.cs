using Kierunek.Data;
using Kierunek.Data.Audit;
using Kierunek.Data.Ozps;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Ozps;
using Kierunek.Domain.Ozps.Assessments;
using Kierunek.Domain.Ozps.Checks;
using Kierunek.Domain.Ozps.Narrative;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Domain.Results;
using Kierunek.Domain.Territory;
using Kierunek.Import.Territory;
using Kierunek.Reports.Ozps;
using Kierunek.Reports.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Kierunek.Application.Ozps;

/// <summary>A unit's OZPS of one year as its form shows it: the template of the year, the stored values (the previous
/// year's among them, pre-filled), the rules' findings, progress per table, the workflow state and the ROPS's campaign,
/// and what the viewing account may do with it.</summary>
public sealed record AssessmentForm(
    TerritorialUnit Unit, int Year, OzpsTemplate Template, OzpsAssessment Assessment, OzpsUnitData Data,
    IReadOnlyList<OzpsFinding> Findings, IReadOnlyList<TableProgress> Progress, Campaign Campaign, PeriodState Period,
    bool Fills, bool Reviews, DateOnly Today)
{
    public AssessmentStatus Status => AssessmentStatus.Of(Assessment, Campaign, Today);

    /// <summary>Where the assessment stands for the monitoring's workflow: its state, the unit as the institution, the campaign.</summary>
    public EntryPlace Place => new(Assessment.State, Unit.Code, Period, Campaign);

    /// <summary>Null when the account may change the form now; otherwise why not.</summary>
    public Error? MayFill(OzpsAccess access, Actor actor) => AssessmentSteps.MayFill(access, actor, Place, Today);

    /// <summary>Whether the unit's staff can change it now (their scope, its state, the campaign).</summary>
    public bool Editable => Fills && Period == PeriodState.Open && EntryWorkflow.Editable(Assessment.State, Campaign.EntryClosed(Unit.Code, Today));

    /// <summary>The findings about the form's three columns (not about earlier years' figures, which the unit no longer
    /// reports): what "Sprawdź całość" lists and what stops a submission.</summary>
    public IReadOnlyList<OzpsFinding> OwnFindings => Findings.Where(f => f.Forecast ? f.Year == Year + 1 : f.Year == Year || f.Year == Year - 1).ToList();

    public int Errors => OwnFindings.Count(f => f.Severity == Severity.Error);

    public int Warnings => OwnFindings.Count(f => f.Severity == Severity.Warning);

    public IEnumerable<OzpsFinding> FindingsOf(string table) => OwnFindings.Where(f => f.Table == table);
}

/// <summary>The OZPS form and its review: open, check as typed (without saving), save a table as a draft, submit,
/// return or approve, reopen, and the team's conclusions. Every step is one transaction with its audit rows; every
/// refusal is a named error, logged with its code (<see cref="OzpsLog"/>).</summary>
public sealed class OzpsAssessments(KierunekDb db, TimeProvider clock, ILogger<OzpsAssessments> logger)
{
    /// <summary>How the audit names an assessment's steps ("0608011/2019").</summary>
    public const string AuditEntity = "ozps-ocena";

    private static TerritorialRegister Register => TercFile.Register;

    public async Task<Result<AssessmentForm>> OpenAsync(OzpsAccess access, string unitCode, int year, CancellationToken ct = default)
    {
        if (Register.Find(unitCode) is not { } unit || !access.Sees(unitCode)) return AssessmentErrors.NotFound;
        var data = await new OzpsStore(db, Register, clock).LoadAsync(unitCode, ct) ?? new OzpsUnitData(unit, []);
        return Result<AssessmentForm>.Ok(await FormAsync(access, unit, year, data, ct));
    }

    /// <summary>The rules over the stored values with the typed table in place — what the form shows beside each row
    /// as the user types; nothing is saved.</summary>
    public async Task<Result<IReadOnlyList<OzpsFinding>>> CheckAsync(OzpsAccess access, string unitCode, int year, string tableCode,
        IReadOnlyDictionary<string, string?> typed, CancellationToken ct = default)
    {
        var opened = await OpenAsync(access, unitCode, year, ct);
        if (!opened.IsSuccess) return Result<IReadOnlyList<OzpsFinding>>.Fail(opened.Errors);
        var form = opened.Value!;
        if (form.Template.Table(tableCode) is not { } table) return AssessmentErrors.UnknownTable(tableCode);
        var cells = FormCells.Read(table, year, typed);
        if (!cells.IsSuccess) return Result<IReadOnlyList<OzpsFinding>>.Fail(cells.Errors);
        var merged = FormCells.Merge(form.Data, cells.Value!);
        return Result<IReadOnlyList<OzpsFinding>>.Ok((form with { Findings = OzpsRules.Check(merged, form.Template) }).FindingsOf(table.Code).ToList());
    }

    /// <summary>A table's cells saved as a draft. <paramref name="revision"/>: the one the form was opened at — a save in between refuses this one.</summary>
    public async Task<Result<AssessmentForm>> SaveTableAsync(OzpsAccess access, Actor actor, string unitCode, int year, string tableCode,
        IReadOnlyDictionary<string, string?> typed, int revision, CancellationToken ct = default)
    {
        const string step = "zapis tabeli";
        if (OzpsTemplate.ForYear(year).Table(tableCode) is not { } table) return Refused(unitCode, year, step, [AssessmentErrors.UnknownTable(tableCode)]);
        var cells = FormCells.Read(table, year, typed);
        if (!cells.IsSuccess) return Refused(unitCode, year, step, cells.Errors);
        return await StoreCellsAsync(access, actor, unitCode, year, cells.Value!, revision, $"formularz OZPS {year}: {table.Title}", step, ct);
    }

    /// <summary>Cells (typed, or read from a file) stored into the form in one transaction with the assessment's new
    /// state; refused when somebody saved since <paramref name="revision"/>.</summary>
    internal async Task<Result<AssessmentForm>> StoreCellsAsync(OzpsAccess access, Actor actor, string unitCode, int year, IReadOnlyList<FormCell> cells, int revision,
        string reason, string step, CancellationToken ct)
    {
        var opened = await OpenAsync(access, unitCode, year, ct);
        if (!opened.IsSuccess) return Refused(unitCode, year, step, opened.Errors);
        var form = opened.Value!;
        if (form.MayFill(access, actor) is { } refused) return Refused(unitCode, year, step, [refused]);
        if (form.Assessment.Revision != revision) return Refused(unitCode, year, step, [AssessmentErrors.Conflict]);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var changed = await new OzpsStore(db, Register, clock).ApplyCellsAsync(unitCode, cells, actor.Name, reason, ct);
        var row = await RowAsync(unitCode, year, actor, form.Assessment.Revision, ct);
        var before = row.State;
        row.State = AssessmentSteps.AfterSave(row.State);
        if (changed > 0 || before != row.State) Touch(row, actor);
        if (before != row.State) Audit(actor, row, "rozpoczęcie oceny OZPS", before, null);
        if (!await SavedAsync(ct)) return Refused(unitCode, year, step, [AssessmentErrors.Conflict]);
        await transaction.CommitAsync(ct);
        OzpsLog.Step(logger, unitCode, year, step, row.State.ToString());
        return await OpenAsync(access, unitCode, year, ct);
    }

    /// <summary>The team's conclusions, saved with the assessment (the report prints them, a paragraph per line).</summary>
    public async Task<Result<AssessmentForm>> SaveConclusionsAsync(OzpsAccess access, Actor actor, string unitCode, int year, string? conclusions, int revision, CancellationToken ct = default)
    {
        const string step = "zapis wniosków";
        var opened = await OpenAsync(access, unitCode, year, ct);
        if (!opened.IsSuccess) return Refused(unitCode, year, step, opened.Errors);
        var form = opened.Value!;
        if (form.MayFill(access, actor) is { } refused) return Refused(unitCode, year, step, [refused]);
        if (form.Assessment.Revision != revision) return Refused(unitCode, year, step, [AssessmentErrors.Conflict]);
        if (AssessmentText.Check(conclusions) is { } bad) return Refused(unitCode, year, step, [bad]);
        var text = string.IsNullOrWhiteSpace(conclusions) ? null : conclusions.Replace("\r\n", "\n").Trim();
        var row = await RowAsync(unitCode, year, actor, form.Assessment.Revision, ct);
        if (row.Conclusions == text) return Result<AssessmentForm>.Ok(form);
        var before = row.State;
        db.Audit.Add(AuditOf(actor, row, "zmiana wniosków oceny OZPS", row.Conclusions, text, null));
        (row.Conclusions, row.State) = (text, AssessmentSteps.AfterSave(row.State));
        Touch(row, actor);
        if (before != row.State) Audit(actor, row, "rozpoczęcie oceny OZPS", before, null);
        if (!await SavedAsync(ct)) return Refused(unitCode, year, step, [AssessmentErrors.Conflict]);
        OzpsLog.Step(logger, unitCode, year, step, row.State.ToString());
        return await OpenAsync(access, unitCode, year, ct);
    }

    /// <summary>Submitted to the ROPS when no rule of the template is broken.</summary>
    public async Task<Result<AssessmentForm>> SubmitAsync(OzpsAccess access, Actor actor, string unitCode, int year, CancellationToken ct = default)
    {
        const string step = "przekazanie";
        var opened = await OpenAsync(access, unitCode, year, ct);
        if (!opened.IsSuccess) return Refused(unitCode, year, step, opened.Errors);
        var form = opened.Value!;
        var next = AssessmentSteps.Submit(access, actor, form.Place, form.OwnFindings, form.Today);
        if (!next.IsSuccess) return Refused(unitCode, year, step, next.Errors);
        var row = await RowAsync(unitCode, year, actor, form.Assessment.Revision, ct);
        var before = row.State;
        (row.State, row.SubmittedAt, row.ReturnReason) = (next.Value, clock.GetUtcNow(), null);
        Touch(row, actor);
        Audit(actor, row, "przekazanie oceny OZPS do ROPS", before, null);
        if (!await SavedAsync(ct)) return Refused(unitCode, year, step, [AssessmentErrors.Conflict]);
        OzpsLog.Step(logger, unitCode, year, step, row.State.ToString());
        return await OpenAsync(access, unitCode, year, ct);
    }

    /// <summary>The ROPS's decision: approve, or return with <paramref name="reason"/> (shown to the unit on its form).</summary>
    public async Task<Result<AssessmentForm>> ReviewAsync(OzpsAccess access, Actor actor, string unitCode, int year, bool approve, string? reason, CancellationToken ct = default)
    {
        var step = approve ? "zatwierdzenie" : "zwrot";
        var opened = await OpenAsync(access, unitCode, year, ct);
        if (!opened.IsSuccess) return Refused(unitCode, year, step, opened.Errors);
        var form = opened.Value!;
        var next = AssessmentSteps.Review(access, actor, form.Place, approve, reason);
        if (!next.IsSuccess) return Refused(unitCode, year, step, next.Errors);
        var row = await RowAsync(unitCode, year, actor, form.Assessment.Revision, ct);
        var before = row.State;
        row.State = next.Value;
        row.ReturnReason = approve ? null : reason!.Trim();
        Touch(row, actor);
        Audit(actor, row, approve ? "zatwierdzenie oceny OZPS" : "zwrot oceny OZPS do poprawy", before, row.ReturnReason);
        if (!await SavedAsync(ct)) return Refused(unitCode, year, step, [AssessmentErrors.Conflict]);
        OzpsLog.Step(logger, unitCode, year, step, row.State.ToString());
        return await OpenAsync(access, unitCode, year, ct);
    }

    /// <summary>An approved assessment opened again for correction, with a reason: back to the unit as returned.</summary>
    public async Task<Result<AssessmentForm>> ReopenAsync(OzpsAccess access, Actor actor, string unitCode, int year, string? reason, CancellationToken ct = default)
    {
        const string step = "ponowne otwarcie";
        var opened = await OpenAsync(access, unitCode, year, ct);
        if (!opened.IsSuccess) return Refused(unitCode, year, step, opened.Errors);
        var form = opened.Value!;
        var next = AssessmentSteps.Reopen(access, actor, form.Place, reason);
        if (!next.IsSuccess) return Refused(unitCode, year, step, next.Errors);
        var row = await RowAsync(unitCode, year, actor, form.Assessment.Revision, ct);
        var before = row.State;
        (row.State, row.ReturnReason) = (next.Value, reason!.Trim());
        Touch(row, actor);
        Audit(actor, row, "ponowne otwarcie oceny OZPS", before, row.ReturnReason);
        if (!await SavedAsync(ct)) return Refused(unitCode, year, step, [AssessmentErrors.Conflict]);
        OzpsLog.Step(logger, unitCode, year, step, row.State.ToString());
        return await OpenAsync(access, unitCode, year, ct);
    }

    /// <summary>The form as filled in a format of <see cref="ReportFiles"/> ("html" to print, "xlsx" to retype into CAS).</summary>
    public async Task<Result<byte[]>> FormDocumentAsync(OzpsAccess access, string unitCode, int year, string format, CancellationToken ct = default)
    {
        var opened = await OpenAsync(access, unitCode, year, ct);
        if (!opened.IsSuccess) return Result<byte[]>.Fail(opened.Errors);
        var form = opened.Value!;
        return Result<byte[]>.Ok(await ReportFiles.RenderAsync(OzpsFormReport.Build(form.Data, form.Template, year), format, form.Today, ct));
    }

    /// <summary>The unit's OZPS document as `ozps report` makes it (narrative, tables, indicators, staffing, comparisons
    /// with the voivodeship's gminas, barometer), with the team's conclusions saved with the assessment — or, while there
    /// are none, the points suggested from what worsened.</summary>
    public async Task<Result<byte[]>> ReportAsync(OzpsAccess access, string unitCode, int year, string format, CancellationToken ct = default)
    {
        var opened = await OpenAsync(access, unitCode, year, ct);
        if (!opened.IsSuccess) return Result<byte[]>.Fail(opened.Errors);
        var form = opened.Value!;
        var region = await new OzpsStore(db, Register, clock).LoadRegionAsync(unitCode[..2], ct);
        if (!access.Region && !access.Administrator)
        {
            // A unit's staff compare with their neighbours' approved (or imported) figures only: a powiat mean of three gminas
            // would give away a neighbour's draft.
            var unapproved = await db.OzpsAssessments.AsNoTracking().Where(a => a.Year == year && a.UnitCode.StartsWith(unitCode.Substring(0, 2))
                && a.UnitCode != unitCode && a.State != EntryState.Approved).Select(a => a.UnitCode).ToListAsync(ct);
            region = region.Where(u => !unapproved.Contains(u.Unit.Code)).ToList();
        }
        var conclusions = AssessmentText.Paragraphs(form.Assessment.Conclusions);
        var recommendations = await db.OzpsRecommendations.AsNoTracking().Include(r => r.Links).Where(r => r.UnitCode == unitCode && r.Year == year).OrderBy(r => r.Id)
            .Select(r => new { r.Text, Links = r.Links.Select(l => new { l.DocumentKey, l.NodeId, l.Code, l.Title }).ToList() }).ToListAsync(ct);
        var report = OzpsUnitReport.Build(form.Data, region, form.Template, year, NarrativeFile.Load(), conclusions.Count > 0 ? conclusions : null,
            recommendations.Select(r => new CouncilRecommendation(r.Text, r.Links.Select(l => new Domain.Ozps.Recommendations.StrategyItemRef(l.DocumentKey, l.NodeId, l.Code, l.Title)).ToList())).ToList());
        return Result<byte[]>.Ok(await ReportFiles.RenderAsync(report, format, form.Today, ct));
    }

    /// <summary>The years whose assessment of the unit the ROPS approved.</summary>
    internal async Task<HashSet<int>> ApprovedYearsAsync(string unitCode, CancellationToken ct) =>
        (await db.OzpsAssessments.AsNoTracking().Where(a => a.UnitCode == unitCode && a.State == EntryState.Approved).Select(a => a.Year).ToListAsync(ct)).ToHashSet();

    /// <summary>One of the account's units and years, as its OZPS start page lists them.</summary>
    public sealed record YearEntry(TerritorialUnit Unit, int Year, AssessmentStatus Status);

    /// <summary>The assessment years the account's scope has anything for (values, an assessment, a ROPS campaign), newest
    /// first, with the state of the account's own unit's assessment where it fills one.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(OzpsAccess access, CancellationToken ct = default)
    {
        if (access.Scope is not { } scope) return [];
        var region = scope.Length >= 2 ? scope[..2] : "";
        var years = await db.OzpsValues.Where(v => v.UnitCode.StartsWith(scope) && !v.Forecast).Select(v => v.Year).Distinct().ToListAsync(ct);
        years.AddRange(await db.OzpsAssessments.Where(a => a.UnitCode.StartsWith(scope)).Select(a => a.Year).Distinct().ToListAsync(ct));
        years.AddRange(await db.OzpsCampaigns.Where(c => c.RegionCode.StartsWith(region)).Select(c => c.Year).Distinct().ToListAsync(ct));
        // The years of values go back a decade (the multi-year tables); an assessment is of a year with a template.
        var first = OzpsTemplate.First.AssessmentYear;
        return years.Where(y => y >= first).Distinct().OrderDescending().ToList();
    }

    /// <summary>The state of each year's assessment of one unit (not started where nothing is stored).</summary>
    public async Task<IReadOnlyList<YearEntry>> UnitYearsAsync(OzpsAccess access, string unitCode, IReadOnlyList<int> years, CancellationToken ct = default)
    {
        if (Register.Find(unitCode) is not { } unit || !access.Sees(unitCode)) return [];
        var rows = await db.OzpsAssessments.AsNoTracking().Where(a => a.UnitCode == unitCode).ToListAsync(ct);
        var entries = new List<YearEntry>();
        foreach (var year in years)
        {
            var row = rows.FirstOrDefault(r => r.Year == year);
            var (campaign, _) = await CampaignAsync(unitCode[..2], year, ct);
            var assessment = row is null ? OzpsAssessment.New(unitCode, year) : new OzpsAssessment(unitCode, year, row.State);
            entries.Add(new YearEntry(unit, year, AssessmentStatus.Of(assessment, campaign, clock.Today())));
        }
        return entries;
    }

    private async Task<AssessmentForm> FormAsync(OzpsAccess access, TerritorialUnit unit, int year, OzpsUnitData data, CancellationToken ct)
    {
        var template = OzpsTemplate.ForYear(year);
        var row = await db.OzpsAssessments.AsNoTracking().FirstOrDefaultAsync(a => a.UnitCode == unit.Code && a.Year == year, ct);
        var assessment = row is null ? OzpsAssessment.New(unit.Code, year)
            : new OzpsAssessment(row.UnitCode, row.Year, row.State, row.Conclusions, row.ReturnReason, row.SubmittedAt, row.Revision);
        var (campaign, period) = await CampaignAsync(unit.Code[..2], year, ct);
        return new AssessmentForm(unit, year, template, assessment, data, OzpsRules.Check(data, template), TableProgress.Of(template, data, year),
            campaign, period, access.Fills(unit.Code), access.ReviewsUnit(unit.Code), clock.Today());
    }

    /// <summary>The ROPS's campaign for the voivodeship and year, or none (no deadline, open).</summary>
    internal async Task<(Campaign Campaign, PeriodState Period)> CampaignAsync(string regionCode, int year, CancellationToken ct)
    {
        var row = await db.OzpsCampaigns.AsNoTracking().FirstOrDefaultAsync(c => c.RegionCode == regionCode && c.Year == year, ct);
        return row is null ? (Campaign.None, PeriodState.Open) : (new Campaign(row.Deadline, row.GraceDays, row.Message, []), row.State);
    }


    /// <summary>The assessment's row to change, held to the revision the step was decided on: the save then updates it only
    /// if nobody changed it since (the concurrency token), else <see cref="SavedAsync"/> reports a conflict.</summary>
    private async Task<OzpsAssessmentRow> RowAsync(string unitCode, int year, Actor actor, int decidedOn, CancellationToken ct)
    {
        if (await db.OzpsAssessments.FirstOrDefaultAsync(a => a.UnitCode == unitCode && a.Year == year, ct) is { } row)
        {
            db.Entry(row).Property(r => r.Revision).OriginalValue = decidedOn;
            return row;
        }
        row = new OzpsAssessmentRow { UnitCode = unitCode, Year = year, State = EntryState.Missing, ChangedBy = actor.Name, ChangedAt = clock.GetUtcNow() };
        db.OzpsAssessments.Add(row);
        return row;
    }

    private void Touch(OzpsAssessmentRow row, Actor actor)
    {
        (row.ChangedBy, row.ChangedAt) = (actor.Name, clock.GetUtcNow());
        row.Revision++;
    }

    private void Audit(Actor actor, OzpsAssessmentRow row, string action, EntryState before, string? reason) =>
        db.Audit.Add(AuditOf(actor, row, action, AssessmentStatus.Names[before], AssessmentStatus.Names[row.State], reason));

    private AuditRow AuditOf(Actor actor, OzpsAssessmentRow row, string action, string? old, string? @new, string? reason) => new()
    {
        At = clock.GetUtcNow(), User = actor.Name, Action = action, Entity = AuditEntity, EntityKey = $"{row.UnitCode}/{row.Year}",
        OldValue = old, NewValue = @new, Reason = reason,
    };

    /// <summary>False when another save of the same assessment came first (the unique key of a new row, or its revision).</summary>
    private async Task<bool> SavedAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private Result<AssessmentForm> Refused(string unitCode, int year, string step, IReadOnlyList<Error> errors)
    {
        OzpsLog.Refused(logger, unitCode, year, step, errors[0].Code);
        return Result<AssessmentForm>.Fail(errors);
    }
}
