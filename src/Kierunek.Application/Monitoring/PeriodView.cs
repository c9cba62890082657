using Kierunek.Application.Strategies;
using Kierunek.Data;
using Kierunek.Data.Monitoring;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Values;
using Microsoft.EntityFrameworkCore;

namespace Kierunek.Application.Monitoring;

/// <summary>A reporting period as the pages show it: each assigned item with its indicators, the value
/// entered for each and last year's value beside it. A reporter's view holds only their institution's items.</summary>
public sealed class PeriodView(KierunekDb db, StrategyCatalog catalog)
{
    public sealed record Field(EntryRow Entry, Indicator Indicator, RecordedValue? LastYear);

    public sealed record Item(AssignmentRow Assignment, StrategyNode Node, IReadOnlyList<Field> Fields)
    {
        /// <summary>The indicator's name and unit, or — where the document gave no name (51 in seed 000) — its action's
        /// text, so no field goes without a label.</summary>
        public string LabelOf(Field field) =>
            (field.Indicator.Name ?? $"{Node.Title} — wskaźnik bez nazwy w dokumencie") + (field.Indicator.Unit is null ? "" : $" ({field.Indicator.Unit})");
    }

    /// <summary>A value kept from an item or indicator a new version of the document no longer has (never dropped).</summary>
    public sealed record Detached(string Institution, string Item, string? Indicator, EntryRow Entry);

    public sealed record Loaded(StrategyTree Tree, PeriodRow Period, IReadOnlyList<Item> Items, IReadOnlyList<Detached> DetachedValues)
    {
        public IEnumerable<Field> Fields => Items.SelectMany(i => i.Fields);
        public Campaign Campaign { get; } = Campaigns.Of(Period);

        /// <summary>The institutions that have items in the period, in the order of a Polish list.</summary>
        public IReadOnlyList<(string Key, string Name)> Institutions => Items.Select(i => (i.Assignment.InstitutionKey, i.Assignment.InstitutionName))
            .Distinct().OrderBy(i => i.InstitutionName, PolishFormat.Alphabetical).ToList();
    }

    /// <summary>A period's campaign and how far each institution is, counted by the database without loading a value.</summary>
    public sealed record Progress(PeriodRow Period, IReadOnlyList<Completeness> Institutions)
    {
        public Campaign Campaign { get; } = Campaigns.Of(Period);

        /// <summary>Institutions asked and those that answered (every value submitted or approved).</summary>
        public ResponseRate Response => new(Institutions.Count, Institutions.Count(c => c.Answered), Institutions.Where(c => !c.Answered).Select(c => c.Institution).ToList());
    }

    /// <param name="institution">Only this institution (a reporter); null for every institution (reviewers).</param>
    public async Task<Progress?> ProgressAsync(string key, int year, string? institution, CancellationToken ct) =>
        await PeriodAsync(key, year, ct) is { } period ? new Progress(period, await Completeness.OfAsync(db, period.Id, institution, ct)) : null;

    /// <summary>Whether the strategy has a reporting period for the year.</summary>
    public Task<bool> ExistsAsync(string key, int year, CancellationToken ct) => db.Periods.AnyAsync(p => p.DocumentKey == key && p.Year == year, ct);

    /// <summary>The period with its deadline extensions.</summary>
    private Task<PeriodRow?> PeriodAsync(string key, int year, CancellationToken ct) =>
        db.Periods.AsNoTracking().Include(p => p.Extensions).SingleOrDefaultAsync(p => p.DocumentKey == key && p.Year == year, ct);

    /// <summary>A strategy's reporting periods, the latest first.</summary>
    public async Task<IReadOnlyList<PeriodRow>> PeriodsOfAsync(string key, CancellationToken ct) =>
        await db.Periods.AsNoTracking().Where(p => p.DocumentKey == key).OrderByDescending(p => p.Year).ToListAsync(ct);

