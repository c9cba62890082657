using Kierunek.Data;
using Kierunek.Data.Monitoring;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Results;
using Microsoft.EntityFrameworkCore;

namespace Kierunek.Application.Monitoring;

/// <summary>One value's conversation between its institution and the reviewers — the return's reason first, then
/// their messages — with the value's source documents and its history: everything about the value on one page. Only
/// the institution's reporters and the reviewers read or write it (<see cref="Evidence"/>).</summary>
public sealed class Conversations(KierunekDb db, PeriodView view, ValueHistory histories, SourceDocuments documents, TimeProvider clock)
{
    public sealed record Message(DateTimeOffset At, string Who, bool FromReviewer, string Text);

    public sealed record Thread(PeriodView.Loaded Period, PeriodView.Item Item, PeriodView.Field Field, IReadOnlyList<Message> Messages,
        IReadOnlyList<SourceDocuments.Document> Files, IReadOnlyList<ValueHistory.Line> History)
    {
        public string Code => Period.Tree.PrintedCodeOf(Item.Node) ?? "";
        public string Label => Item.LabelOf(Field);
    }

    public async Task<Result<Thread>> OfAsync(int entryId, Actor actor, CancellationToken ct = default)
    {
        var place = await PlaceAsync(entryId, ct);
        if (place is null) return MonitoringErrors.EntryNotFound;
        if (Evidence.MayTake(actor, place.InstitutionKey) is { } refused) return refused;
        var loaded = await view.LoadAsync(place.DocumentKey, place.Year, place.InstitutionKey, ct);
        var item = loaded?.Items.FirstOrDefault(i => i.Fields.Any(f => f.Entry.Id == entryId));
        if (loaded is null || item is null) return MonitoringErrors.EntryNotFound;
        var rows = await db.EntryMessages.AsNoTracking().Where(m => m.EntryId == entryId).OrderBy(m => m.Id).ToListAsync(ct);
        var names = await histories.NamesAsync(rows.Select(r => r.Account), ct);
        var messages = rows.Select(r => new Message(r.At, names(r.Account), r.FromReviewer, r.Text)).ToList();
        var files = (await documents.ListAsync(place.PeriodId, place.InstitutionKey, ct)).Where(d => d.EntryId == entryId).ToList();
        return Result<Thread>.Ok(new Thread(loaded, item, item.Fields.First(f => f.Entry.Id == entryId), messages, files,
            (await histories.OfAsync([entryId], ct))[entryId].ToList()));
    }

    /// <summary>Adds a message to the value's conversation (audited); refused in a locked period.</summary>
    public async Task<Outcome> PostAsync(int entryId, string? text, Actor actor, CancellationToken ct = default)
    {
        var place = await PlaceAsync(entryId, ct);
        if (place is null) return MonitoringErrors.EntryNotFound;
        if (Evidence.MayAdd(actor, place.InstitutionKey, place.State) is { } refused) return refused;
        var message = Evidence.Message(text);
        if (!message.IsSuccess) return message.Errors[0];
        Add(db, clock, entryId, message.Value!, actor);
        MonitoringAudit.Add(db, clock, actor, "wiadomość do wartości", "entry", entryId.ToString(), null, null, message.Value);
        await db.SaveChangesAsync(ct);
        return Outcome.Ok;
    }

    /// <summary>How many messages each value has (the entry table's and the review list's "Rozmowa (2)").</summary>
    public async Task<IReadOnlyDictionary<int, int>> CountsAsync(IEnumerable<int> entryIds, CancellationToken ct = default)
    {
        var ids = entryIds.ToList();
        return (await db.EntryMessages.AsNoTracking().Where(m => ids.Contains(m.EntryId)).GroupBy(m => m.EntryId)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct)).ToDictionary(x => x.Key, x => x.Count);
    }

    /// <summary>A message added to the save in progress: a reviewer's return reason starts the conversation this way.</summary>
    internal static void Add(KierunekDb db, TimeProvider clock, int entryId, string text, Actor actor) =>
        db.EntryMessages.Add(new EntryMessageRow { EntryId = entryId, At = clock.GetUtcNow(), Account = actor.Name, FromReviewer = actor.Reviews, Text = text });

    internal sealed record Place(int PeriodId, string DocumentKey, int Year, PeriodState State, string InstitutionKey);

    private Task<Place?> PlaceAsync(int entryId, CancellationToken ct) =>
        (from e in db.Entries.AsNoTracking()
         join a in db.Assignments on e.AssignmentId equals a.Id
         join p in db.Periods on a.PeriodId equals p.Id
         where e.Id == entryId
         select new Place(p.Id, p.DocumentKey, p.Year, p.State, a.InstitutionKey)).SingleOrDefaultAsync(ct);
}
