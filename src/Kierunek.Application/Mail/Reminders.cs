using Kierunek.Application.Monitoring;
using Kierunek.Data;
using Kierunek.Domain.Mail;
using Kierunek.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kierunek.Application.Mail;

/// <summary>Deadline reminders, planned once a day per person: only institutions that have not answered, only on the
/// schedule's days around their own deadline (an extension moves them), only while entry is still open. One e-mail
/// per person per day lists every open period that person's institution still owes values in. The outbox key
/// "przypomnienie/{person}/{day}" is unique in the database, so a second instance planning the same day writes
/// nothing — each reminder exists, and is sent, once.</summary>
public sealed class Reminders(KierunekDb db, PeriodView view, Recipients recipients, Outbox outbox, IOptions<MailOptions> options,
    TimeProvider clock, ILogger<Reminders> logger)
{
    /// <summary>Plans today's reminders into the outbox; the number of new ones.</summary>
    public async Task<int> PlanAsync(CancellationToken ct = default)
    {
        var today = clock.Today();
        var schedule = options.Value.Schedule();
        var owed = new Dictionary<string, (string Name, List<Letters.MissingValues> Periods)>();
        var periods = await db.Periods.AsNoTracking().Where(p => p.State == PeriodState.Open && p.Deadline != null)
            .OrderBy(p => p.Deadline).ThenBy(p => p.DocumentKey).Select(p => new { p.DocumentKey, p.Year }).ToListAsync(ct);
        foreach (var period in periods)
        {
            if (await view.LoadAsync(period.DocumentKey, period.Year, null, ct) is not { } loaded) continue;
            var campaign = loaded.Campaign;
            foreach (var institution in Completeness.Of(loaded).Where(c => !c.Answered))
            {
                var key = institution.InstitutionKey;
                if (campaign.EntryClosed(key, today) || campaign.DaysLeft(key, today) is not { } left || !schedule.Due(left)) continue;
                var missing = loaded.Items.Where(i => i.Assignment.InstitutionKey == key)
                    .SelectMany(i => i.Fields.Where(f => f.Entry.State is EntryState.Missing or EntryState.Draft or EntryState.Returned)
                        .Select(f => $"{loaded.Tree.PrintedCodeOf(i.Node)} {i.LabelOf(f)}".Trim())).ToList();
                if (missing.Count == 0) continue;
                if (!owed.TryGetValue(key, out var entry)) owed[key] = entry = (institution.Institution, []);
                entry.Periods.Add(new Letters.MissingValues(loaded.Tree.Document.Title, period.Year, campaign.DeadlineOf(key), campaign.Describe(key, today),
                    missing, options.Value.Link($"/monitoring/{Uri.EscapeDataString(period.DocumentKey)}/{period.Year}/wprowadzanie"), campaign.Message));
            }
        }
        var planned = 0;
        foreach (var (institutionKey, (name, owedPeriods)) in owed)
        {
            var letter = Letters.Reminder(name, owedPeriods);
            foreach (var person in await recipients.ReportersOfAsync(institutionKey, ct))
                if (await AddOnceAsync(person, letter, institutionKey, today, ct)) planned++;
        }
        planned += await PlanOzpsAsync(today, schedule, ct);
        if (planned > 0) MailLog.Planned(logger, planned);
        return planned;
    }

    /// <summary>The OZPS: for every open ROPS collection with a deadline, each gmina whose assessment is not with the ROPS
    /// (not started, in preparation, returned) is reminded on the schedule's days around the ROPS's deadline — its staff, by
    /// their account's TERYT code. The same once-a-day key per person as the monitoring's reminders.</summary>
    private async Task<int> PlanOzpsAsync(DateOnly today, ReminderSchedule schedule, CancellationToken ct)
    {
        var planned = 0;
        var campaigns = await db.OzpsCampaigns.AsNoTracking().Where(c => c.State == PeriodState.Open && c.Deadline != null).ToListAsync(ct);
        foreach (var c in campaigns)
        {
            var campaign = new Campaign(c.Deadline, c.GraceDays, c.Message, []);
            var states = await db.OzpsAssessments.AsNoTracking().Where(a => a.Year == c.Year && a.UnitCode.StartsWith(c.RegionCode))
                .ToDictionaryAsync(a => a.UnitCode, a => a.State, ct);
            var staffed = await db.Users.AsNoTracking().Where(u => u.AreaCode != null && u.AreaCode.StartsWith(c.RegionCode) && u.AreaCode.Length > 2)
                .Select(u => u.AreaCode!).Distinct().ToListAsync(ct);
            foreach (var unit in staffed)
            {
                var state = states.GetValueOrDefault(unit, EntryState.Missing);
                if (state is EntryState.Submitted or EntryState.Approved) continue;
                if (campaign.EntryClosed(unit, today) && state != EntryState.Returned) continue;
                if (campaign.DaysLeft(unit, today) is not { } left || !schedule.Due(left)) continue;
                var name = Import.Territory.TercFile.Register.Find(unit)?.Name ?? unit;
                var letter = Letters.Reminder(name, [new Letters.MissingValues($"Ocena zasobów pomocy społecznej — {name}", c.Year, campaign.Deadline,
                    campaign.Describe(unit, today), [$"ocena za {c.Year} r. ({Domain.Ozps.Assessments.AssessmentStatus.Names[state]}) — przekazanie do ROPS"],
                    options.Value.Link($"/ozps/{unit}/{c.Year}"), campaign.Message)]);
                foreach (var person in await recipients.StaffOfUnitAsync(unit, ct))
                    if (await AddOnceAsync(person, letter, unit, today, ct)) planned++;
            }
        }
        return planned;
    }

    /// <summary>Writes one person's reminder for the day unless one exists; the unique key decides between two
    /// instances that plan at the same moment (the loser's insert fails and is dropped).</summary>
    private async Task<bool> AddOnceAsync(Recipients.Person person, Letter letter, string institutionKey, DateOnly today, CancellationToken ct)
    {
        var key = $"przypomnienie/{person.UserId}/{today:yyyy-MM-dd}";
        if (await db.Outbox.AnyAsync(m => m.Key == key, ct)) return false;
        var row = outbox.Add(LetterKind.Reminder, new Outbox.Recipient(person.Address, person.Name), letter, institutionKey, key);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.Entry(row).State = EntityState.Detached;
            return false;
        }
    }
}
