using Kierunek.Application.Strategies;
using Kierunek.Data;
using Kierunek.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace Kierunek.Application.Monitoring;

/// <summary>"What is waiting for me" across every open period: for a reporter, their institution's values to enter,
/// those returned with the reason, and the days left; for a reviewer, values waiting for a decision by institution,
/// and how many institutions have answered, which are late. The start page shows it; each number links to the list.</summary>
public sealed class WorkList(KierunekDb db, StrategyCatalog catalog, PeriodView view, TimeProvider clock)
{
    public sealed record Returned(int EntryId, string Item, string Indicator, string? Reason);

    /// <param name="ToEnter">Values nobody has saved yet, or saved as a draft only.</param>
    public sealed record ReporterPeriod(string Key, string Title, int Year, int ToEnter, int Submitted, int Approved, IReadOnlyList<Returned> Returned,
        string? Deadline, bool Closed, int? DaysLeft, string? Message);

    /// <param name="Answered">Every value submitted or approved.</param>
    /// <param name="Late">Not answered, and its deadline has passed.</param>
    public sealed record InstitutionState(string Key, string Name, int Waiting, bool Answered, bool Late, DateOnly? Deadline);

    public sealed record ReviewerPeriod(string Key, string Title, int Year, DateOnly? Deadline, IReadOnlyList<InstitutionState> Institutions)
    {
        public int Waiting => Institutions.Sum(i => i.Waiting);
        public IEnumerable<InstitutionState> Late => Institutions.Where(i => i.Late);
        public ResponseRate Response => new(Institutions.Count, Institutions.Count(i => i.Answered), Institutions.Where(i => !i.Answered).Select(i => i.Name).ToList());
    }

    public async Task<IReadOnlyList<ReporterPeriod>> ForReporterAsync(string institutionKey, CancellationToken ct = default)
    {
        var today = clock.Today();
        var result = new List<ReporterPeriod>();
        foreach (var (key, year) in await OpenPeriodsAsync(institutionKey, ct))
        {
            if (await view.LoadAsync(key, year, institutionKey, ct) is not { } loaded || !loaded.Items.Any()) continue;
            var fields = loaded.Fields.ToList();
            var returned = loaded.Items.SelectMany(item => item.Fields.Where(f => f.Entry.State == EntryState.Returned).Select(f => new Returned(
                f.Entry.Id, $"{loaded.Tree.PrintedCodeOf(item.Node)} {item.Node.Title}".Trim(), item.LabelOf(f), f.Entry.ReviewComment))).ToList();
            var campaign = loaded.Campaign;
            result.Add(new ReporterPeriod(key, loaded.Tree.Document.Title, year,
                fields.Count(f => f.Entry.State is EntryState.Missing or EntryState.Draft), fields.Count(f => f.Entry.State == EntryState.Submitted),
                fields.Count(f => f.Entry.State == EntryState.Approved), returned,
                campaign.Describe(institutionKey, today), campaign.EntryClosed(institutionKey, today), campaign.DaysLeft(institutionKey, today), campaign.Message));
        }
        return result;
    }

    public async Task<IReadOnlyList<ReviewerPeriod>> ForReviewerAsync(CancellationToken ct = default)
    {
        var today = clock.Today();
        var result = new List<ReviewerPeriod>();
        foreach (var (key, year) in await OpenPeriodsAsync(null, ct))
        {
            if (await catalog.GetAsync(key, ct) is not { } document || await view.ProgressAsync(key, year, null, ct) is not { } progress) continue;
            var campaign = progress.Campaign;
            var institutions = progress.Institutions.Select(c => new InstitutionState(c.InstitutionKey, c.Institution, c.Counts[EntryState.Submitted], c.Answered,
                !c.Answered && campaign.DaysLeft(c.InstitutionKey, today) < 0, campaign.DeadlineOf(c.InstitutionKey))).ToList();
            result.Add(new ReviewerPeriod(key, document.Title, year, campaign.Deadline, institutions));
        }
        return result;
    }

    /// <summary>Open periods, the latest year first; with <paramref name="institutionKey"/>, only those where it has items.</summary>
    private async Task<List<(string Key, int Year)>> OpenPeriodsAsync(string? institutionKey, CancellationToken ct)
    {
        var periods = db.Periods.AsNoTracking().Where(p => p.State == PeriodState.Open);
        if (institutionKey is not null) periods = periods.Where(p => p.Assignments.Any(a => a.InstitutionKey == institutionKey));
        return (await periods.OrderByDescending(p => p.Year).ThenBy(p => p.DocumentKey).Select(p => new { p.DocumentKey, p.Year }).ToListAsync(ct))
            .Select(p => (p.DocumentKey, p.Year)).ToList();
    }
}
