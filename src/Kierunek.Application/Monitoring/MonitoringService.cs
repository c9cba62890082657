using Kierunek.Application.Mail;
using Kierunek.Application.Strategies;
using Kierunek.Data;
using Kierunek.Data.Audit;
using Kierunek.Data.Monitoring;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Results;
using Kierunek.Domain.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Kierunek.Application.Monitoring;

/// <summary>The outcome of a change: done, or refused with a named <see cref="Error"/>. <see cref="Current"/> is the
/// value as stored now: after a saved change, the new version; on a conflict, what the other person saved.</summary>
public sealed record Outcome(Error? Error = null, EntryRow? Current = null)
{
    public bool Done => Error is null;
    public bool Conflict => Error?.Code == MonitoringErrors.ConflictCode;
    public static Outcome Ok { get; } = new();

    public static implicit operator Outcome(Error error) => new(error);
    public static Outcome Of(Result result) => result.IsSuccess ? Ok : new(result.Errors[0]);
}

/// <summary>The yearly monitoring, as one application service for the pages, the API and the tests: it loads the
/// facts, asks the domain's state machines (<see cref="PeriodWorkflow"/>, <see cref="EntryWorkflow"/>) whether a
/// step is allowed, and persists the answer. Every change is one transaction with its audit entry (who, when,
/// old → new, why).</summary>
public sealed class MonitoringService(KierunekDb db, StrategyCatalog catalog, TimeProvider clock, ILogger<MonitoringService> logger, Notifications notifications)
{
    /// <summary>Opens a period, with its campaign settings (a deadline may also be set later).</summary>
    public async Task<Result<PeriodRow>> OpenPeriodAsync(string documentKey, int? year, CampaignSettings settings, Actor actor, CancellationToken ct = default)
    {
        var exists = year is { } y && await db.Periods.AnyAsync(p => p.DocumentKey == documentKey && p.Year == y, ct);
        var decided = PeriodWorkflow.Open(actor, year, exists);
        if (!decided.IsSuccess) return Refused<PeriodRow>(decided.Errors, actor, "otwarcie okresu");
        var campaign = CampaignWorkflow.Set(actor, decided.Value, year!.Value, settings, []);
        if (!campaign.IsSuccess) return Refused<PeriodRow>(campaign.Errors, actor, "otwarcie okresu");
        var (deadline, grace, message, _) = campaign.Value!;
        var period = new PeriodRow
        {
            DocumentKey = documentKey, Year = year.Value, State = decided.Value, OpenedBy = actor.Name, OpenedAt = clock.GetUtcNow(),
            Deadline = deadline, GraceDays = grace, Message = message,
        };
        db.Periods.Add(period);
        Audit(actor, "otwarcie okresu", "period", $"{documentKey}/{year}", null,
            $"{decided.Value}, {Campaigns.Describe(campaign.Value!)}", null);
        await db.SaveChangesAsync(ct);
        MonitoringLog.PeriodOpened(logger, documentKey, period.Year, actor.AccountId);
        return Result<PeriodRow>.Ok(period);
    }

    /// <summary>"Sprawdź": how the value would be read and what a submission would be refused for, saving nothing.</summary>
    public EntryCheck Check(string? raw, string? comment, RecordedValue? lastYear) =>
        EntryWorkflow.TextError(raw, comment) is { } badText ? EntryCheck.Failed(badText.Message) : EntryRules.Check(raw, comment, lastYear, submitting: true);

    /// <summary>Saves a reporter's value as a draft or submits it. <paramref name="expectedVersion"/> is the
    /// version the reporter's form was loaded with: if someone saved since, nothing is overwritten.</summary>
    public async Task<Outcome> SaveAsync(int entryId, string? raw, string? comment, bool submit, int expectedVersion,
        RecordedValue? lastYear, Actor actor, CancellationToken ct = default)
    {
        var outcome = await SaveOneAsync(entryId, raw, comment, submit, expectedVersion, lastYear, actor, ct);
        if (outcome.Done && submit) await notifications.AfterSubmitAsync([entryId], ct);
        return outcome;
    }

