using Kierunek.Application.Monitoring;
using Kierunek.Data;
using Kierunek.Domain.Mail;
using Kierunek.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kierunek.Application.Mail;

/// <summary>The e-mails a step of the monitoring sends, written to the outbox after the step is saved: values
/// returned (to the institution's reporters, gathered for a few minutes so twenty returns are one e-mail), an
/// institution that handed in everything (to the approvers), a locked period (to everyone it concerns), and an
/// account's invitation.</summary>
public sealed class Notifications(KierunekDb db, PeriodView view, Recipients recipients, Outbox outbox, IOptions<MailOptions> options, TimeProvider clock)
{
    private sealed record Place(string DocumentKey, int Year, string InstitutionKey)
    {
        public string About => $"{DocumentKey}/{Year}/{InstitutionKey}";
    }

    /// <summary>The invitation link by e-mail; the token behind it is valid a week (ASP.NET Core Identity's provider).</summary>
    public async Task InvitationAsync(string address, string name, string role, string? institution, string link, CancellationToken ct = default)
    {
        var validUntil = clock.Today().AddDays(7);
        outbox.Add(LetterKind.Invitation, new Outbox.Recipient(address, name), Letters.Invitation(name, role, institution, link, validUntil), null);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>After values were submitted: each institution whose every value is now handed in is announced to the
    /// approvers, once while such an announcement waits unsent.</summary>
    public async Task AfterSubmitAsync(IEnumerable<int> entryIds, CancellationToken ct = default)
    {
        List<Recipients.Person>? approvers = null;
        foreach (var place in await PlacesAsync(entryIds, ct))
        {
            // Counted in the database, not through the period's full view: this runs after every table saved and every
            // packet uploaded. The institution's own count first; the whole period's only when a letter is written.
            var own = await view.ProgressAsync(place.DocumentKey, place.Year, place.InstitutionKey, ct);
            if (own?.Institutions.SingleOrDefault() is not { Answered: true } answered || answered.Counts[EntryState.Submitted] == 0) continue;
            approvers ??= await recipients.ApproversAsync(ct);
            var addresses = approvers.Select(p => p.Address).ToList();
            var waiting = await db.Outbox.AsNoTracking().Where(m => m.Kind == LetterKind.InstitutionSubmitted && m.About == place.About && m.State == LetterState.Pending
                && addresses.Contains(m.To)).Select(m => m.To).ToListAsync(ct);
            var unwritten = approvers.Where(p => !waiting.Contains(p.Address)).ToList();
            if (unwritten.Count == 0) continue;
            var rate = (await view.ProgressAsync(place.DocumentKey, place.Year, null, ct))!.Response;
            var title = await db.Documents.AsNoTracking().Where(d => d.Key == place.DocumentKey).Select(d => d.Title).FirstAsync(ct);
            var letter = Letters.InstitutionSubmitted(title, place.Year, answered.Institution, answered.Total, rate.Sentence(),
                options.Value.Link($"/monitoring/{Uri.EscapeDataString(place.DocumentKey)}/{place.Year}?instytucja={Uri.EscapeDataString(place.InstitutionKey)}#wartosci"));
            foreach (var person in unwritten) outbox.Add(LetterKind.InstitutionSubmitted, new Outbox.Recipient(person.Address, person.Name), letter, place.About);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>After values were returned: the institution's reporters get every value now waiting for their
    /// correction, with the reasons. An e-mail still waiting for its digest minutes is rewritten instead of a new one.</summary>
    public async Task AfterReturnAsync(IEnumerable<int> entryIds, CancellationToken ct = default)
    {
        foreach (var place in await PlacesAsync(entryIds, ct))
        {
            // Only the items with a returned value: the letter lists those, not the institution's whole table.
            if (await view.LoadAsync(place.DocumentKey, place.Year, place.InstitutionKey, EntryState.Returned, ct) is not { } loaded) continue;
            var returned = loaded.Items.SelectMany(i => i.Fields.Where(f => f.Entry.State == EntryState.Returned)
                .Select(f => new Letters.ReturnedValue($"{loaded.Tree.PrintedCodeOf(i.Node)} {i.LabelOf(f)}".Trim(), f.Entry.ReviewComment))).ToList();
            if (returned.Count == 0) continue;
            var institution = loaded.Items.First().Assignment.InstitutionName;
            var letter = Letters.ValuesReturned(loaded.Tree.Document.Title, place.Year, institution, returned,
                options.Value.Link($"/monitoring/{Uri.EscapeDataString(place.DocumentKey)}/{place.Year}/wprowadzanie"));
            foreach (var person in await recipients.ReportersOfAsync(place.InstitutionKey, ct))
            {
                // Only a message no sender has taken yet may be rewritten: the UPDATE checks it, so a digest being
                // sent at this moment is left alone and a new one follows.
                var rewritten = await db.Outbox.Where(m => m.Kind == LetterKind.ValuesReturned && m.About == place.About && m.To == person.Address
                        && m.State == LetterState.Pending && m.Attempts == 0 && m.ClaimedUntil == null)
                    .ExecuteUpdateAsync(u => u.SetProperty(m => m.Subject, letter.Subject).SetProperty(m => m.Text, letter.Text).SetProperty(m => m.Html, letter.Html), ct);
                if (rewritten == 0)
                    outbox.Add(LetterKind.ValuesReturned, new Outbox.Recipient(person.Address, person.Name), letter, place.About,
                        wait: TimeSpan.FromMinutes(options.Value.DigestMinutes));
            }
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>After a period was locked: its coordinators, approvers and the reporters of its institutions.</summary>
    public async Task AfterLockAsync(int periodId, CancellationToken ct = default)
    {
        var period = await db.Periods.AsNoTracking().Include(p => p.Assignments).SingleOrDefaultAsync(p => p.Id == periodId, ct);
        if (period is null || await view.LoadAsync(period.DocumentKey, period.Year, null, ct) is not { } loaded) return;
        var institutions = period.Assignments.Select(a => a.InstitutionKey).ToHashSet();
        var letter = Letters.PeriodLocked(loaded.Tree.Document.Title, period.Year, period.LockedBy ?? "",
            options.Value.Link($"/monitoring/{Uri.EscapeDataString(period.DocumentKey)}/{period.Year}"));
        foreach (var person in await recipients.OfPeriodAsync(institutions, ct))
            outbox.Add(LetterKind.PeriodLocked, new Outbox.Recipient(person.Address, person.Name), letter, $"{period.DocumentKey}/{period.Year}");
        await db.SaveChangesAsync(ct);
    }

    private async Task<List<Place>> PlacesAsync(IEnumerable<int> entryIds, CancellationToken ct)
    {
        var ids = entryIds.Distinct().ToList();
        if (ids.Count == 0) return [];
        var found = await (from e in db.Entries.AsNoTracking()
                           join a in db.Assignments on e.AssignmentId equals a.Id
                           join p in db.Periods on a.PeriodId equals p.Id
                           where ids.Contains(e.Id)
                           select new { p.DocumentKey, p.Year, a.InstitutionKey }).Distinct().ToListAsync(ct);
        return found.Select(f => new Place(f.DocumentKey, f.Year, f.InstitutionKey)).ToList();
    }
}
