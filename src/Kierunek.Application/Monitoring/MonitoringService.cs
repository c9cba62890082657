using Kierunek.Data;
using Kierunek.Data.Monitoring;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Values;
using Microsoft.EntityFrameworkCore;

namespace Kierunek.Application.Monitoring;

/// <summary>Who acts: their name for the audit, the institution they report for (reporters), and whether
/// they may run periods and review values (coordinators, approvers, administrators).</summary>
public sealed record Actor(string Name, string? InstitutionKey, bool Reviews);

/// <summary>The outcome of a change: done, refused with a reason, or a conflict — someone else saved
/// first, and <see cref="Current"/> is what they saved.</summary>
public sealed record Outcome(bool Done, string? Error = null, bool Conflict = false, EntryRow? Current = null)
{
    public static Outcome Ok { get; } = new(true);
    public static Outcome Refused(string error) => new(false, error);
}

/// <summary>The yearly monitoring: periods, items assigned to institutions, values entered, submitted,
/// returned or approved, periods locked and reopened. Every change is one transaction with its audit
/// entry (who, when, old → new, why); a reporter can touch only their institution's values.</summary>
public sealed class MonitoringService(KierunekDb db, TimeProvider clock)
{
    public async Task<(PeriodRow? Period, string? Error)> OpenPeriodAsync(string documentKey, int year, Actor actor, CancellationToken ct = default)
    {
        if (!actor.Reviews) return (null, "Okres sprawozdawczy otwiera koordynator.");
        if (await db.Periods.AnyAsync(p => p.DocumentKey == documentKey && p.Year == year, ct))
            return (null, $"Okres {year} dla tej strategii już istnieje.");
        var period = new PeriodRow { DocumentKey = documentKey, Year = year, State = PeriodState.Open, OpenedBy = actor.Name, OpenedAt = clock.GetUtcNow() };
        db.Periods.Add(period);
        Audit(actor, "otwarcie okresu", "period", $"{documentKey}/{year}", null, PeriodState.Open.ToString(), null);
        await db.SaveChangesAsync(ct);
        return (period, null);
    }

    /// <summary>Gives an item to an institution: one entry, still missing, for each of its indicators.</summary>
    public async Task<Outcome> AssignAsync(int periodId, int nodePosition, StrategyNode node, string institutionKey, string institutionName, Actor actor, CancellationToken ct = default)
    {
        if (!actor.Reviews) return Outcome.Refused("Pozycje przydziela koordynator.");
        var period = await db.Periods.SingleOrDefaultAsync(p => p.Id == periodId, ct);
        if (period is null) return Outcome.Refused("Nie ma takiego okresu.");
        if (period.State == PeriodState.Locked) return Outcome.Refused("Okres jest zamknięty.");
        if (node.Indicators.Count == 0) return Outcome.Refused("Ta pozycja nie ma wskaźników do uzupełnienia.");
        var existing = await db.Assignments.Include(a => a.Entries).SingleOrDefaultAsync(a => a.PeriodId == periodId && a.NodePosition == nodePosition, ct);
        if (existing is not null)
        {
            if (existing.Entries.Any(e => e.State != EntryState.Missing))
                return Outcome.Refused($"Pozycję ma już {existing.InstitutionName}, która zaczęła wprowadzać wartości.");
            Audit(actor, "zmiana przydziału", "assignment", $"{periodId}/{nodePosition}", existing.InstitutionName, institutionName, null);
            existing.InstitutionKey = institutionKey;
            existing.InstitutionName = institutionName;
        }
        else
        {
            db.Assignments.Add(new AssignmentRow
            {
                PeriodId = periodId, NodePosition = nodePosition, InstitutionKey = institutionKey, InstitutionName = institutionName,
                Entries = node.Indicators.Select((_, i) => new EntryRow { IndicatorIndex = i, State = EntryState.Missing }).ToList(),
            });
            Audit(actor, "przydział", "assignment", $"{periodId}/{nodePosition}", null, institutionName, null);
        }
        await db.SaveChangesAsync(ct);
        return Outcome.Ok;
    }

