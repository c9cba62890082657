using Kierunek.Data;
using Kierunek.Data.Audit;
using Kierunek.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace Kierunek.Application.Monitoring;

/// <summary>Values' histories as people read them: when, who by name and institution (not an account id or an
/// address), and what in office language (<see cref="HistorySentence"/>).</summary>
public sealed class ValueHistory(KierunekDb db)
{
    public sealed record Line(DateTimeOffset At, string Who, string What);

    /// <summary>The history of each value, oldest first, by the value's id.</summary>
    public async Task<ILookup<int, Line>> OfAsync(IEnumerable<int> entryIds, CancellationToken ct = default)
    {
        var ids = entryIds.Select(id => id.ToString()).ToList();
        var rows = await db.Audit.AsNoTracking().Where(a => a.Entity == "entry" && ids.Contains(a.EntityKey)).OrderBy(a => a.Id).ToListAsync(ct);
        return await LinesAsync(rows, ct);
    }

    /// <summary>A function naming each of these accounts as people read it ("Anna Nowak, MOPR").</summary>
    public async Task<Func<string, string>> NamesAsync(IEnumerable<string> stored, CancellationToken ct = default)
    {
        var accounts = stored.Select(s => HistorySentence.Actor(s).Account).Distinct().ToList();
        var people = (await db.Users.AsNoTracking().Where(u => accounts.Contains(u.UserName!))
                .Select(u => new { u.UserName, u.DisplayName, u.InstitutionName }).ToListAsync(ct))
            .ToDictionary(u => u.UserName!, u => (u.DisplayName, u.InstitutionName));
        return s =>
        {
            var (account, onBehalf) = HistorySentence.Actor(s);
            return people.TryGetValue(account, out var p) ? HistorySentence.Who(p.DisplayName, p.InstitutionName, onBehalf) : HistorySentence.Who(account, null, onBehalf);
        };
    }

    /// <summary>Audit rows of values already loaded (e.g. by <see cref="ItemValues"/>), told the same way.</summary>
    public async Task<ILookup<int, Line>> LinesAsync(IReadOnlyList<AuditRow> rows, CancellationToken ct = default)
    {
        var name = await NamesAsync(rows.Select(r => r.User), ct);
        return rows.Select(r => (Id: int.Parse(r.EntityKey), Line: new Line(r.At, name(r.User), HistorySentence.Of(r.Action, r.OldValue, r.NewValue, r.Reason))))
            .ToLookup(x => x.Id, x => x.Line);
    }
}
