using Kierunek.Data;
using Kierunek.Data.Monitoring;
using Kierunek.Domain.Institutions;
using Kierunek.Domain.Language;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Results;
using Kierunek.Domain.Strategies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Kierunek.Application.Monitoring;

/// <summary>Who reports on which item in a period: one item, or hundreds at once — as the document proposes
/// (<see cref="AssignmentProposal"/>), as last year, or all chosen items to one institution. One transaction, one
/// audit row per item that changes; an item whose institution has started entering values keeps it and is listed.</summary>
public sealed class Assignments(KierunekDb db, TimeProvider clock, ILogger<Assignments> logger)
{
    /// <summary>An item of the strategy that has indicators, who reports on it now and whom the document proposes.</summary>
    /// <param name="Code">The code printed for it (its task's for an action without its own, as in seed 000).</param>
    /// <param name="Current">The institution the item is given to now; null when nobody has it.</param>
    /// <param name="Started">Its institution has saved a value: it cannot be moved.</param>
    public sealed record Row(int Position, StrategyNode Node, string? Code, (string Key, string Name)? Current, bool Started, AssignmentProposal Proposal);

    /// <summary>Every item with indicators of <paramref name="period"/>, in the strategy's order; an item an amendment
    /// archived only while it is still held (its values stay where they are, nobody is asked anew).</summary>
    public static IReadOnlyList<Row> Rows(PeriodView.Loaded period)
    {
        var tree = period.Tree;
        var held = period.Items.ToDictionary(i => i.Assignment.NodePosition!.Value);
        var known = tree.Document.Institutions.Select(i => i.Key).ToHashSet();
        return tree.Nodes.Select((node, position) => (node, position)).Where(x => x.node.Indicators.Count > 0 && (!x.node.Archived || held.ContainsKey(x.position))).Select(x =>
        {
            var item = held.GetValueOrDefault(x.position);
            return new Row(x.position, x.node, tree.PrintedCodeOf(x.node),
                item is null ? null : (item.Assignment.InstitutionKey, item.Assignment.InstitutionName),
                item?.Fields.Any(f => f.Entry.State != EntryState.Missing) == true,
                AssignmentProposal.FromDocument(x.node, tree.AncestorsOf(x.node), known.Contains));
        }).ToList();
    }

    /// <summary>Give the item at <paramref name="Position"/> to <paramref name="Institution"/>.</summary>
    public sealed record Change(int Position, StrategyNode Node, Institution Institution);

    /// <summary>An item left as it was, and the refusal that says why.</summary>
    public sealed record Skipped(string Item, Error Reason);

    public sealed record Summary(int Assigned, int Moved, int Unchanged, IReadOnlyList<Skipped> Skipped)
    {
        /// <summary>"Przydzielono 263 pozycje, zmieniono 2; pominięto 1 (…)." for the page's notice.</summary>
        public string Message()
        {
            var parts = new List<string> { $"Przydzielono {PolishPlural.Of(Assigned, "pozycję", "pozycje", "pozycji")}" };
            if (Moved > 0) parts.Add($"zmieniono instytucję {PolishPlural.Of(Moved, "pozycji", "pozycji", "pozycji")}");
            if (Unchanged > 0) parts.Add($"bez zmian {Unchanged}");
            var text = string.Join(", ", parts);
            return Skipped.Count == 0 ? text + "." : $"{text}; pominięto {Skipped.Count}: {string.Join("; ", Skipped.Take(10).Select(s => $"{s.Item} — {s.Reason.Message}"))}"
                + (Skipped.Count > 10 ? $" i {Skipped.Count - 10} innych." : ".");
        }
    }