    /// <summary>Saves a reporter's value as a draft or submits it. <paramref name="expectedVersion"/> is the
    /// version the reporter's form was loaded with: if someone saved since, nothing is overwritten.</summary>
    public async Task<Outcome> SaveAsync(int entryId, string? raw, string? comment, bool submit, int expectedVersion,
        Indicator indicator, RecordedValue? lastYear, Actor actor, CancellationToken ct = default)
    {
        var found = await EntryAsync(entryId, ct);
        if (found is not var (entry, assignment, period)) return Outcome.Refused("Nie ma takiej wartości.");
        if (actor.InstitutionKey != assignment.InstitutionKey) return Outcome.Refused("Ta wartość należy do innej instytucji.");
        if (period.State == PeriodState.Locked) return Outcome.Refused("Okres jest zamknięty — zmiana wymaga ponownego otwarcia przez koordynatora.");
        if (entry.State is EntryState.Submitted or EntryState.Approved)
            return Outcome.Refused(entry.State == EntryState.Approved ? "Wartość jest już zatwierdzona." : "Wartość czeka na przegląd koordynatora.");
        var check = EntryRules.Check(raw, comment, lastYear, submit);
        if (!check.IsValid) return Outcome.Refused(string.Join(" ", check.Errors));

        var old = Describe(entry);
        entry.Raw = string.IsNullOrWhiteSpace(raw) ? null : raw.Trim();
        entry.Kind = check.Reading?.Kind.ToString();
        entry.Number = check.Reading?.Number;
        entry.Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        entry.State = submit ? EntryState.Submitted : EntryState.Draft;
        return await CommitAsync(entry, expectedVersion, actor, submit ? "przekazanie" : "zapis roboczy", old, entry.Comment, ct);
    }

    /// <summary>The reviewer sends a submitted value back with what to fix.</summary>
    public Task<Outcome> ReturnAsync(int entryId, string reason, int expectedVersion, Actor actor, CancellationToken ct = default) =>
        ReviewAsync(entryId, expectedVersion, actor, EntryState.Returned, reason, ct);

    public Task<Outcome> ApproveAsync(int entryId, int expectedVersion, Actor actor, CancellationToken ct = default) =>
        ReviewAsync(entryId, expectedVersion, actor, EntryState.Approved, null, ct);

    /// <summary>Locks an open period once every value in it is approved.</summary>
    public async Task<Outcome> LockAsync(int periodId, Actor actor, CancellationToken ct = default)
    {
        if (!actor.Reviews) return Outcome.Refused("Okres zamyka koordynator.");
        var period = await db.Periods.Include(p => p.Assignments).ThenInclude(a => a.Entries).SingleOrDefaultAsync(p => p.Id == periodId, ct);
        if (period is null) return Outcome.Refused("Nie ma takiego okresu.");
        if (period.State == PeriodState.Locked) return Outcome.Refused("Okres jest już zamknięty.");
        var waiting = period.Assignments.SelectMany(a => a.Entries).Count(e => e.State != EntryState.Approved);
        if (waiting > 0) return Outcome.Refused($"Nie wszystkie wartości są zatwierdzone (brakuje: {waiting}).");
        period.State = PeriodState.Locked;
        period.LockedBy = actor.Name;
        period.LockedAt = clock.GetUtcNow();
        Audit(actor, "zamknięcie okresu", "period", $"{period.DocumentKey}/{period.Year}", PeriodState.Open.ToString(), PeriodState.Locked.ToString(), null);
        await db.SaveChangesAsync(ct);
        return Outcome.Ok;
    }