    private async Task<Outcome> SaveOneAsync(int entryId, string? raw, string? comment, bool submit, int expectedVersion,
        RecordedValue? lastYear, Actor actor, CancellationToken ct)
    {
        var found = await EntryAsync(entryId, ct);
        var decided = EntryWorkflow.Save(actor, found?.Place, raw, comment, lastYear, submit, clock.Today());
        if (!decided.IsSuccess) return Refused(decided.Errors, actor, "zapis wartości");
        var entry = found!.Entry;
        var old = Describe(entry);
        Put(entry, decided.Value!);
        return await CommitAsync(entry, expectedVersion, actor, submit ? "przekazanie" : "zapis roboczy", old, entry.Comment, ct);
    }

    private static void Put(EntryRow entry, SavedValue saved)
    {
        entry.Raw = saved.Raw;
        entry.Kind = saved.Reading?.Kind.ToString();
        entry.Number = saved.Reading?.Number;
        entry.Comment = saved.Comment;
        entry.State = saved.State;
    }

    /// <summary>One row of a table of values as the reporter sent it, with the version it was loaded with.</summary>
    public sealed record Row(int EntryId, string? Raw, string? Comment, int ExpectedVersion);

    /// <summary>The period a table belongs to: a value of another period, or of another institution, is answered as
    /// one that does not exist — nothing to learn about others' values from the refusal.</summary>
    public sealed record Within(string DocumentKey, int Year);

    /// <summary>Saves or submits many of a reporter's values (a table, a returned workbook): each row on its own, so
    /// one refused value does not hold back the others — or, with <paramref name="allOrNothing"/>, in one transaction
    /// that keeps nothing when any row is refused. Every outcome is returned, by the value's id. A value kept from an
    /// item or indicator the document no longer has (a re-import detached it) is answered as one that does not exist:
    /// it is a record, not something to report; with <paramref name="within"/>, so is a value of another period or
    /// institution.</summary>
    /// <remarks>The rows are read once with their places (three small queries, and one for last year's values of their
    /// items) and written in one transaction (one audit entry per value still): a table of twenty values is one commit,
    /// not twenty, which is what lets fifty institutions save at once. A version that changed between the read and the
    /// write (another save in those milliseconds) sends the table through the row-by-row path, which names the
    /// conflicting value.</remarks>
    public async Task<IReadOnlyList<(int EntryId, Outcome Outcome)>> SaveManyAsync(IReadOnlyList<Row> rows, bool submit, Actor actor, CancellationToken ct = default,
        bool allOrNothing = false, Within? within = null)
    {
        var found = await EntriesAsync(rows.Select(r => r.EntryId), ct);
        if (within is not null)
            foreach (var (id, f) in found.Where(f => f.Value.DocumentKey != within.DocumentKey || f.Value.Year != within.Year || f.Value.Place.InstitutionKey != actor.InstitutionKey).ToList())
                found.Remove(id);
        var lastYear = await PlacedAsync(found, ct);
        var action = submit ? "przekazanie" : "zapis roboczy";
        var outcomes = new List<(int, Outcome)>(rows.Count);
        foreach (var row in rows)
        {
            var place = found.GetValueOrDefault(row.EntryId);
            var decided = EntryWorkflow.Save(actor, place?.Place, row.Raw, row.Comment, lastYear.GetValueOrDefault(row.EntryId), submit, clock.Today());
            Outcome outcome;
            if (!decided.IsSuccess) outcome = Refused(decided.Errors, actor, "zapis wartości");
            else if (place!.Entry.Version != row.ExpectedVersion) outcome = Conflicted(place.Entry, actor, "zapis wartości");
            else
            {
                Apply(place.Entry, decided.Value!, row.ExpectedVersion, actor, action);
                outcome = new Outcome(Current: place.Entry);
            }
            outcomes.Add((row.EntryId, outcome));
            if (!outcome.Done && allOrNothing)
            {
                db.ChangeTracker.Clear();
                return outcomes;
            }
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await SaveRowByRowAsync(rows, found.ContainsKey, lastYear, submit, actor, allOrNothing, ct);
        }
        foreach (var (id, outcome) in outcomes.Where(o => o.Item2.Done)) MonitoringLog.EntryChanged(logger, id, action, outcome.Current!.State, actor.AccountId);
        if (submit) await notifications.AfterSubmitAsync(outcomes.Where(o => o.Item2.Done).Select(o => o.Item1), ct);
        return outcomes;
    }

