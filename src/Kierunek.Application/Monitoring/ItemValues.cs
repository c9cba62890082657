using Kierunek.Data;
using Kierunek.Data.Monitoring;
using Kierunek.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace Kierunek.Application.Monitoring;

/// <summary>One item's values from every monitoring period, each with its history, as far as the user may see
/// them: reviewers see everything; a reporter sees their own institution's values and, of other institutions,
/// only approved values without the drafts that led to them.</summary>
public sealed class ItemValues(KierunekDb db, ValueHistory histories)
{
    public sealed record Row(int Year, string Institution, int IndicatorIndex, EntryRow Entry, IReadOnlyList<ValueHistory.Line> History);

    public async Task<IReadOnlyList<Row>> ForAsync(string documentKey, int position, Actor actor, CancellationToken ct = default)
    {
        var found = await (from e in db.Entries
                           join a in db.Assignments on e.AssignmentId equals a.Id
                           join p in db.Periods on a.PeriodId equals p.Id
                           where p.DocumentKey == documentKey && a.NodePosition == position && e.IndicatorIndex != null && e.State != EntryState.Missing
                           select new { p.Year, a.InstitutionKey, a.InstitutionName, Entry = e }).ToListAsync(ct);
        var visible = found.Where(f => actor.Reviews || f.InstitutionKey == actor.InstitutionKey || f.Entry.State == EntryState.Approved).ToList();
        var withHistory = visible.Where(f => actor.Reviews || f.InstitutionKey == actor.InstitutionKey).Select(f => f.Entry.Id.ToString()).ToList();
        var history = await histories.LinesAsync(await db.Audit.AsNoTracking().Where(a => a.Entity == "entry" && withHistory.Contains(a.EntityKey))
            .OrderBy(a => a.Id).ToListAsync(ct), ct);
        return visible.OrderByDescending(f => f.Year).ThenBy(f => f.Entry.IndicatorIndex)
            .Select(f => new Row(f.Year, f.InstitutionName, f.Entry.IndicatorIndex!.Value, f.Entry, history[f.Entry.Id].ToList()))
            .ToList();
    }
}