    /// <summary>Reopens a locked period; the reason is required and recorded.</summary>
    public async Task<Outcome> ReopenAsync(int periodId, string reason, Actor actor, CancellationToken ct = default)
    {
        if (!actor.Reviews) return Outcome.Refused("Okres otwiera ponownie koordynator.");
        if (string.IsNullOrWhiteSpace(reason)) return Outcome.Refused("Podaj powód ponownego otwarcia okresu.");
        var period = await db.Periods.SingleOrDefaultAsync(p => p.Id == periodId, ct);
        if (period is null) return Outcome.Refused("Nie ma takiego okresu.");
        if (period.State != PeriodState.Locked) return Outcome.Refused("Okres nie jest zamknięty.");
        period.State = PeriodState.Open;
        period.LockedBy = null;
        period.LockedAt = null;
        Audit(actor, "ponowne otwarcie okresu", "period", $"{period.DocumentKey}/{period.Year}", PeriodState.Locked.ToString(), PeriodState.Open.ToString(), reason.Trim());
        await db.SaveChangesAsync(ct);
        return Outcome.Ok;
    }

    /// <summary>The history of one value, oldest first.</summary>
    public Task<List<AuditRow>> HistoryAsync(int entryId, CancellationToken ct = default) =>
        db.Audit.Where(a => a.Entity == "entry" && a.EntityKey == entryId.ToString()).OrderBy(a => a.Id).ToListAsync(ct);

    private async Task<Outcome> ReviewAsync(int entryId, int expectedVersion, Actor actor, EntryState to, string? reason, CancellationToken ct)
    {
        if (!actor.Reviews) return Outcome.Refused("Wartości przegląda koordynator lub zatwierdzający.");
        if (to == EntryState.Returned && string.IsNullOrWhiteSpace(reason)) return Outcome.Refused("Napisz, co trzeba poprawić.");
        var found = await EntryAsync(entryId, ct);
        if (found is not var (entry, _, period)) return Outcome.Refused("Nie ma takiej wartości.");
        if (period.State == PeriodState.Locked) return Outcome.Refused("Okres jest zamknięty.");
        if (entry.State != EntryState.Submitted) return Outcome.Refused("Przeglądać można tylko wartości przekazane przez instytucję.");
        var old = Describe(entry);
        entry.State = to;
        entry.ReviewComment = reason?.Trim();
        return await CommitAsync(entry, expectedVersion, actor, to == EntryState.Approved ? "zatwierdzenie" : "zwrot do poprawy", old, reason?.Trim(), ct);
    }

    private async Task<Outcome> CommitAsync(EntryRow entry, int expectedVersion, Actor actor, string action, string old, string? reason, CancellationToken ct)
    {
        // The version the user saw must still be the stored one; the database checks it in the UPDATE itself.
        db.Entry(entry).Property(e => e.Version).OriginalValue = expectedVersion;
        entry.Version = expectedVersion + 1;
        entry.UpdatedBy = actor.Name;
        entry.UpdatedAt = clock.GetUtcNow();
        Audit(actor, action, "entry", entry.Id.ToString(), old, Describe(entry), reason);
        try
        {
            await db.SaveChangesAsync(ct);
            return Outcome.Ok;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Entries.AsNoTracking().SingleAsync(e => e.Id == entry.Id, ct);
            return new Outcome(false, $"Ktoś inny ({current.UpdatedBy}) zapisał tę wartość w międzyczasie: „{current.Raw}”. Twoja zmiana nie została zapisana — sprawdź ją i zapisz ponownie.", true, current);
        }
    }

    private async Task<(EntryRow Entry, AssignmentRow Assignment, PeriodRow Period)?> EntryAsync(int entryId, CancellationToken ct)
    {
        var entry = await db.Entries.SingleOrDefaultAsync(e => e.Id == entryId, ct);
        if (entry is null) return null;
        var assignment = await db.Assignments.SingleAsync(a => a.Id == entry.AssignmentId, ct);
        var period = await db.Periods.SingleAsync(p => p.Id == assignment.PeriodId, ct);
        return (entry, assignment, period);
    }

    private static string Describe(EntryRow e) => $"{e.Raw ?? "(puste)"} [{e.State}]" + (e.Comment is null ? "" : $" — {e.Comment}");

    private void Audit(Actor actor, string action, string entity, string key, string? old, string? now, string? reason) =>
        db.Audit.Add(new AuditRow { At = clock.GetUtcNow(), User = actor.Name, Action = action, Entity = entity, EntityKey = key, OldValue = old, NewValue = now, Reason = reason });
}
