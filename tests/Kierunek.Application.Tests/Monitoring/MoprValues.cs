using Kierunek.Application.Monitoring;
using Kierunek.Data;
using Kierunek.Domain.Institutions;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Strategies;
using Kierunek.Import.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kierunek.Application.Tests.Monitoring;

/// <summary>Where the tests of a table of values start, in a copy of <see cref="StoredLublin"/>: a period open and the
/// first actions with one indicator each given to MOPR — with the people who work on it.</summary>
internal static class MoprValues
{
    public static readonly Actor Coordinator = new("koordynator@kierunek.local", null, Reviews: true);
    public static readonly Actor Mopr = new("mopr@kierunek.local", "mopr", Reviews: false);
    public static readonly Institution Institution = new("mopr", "Miejski Ośrodek Pomocy Rodzinie", InstitutionKind.SocialWelfareCentre, null);

    /// <summary>Period <paramref name="year"/> opened, <paramref name="count"/> actions given to MOPR; their values' ids in order.</summary>
    public static async Task<List<int>> AssignAsync(KierunekDb db, int count, CancellationToken ct, int year = 2021)
    {
        var document = SeedFiles.LublinReport;
        var period = (await Services.MonitoringOf(db, TimeProvider.System).OpenPeriodAsync(document.Key, year, CampaignSettings.None, Coordinator, ct)).Value!;
        var changes = document.AllNodes().Select((n, i) => (n, i)).Where(x => x.n.Kind == NodeKind.Measure && x.n.Indicators.Count == 1).Take(count)
            .Select(x => new Assignments.Change(x.i, x.n, Institution)).ToList();
        Assert.True((await new Assignments(db, TimeProvider.System, NullLogger<Assignments>.Instance).AssignManyAsync(period.Id, changes, Coordinator, null, ct)).IsSuccess);
        db.ChangeTracker.Clear();
        return await db.Entries.AsNoTracking().Where(e => db.Assignments.Any(a => a.Id == e.AssignmentId && a.PeriodId == period.Id)).OrderBy(e => e.Id).Select(e => e.Id).ToListAsync(ct);
    }
}