    private async Task<IReadOnlyList<(int EntryId, Outcome Outcome)>> SaveRowByRowAsync(IReadOnlyList<Row> rows, Func<int, bool> placed,
        Dictionary<int, RecordedValue?> lastYear, bool submit, Actor actor, bool allOrNothing, CancellationToken ct)
    {
        await using var transaction = allOrNothing ? await db.Database.BeginTransactionAsync(ct) : null;
        var outcomes = new List<(int, Outcome)>(rows.Count);
        foreach (var row in rows)
        {
            var outcome = placed(row.EntryId)
                ? await SaveOneAsync(row.EntryId, row.Raw, row.Comment, submit, row.ExpectedVersion, lastYear.GetValueOrDefault(row.EntryId), actor, ct)
                : MonitoringErrors.EntryNotFound;
            outcomes.Add((row.EntryId, outcome));
            if (!outcome.Done && transaction is not null)
            {
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return outcomes;
            }
        }
        if (transaction is not null) await transaction.CommitAsync(ct);
        if (submit) await notifications.AfterSubmitAsync(outcomes.Where(o => o.Item2.Done).Select(o => o.Item1), ct);
        return outcomes;
    }

    /// <summary>The reviewer sends a submitted value back with what to fix.</summary>
    public async Task<Outcome> ReturnAsync(int entryId, string? reason, int expectedVersion, Actor actor, CancellationToken ct = default)
    {
        var outcome = await ReviewAsync(entryId, expectedVersion, actor, approve: false, reason, ct);
        if (outcome.Done) await notifications.AfterReturnAsync([entryId], ct);
        return outcome;
    }

    public Task<Outcome> ApproveAsync(int entryId, int expectedVersion, Actor actor, CancellationToken ct = default) =>
        ReviewAsync(entryId, expectedVersion, actor, approve: true, null, ct);

    /// <summary>Approves many submitted values, or returns them all with one reason — each decision on its own (one
    /// audit row each), so a value someone changed meanwhile is reported, not decided blindly.</summary>
    public async Task<IReadOnlyList<(int EntryId, Outcome Outcome)>> ReviewManyAsync(IReadOnlyList<(int EntryId, int Version)> values, bool approve, string? reason,
        Actor actor, CancellationToken ct = default)
    {
        var outcomes = new List<(int, Outcome)>(values.Count);
        foreach (var (id, version) in values.DistinctBy(v => v.EntryId))
            outcomes.Add((id, await ReviewAsync(id, version, actor, approve, reason, ct)));
        if (!approve) await notifications.AfterReturnAsync(outcomes.Where(o => o.Item2.Done).Select(o => o.Item1), ct);
        return outcomes;
    }

    /// <summary>Opens an approved value again for correction (see <see cref="EntryWorkflow.Reopen"/>); the reason is
    /// recorded and shown to the reporter as what to correct.</summary>
    public async Task<Outcome> ReopenEntryAsync(int entryId, string? reason, int expectedVersion, Actor actor, CancellationToken ct = default)
    {
        var found = actor.Reviews ? await EntryAsync(entryId, ct) : null;
        var decided = EntryWorkflow.Reopen(actor, found?.Place, reason);
        if (!decided.IsSuccess) return Refused(decided.Errors, actor, "ponowne otwarcie wartości");
        var entry = found!.Entry;
        var old = Describe(entry);
        entry.State = decided.Value;
        entry.ReviewComment = reason!.Trim();
        Conversations.Add(db, clock, entry.Id, entry.ReviewComment, actor);
        return await CommitAsync(entry, expectedVersion, actor, "ponowne otwarcie wartości", old, entry.ReviewComment, ct);
    }

    /// <summary>Locks an open period once no submitted value waits for a decision; values the institutions did not
    /// deliver stay out (reported as "nie przekazano") when <paramref name="closeWithoutMissing"/> confirms it.</summary>
    public async Task<Outcome> LockAsync(int periodId, Actor actor, CancellationToken ct = default, bool closeWithoutMissing = false)
    {
        var period = await db.Periods.Include(p => p.Assignments).ThenInclude(a => a.Entries).SingleOrDefaultAsync(p => p.Id == periodId, ct);
        // Values a re-import detached from the document are kept as a record; they have no place to be approved in.
        var open = period?.Assignments.Where(a => a.NodePosition != null).SelectMany(a => a.Entries)
            .Where(e => e.IndicatorIndex != null && e.State != EntryState.Approved).ToList() ?? [];
        var waiting = open.Count(e => e.State == EntryState.Submitted);
        var decided = PeriodWorkflow.Lock(actor, period?.State, waiting, open.Count - waiting, closeWithoutMissing);
        if (!decided.IsSuccess) return Refused(decided.Errors, actor, "zamknięcie okresu");
        period!.State = decided.Value;
        period.LockedBy = actor.Name;
        period.LockedAt = clock.GetUtcNow();
        Audit(actor, "zamknięcie okresu", "period", $"{period.DocumentKey}/{period.Year}", PeriodState.Open.ToString(), PeriodState.Locked.ToString(), null);
        await db.SaveChangesAsync(ct);
        MonitoringLog.PeriodLocked(logger, period.DocumentKey, period.Year, actor.AccountId);
        await notifications.AfterLockAsync(period.Id, ct);
        return Outcome.Ok;
    }