    /// <summary>Gives one item to an institution. A null <paramref name="node"/> or <paramref name="institution"/>
    /// means the form named none that exists.</summary>
    public async Task<Outcome> AssignAsync(int periodId, int position, StrategyNode? node, Institution? institution, Actor actor, CancellationToken ct = default)
    {
        if (node is null || institution is null) return MonitoringLog.Refusal(logger, "przydział", MonitoringErrors.NothingChosen, actor);
        var done = await AssignManyAsync(periodId, [new Change(position, node, institution)], actor, null, ct);
        if (!done.IsSuccess) return done.Errors[0];
        return done.Value!.Skipped is [var skipped, ..] ? MonitoringLog.Refusal(logger, "przydział", skipped.Reason, actor) : Outcome.Ok;
    }

    /// <summary>Gives every item in <paramref name="changes"/> to its institution, in one transaction.</summary>
    /// <param name="why">What the audit says the change followed ("według dokumentu", "jak w 2020 r."); null for a hand-made choice.</param>
    public async Task<Result<Summary>> AssignManyAsync(int periodId, IReadOnlyList<Change> changes, Actor actor, string? why, CancellationToken ct = default)
    {
        var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == periodId, ct);
        // The period-wide refusals first: a reporter, a missing or locked period, nothing chosen stop everything.
        var overall = PeriodWorkflow.Assign(actor, period?.State, chosen: changes.Count > 0, indicatorCount: 1, holder: null);
        if (!overall.IsSuccess) return MonitoringLog.Refusal(logger, "przydział", overall.Errors[0], actor);
        var existing = (await db.Assignments.Include(a => a.Entries).Where(a => a.PeriodId == periodId && a.NodePosition != null).ToListAsync(ct))
            .ToDictionary(a => a.NodePosition!.Value);
        int assigned = 0, moved = 0, unchanged = 0;
        var skipped = new List<Skipped>();
        foreach (var change in changes.DistinctBy(c => c.Position))
        {
            var holder = existing.GetValueOrDefault(change.Position);
            if (holder?.InstitutionKey == change.Institution.Key) { unchanged++; continue; }
            var decided = PeriodWorkflow.Assign(actor, period!.State, chosen: true, change.Node.Indicators.Count,
                holder is null ? null : (holder.InstitutionName, holder.Entries.Any(e => e.State != EntryState.Missing)));
            if (!decided.IsSuccess)
            {
                skipped.Add(new Skipped(change.Node.ToString(), decided.Errors[0]));
                continue;
            }
            var key = $"{periodId}/{change.Position}";
            if (holder is not null)
            {
                MonitoringAudit.Add(db, clock, actor, "zmiana przydziału", "assignment", key, holder.InstitutionName, change.Institution.Name, why);
                (holder.InstitutionKey, holder.InstitutionName) = (change.Institution.Key, change.Institution.Name);
                moved++;
            }
            else
            {
                db.Assignments.Add(new AssignmentRow
                {
                    PeriodId = periodId, NodePosition = change.Position, InstitutionKey = change.Institution.Key, InstitutionName = change.Institution.Name,
                    Entries = change.Node.Indicators.Select((_, i) => new EntryRow { IndicatorIndex = i, State = EntryState.Missing }).ToList(),
                });
                MonitoringAudit.Add(db, clock, actor, "przydział", "assignment", key, null, change.Institution.Name, why);
                assigned++;
            }
        }
        await db.SaveChangesAsync(ct);
        MonitoringLog.Assigned(logger, periodId, assigned, moved, skipped.Count, actor.AccountId);
        return Result<Summary>.Ok(new Summary(assigned, moved, unchanged, skipped));
    }

    /// <summary>Last year's institution of each item (by its place in the document), for "jak w zeszłym roku".</summary>
    public async Task<IReadOnlyDictionary<int, string>> LastYearAsync(string documentKey, int year, CancellationToken ct = default) =>
        await db.Assignments.AsNoTracking()
            .Where(a => a.NodePosition != null && db.Periods.Any(p => p.Id == a.PeriodId && p.DocumentKey == documentKey && p.Year == year - 1))
            .ToDictionaryAsync(a => a.NodePosition!.Value, a => a.InstitutionKey, ct);


}