    /// <summary>The period and institution a value belongs to, when <paramref name="actor"/> may see it: a reviewer
    /// any, a reporter only their institution's (otherwise null — the same answer as for a value that is not there).</summary>
    public async Task<Field?> FieldOfAsync(int entryId, Actor actor, CancellationToken ct)
    {
        var where = await db.Entries.AsNoTracking().Where(e => e.Id == entryId)
            .Join(db.Assignments, e => e.AssignmentId, a => a.Id, (e, a) => a)
            .Join(db.Periods, a => a.PeriodId, p => p.Id, (a, p) => new { p.DocumentKey, p.Year, a.InstitutionKey })
            .SingleOrDefaultAsync(ct);
        if (where is null || (!actor.Reviews && where.InstitutionKey != actor.InstitutionKey)) return null;
        var loaded = await LoadAsync(where.DocumentKey, where.Year, where.InstitutionKey, ct);
        return loaded?.Fields.FirstOrDefault(f => f.Entry.Id == entryId);
    }

    /// <param name="institution">Only this institution's items (a reporter); null for everything (reviewers).</param>
    public Task<Loaded?> LoadAsync(string key, int year, string? institution, CancellationToken ct) => LoadAsync(key, year, institution, null, ct);

    /// <param name="institution">Only this institution's items (a reporter); null for everything (reviewers).</param>
    /// <param name="state">Only the values in this state, in the items that have one (an approver's queue of submitted
    /// values is a few hundred of a period's thousands); null for every value.</param>
    public async Task<Loaded?> LoadAsync(string key, int year, string? institution, EntryState? state, CancellationToken ct)
    {
        var document = await catalog.GetAsync(key, ct);
        var period = await PeriodAsync(key, year, ct);
        if (document is null || period is null) return null;
        var tree = StrategyCatalog.TreeOf(document);
        var assignments = await db.Assignments.AsNoTracking().Include(a => a.Entries.Where(e => state == null || e.State == state)).Include(a => a.Report)
            .Where(a => a.PeriodId == period.Id && (institution == null || a.InstitutionKey == institution) && (state == null || a.Entries.Any(e => e.State == state)))
            .OrderBy(a => a.NodePosition).ToListAsync(ct);
        // Last year's values of the items shown only: a reporter's twenty, not the strategy's thousands.
        var shown = institution is null && state is null ? null : assignments.Where(a => a.NodePosition is not null).Select(a => a.NodePosition!.Value).ToList();
        var lastYear = await LastYear.OfAsync(db, tree, year, shown, ct);
        var items = new List<Item>();
        var detached = new List<Detached>();
        foreach (var assignment in assignments)
        {
            if (assignment.NodePosition is not { } position || tree.At(position) is not { } node)
            {
                detached.AddRange(assignment.Entries.Where(e => e.Raw is not null)
                    .Select(e => new Detached(assignment.InstitutionName, assignment.DetachedNode ?? "", e.DetachedIndicator, e)));
                continue;
            }
            var fields = assignment.Entries.Where(e => e.IndicatorIndex is { } i && i < node.Indicators.Count).OrderBy(e => e.IndicatorIndex)
                .Select(e => new Field(e, node.Indicators[e.IndicatorIndex!.Value], lastYear.At(position, e.IndicatorIndex!.Value)))
                .ToList();
            detached.AddRange(assignment.Entries.Where(e => e.IndicatorIndex is null && e.Raw is not null)
                .Select(e => new Detached(assignment.InstitutionName, node.ToString(), e.DetachedIndicator, e)));
            items.Add(new Item(assignment, node, fields));
        }
        return new Loaded(tree, period, items, detached);
    }

    public static string StateName(EntryState state) => state switch
    {
        EntryState.Missing => "brak",
        EntryState.Draft => "wersja robocza",
        EntryState.Submitted => "przekazana",
        EntryState.Returned => "zwrócona do poprawy",
        _ => "zatwierdzona",
    };
}