    /// <summary>Reopens a locked period; the reason is required and recorded.</summary>
    public async Task<Outcome> ReopenAsync(int periodId, string? reason, Actor actor, CancellationToken ct = default)
    {
        var period = await db.Periods.SingleOrDefaultAsync(p => p.Id == periodId, ct);
        var decided = PeriodWorkflow.Reopen(actor, period?.State, reason);
        if (!decided.IsSuccess) return Refused(decided.Errors, actor, "ponowne otwarcie okresu");
        period!.State = decided.Value;
        period.LockedBy = null;
        period.LockedAt = null;
        Audit(actor, "ponowne otwarcie okresu", "period", $"{period.DocumentKey}/{period.Year}", PeriodState.Locked.ToString(), PeriodState.Open.ToString(), reason!.Trim());
        await db.SaveChangesAsync(ct);
        MonitoringLog.PeriodReopened(logger, period.DocumentKey, period.Year, actor.AccountId);
        return Outcome.Ok;
    }

    /// <summary>The history of one value, oldest first.</summary>
    public Task<List<AuditRow>> HistoryAsync(int entryId, CancellationToken ct = default) =>
        db.Audit.Where(a => a.Entity == "entry" && a.EntityKey == entryId.ToString()).OrderBy(a => a.Id).ToListAsync(ct);

    private async Task<Outcome> ReviewAsync(int entryId, int expectedVersion, Actor actor, bool approve, string? reason, CancellationToken ct)
    {
        // Who may review and whether a return says why are known before the value is looked up.
        var found = actor.Reviews && (approve || !string.IsNullOrWhiteSpace(reason)) ? await EntryAsync(entryId, ct) : null;
        var decided = EntryWorkflow.Review(actor, found?.Place, approve, reason);
        if (!decided.IsSuccess) return Refused(decided.Errors, actor, approve ? "zatwierdzenie" : "zwrot do poprawy");
        var entry = found!.Entry;
        var old = Describe(entry);
        entry.State = decided.Value;
        entry.ReviewComment = reason?.Trim();
        // The reason is also the first message of the value's conversation, where the reporter can answer it.
        if (!approve) Conversations.Add(db, clock, entry.Id, reason!.Trim(), actor);
        return await CommitAsync(entry, expectedVersion, actor, approve ? "zatwierdzenie" : "zwrot do poprawy", old, reason?.Trim(), ct);
    }

    /// <summary>A reporter's value put into a tracked entry with its next version and audit entry, to be saved with others.</summary>
    private void Apply(EntryRow entry, SavedValue saved, int expectedVersion, Actor actor, string action)
    {
        var old = Describe(entry);
        Put(entry, saved);
        Stamp(entry, expectedVersion, actor, action, old, entry.Comment);
    }

    /// <summary>The next version, who and when, and the audit entry. The version the user saw must still be the stored
    /// one: the database checks it in the UPDATE itself.</summary>
    private void Stamp(EntryRow entry, int expectedVersion, Actor actor, string action, string old, string? reason)
    {
        db.Entry(entry).Property(e => e.Version).OriginalValue = expectedVersion;
        entry.Version = expectedVersion + 1;
        entry.UpdatedBy = actor.Name;
        entry.UpdatedAt = clock.GetUtcNow();
        Audit(actor, action, "entry", entry.Id.ToString(), old, Describe(entry), reason);
    }

    private Outcome Conflicted(EntryRow current, Actor actor, string action)
    {
        MonitoringLog.Refused(logger, action, MonitoringErrors.ConflictCode, actor.AccountId);
        return new Outcome(MonitoringErrors.Conflict(current.UpdatedBy, current.Raw), current);
    }

    private async Task<Outcome> CommitAsync(EntryRow entry, int expectedVersion, Actor actor, string action, string old, string? reason, CancellationToken ct)
    {
        Stamp(entry, expectedVersion, actor, action, old, reason);
        try
        {
            await db.SaveChangesAsync(ct);
            MonitoringLog.EntryChanged(logger, entry.Id, action, entry.State, actor.AccountId);
            return new Outcome(Current: entry);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Conflicted(await db.Entries.AsNoTracking().SingleAsync(e => e.Id == entry.Id, ct), actor, action);
        }
    }

    private Outcome Refused(IReadOnlyList<Error> errors, Actor actor, string step)
    {
        MonitoringLog.Refused(logger, step, errors[0].Code, actor.AccountId);
        return errors[0];
    }

    private Result<T> Refused<T>(IReadOnlyList<Error> errors, Actor actor, string step)
    {
        MonitoringLog.Refused(logger, step, errors[0].Code, actor.AccountId);
        return Result<T>.Fail(errors);
    }

    private async Task<Found?> EntryAsync(int entryId, CancellationToken ct) =>
        (await EntriesAsync([entryId], ct)).GetValueOrDefault(entryId);

    /// <summary>A value, tracked for a change, with its place: where it may be changed from, and which period and item it is.</summary>
    private sealed record Found(EntryRow Entry, EntryPlace Place, string DocumentKey, int Year, int? NodePosition);

    /// <summary>Many values with their places in three queries (values, their assignments, their periods).</summary>
    private async Task<Dictionary<int, Found>> EntriesAsync(IEnumerable<int> entryIds, CancellationToken ct)
    {
        var ids = entryIds.Distinct().ToList();
        var entries = await db.Entries.Where(e => ids.Contains(e.Id)).ToListAsync(ct);
        var assignmentIds = entries.Select(e => e.AssignmentId).Distinct().ToList();
        var assignments = await db.Assignments.AsNoTracking().Where(a => assignmentIds.Contains(a.Id))
            .Select(a => new { a.Id, a.PeriodId, a.InstitutionKey, a.NodePosition }).ToDictionaryAsync(a => a.Id, ct);
        var periodIds = assignments.Values.Select(a => a.PeriodId).Distinct().ToList();
        var periods = await db.Periods.AsNoTracking().Include(p => p.Extensions).Where(p => periodIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        return entries.ToDictionary(e => e.Id, e =>
        {
            var assignment = assignments[e.AssignmentId];
            var period = periods[assignment.PeriodId];
            return new Found(e, new EntryPlace(e.State, assignment.InstitutionKey, period.State, Campaigns.Of(period)), period.DocumentKey, period.Year, assignment.NodePosition);
        });
    }

    /// <summary>Keeps in <paramref name="found"/> only the values with a place in their document (an item at their
    /// position with their indicator, as <see cref="PeriodView"/> shows them) and gives last year's value beside each
    /// (<see cref="LastYear"/>), read for their items only.</summary>
    private async Task<Dictionary<int, RecordedValue?>> PlacedAsync(Dictionary<int, Found> found, CancellationToken ct)
    {
        var lastYear = new Dictionary<int, RecordedValue?>();
        foreach (var period in found.Values.GroupBy(f => (f.DocumentKey, f.Year)).ToList())
        {
            var tree = await catalog.GetAsync(period.Key.DocumentKey, ct) is { } document ? StrategyCatalog.TreeOf(document) : null;
            var placed = period.Where(f => f.NodePosition is { } position && f.Entry.IndicatorIndex is { } indicator
                && tree?.At(position) is { } node && indicator < node.Indicators.Count).ToList();
            foreach (var detached in period.Except(placed)) found.Remove(detached.Entry.Id);
            if (placed.Count == 0) continue;
            var values = await LastYear.OfAsync(db, tree!, period.Key.Year, placed.Select(f => f.NodePosition!.Value).Distinct().ToList(), ct);
            foreach (var f in placed) lastYear[f.Entry.Id] = values.At(f.NodePosition!.Value, f.Entry.IndicatorIndex!.Value);
        }
        return lastYear;
    }

    private static string Describe(EntryRow e) => $"{e.Raw ?? "(puste)"} [{e.State}]" + (e.Comment is null ? "" : $" — {e.Comment}");

    private void Audit(Actor actor, string action, string entity, string key, string? old, string? now, string? reason) =>
        MonitoringAudit.Add(db, clock, actor, action, entity, key, old, now, reason);
}
