using Kierunek.Application.Monitoring;
using Kierunek.Data;
using Kierunek.Data.Tests;
using Kierunek.Domain.Institutions;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Strategies;
using Kierunek.Import.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Kierunek.Application.Tests.Monitoring;

/// <summary>A period's campaign on SQLite and PostgreSQL: the deadline is stored with the period, an institution's
/// extension is granted, replaced and withdrawn with an audit row each, and once the deadline and its grace days
/// have passed the institution's new values are refused — until its deadline is extended.</summary>
public class CampaignsTests(StoredLublin lublin)
{
    public static TheoryData<string> Providers => Databases.Providers;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Actor Coordinator = new("koordynator@kierunek.local", null, Reviews: true);
    private static readonly Actor Mopr = new("mopr@kierunek.local", "mopr", Reviews: false);
    private static readonly Institution MoprInstitution = new("mopr", "Miejski Ośrodek Pomocy Rodzinie", InstitutionKind.SocialWelfareCentre, null);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Entry_closes_after_the_grace_days_and_reopens_for_an_institution_whose_deadline_is_extended(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        using var db = Database.Open(database.Target);
        var clock = new FakeTimeProvider(new DateTimeOffset(2022, 3, 1, 9, 0, 0, TimeSpan.Zero));
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        var monitoring = Services.MonitoringOf(db, clock);
        var campaigns = new Campaigns(db, clock, NullLogger<Campaigns>.Instance);
        var document = SeedFiles.LublinReport;
        var opened = await monitoring.OpenPeriodAsync(document.Key, 2021, new CampaignSettings("15.03.2022", "7", "Pytania: tel. 81 466 55 00"), Coordinator, Ct);
        Assert.True(opened.IsSuccess, string.Join(" ", opened.Errors));
        var nodes = document.AllNodes().ToList();
        var position = nodes.FindIndex(n => n.Kind == NodeKind.Measure && n.Indicators.Count == 1);
        Assert.True((await new Assignments(db, clock, NullLogger<Assignments>.Instance).AssignAsync(opened.Value!.Id, position, nodes[position], MoprInstitution, Coordinator, Ct)).Done);
        var entry = await db.Entries.AsNoTracking().SingleAsync(Ct);
        db.ChangeTracker.Clear();

        clock.SetUtcNow(new DateTimeOffset(2022, 3, 22, 12, 0, 0, TimeSpan.Zero)); // the last of the 7 days after 15 March
        Assert.True((await monitoring.SaveAsync(entry.Id, "12", null, submit: false, 0, null, Mopr, Ct)).Done);
        clock.SetUtcNow(new DateTimeOffset(2022, 3, 23, 8, 0, 0, TimeSpan.Zero));
        var late = await monitoring.SaveAsync(entry.Id, "13", null, submit: true, 1, null, Mopr, Ct);
        Assert.Equal(MonitoringErrors.DeadlinePassedCode, late.Error?.Code);

        var extended = await campaigns.ExtendAsync(opened.Value.Id, MoprInstitution, "2022-04-30", "zmiana kierownictwa w marcu", Coordinator, Ct);
        Assert.True(extended.Done, extended.Error?.Message);
        db.ChangeTracker.Clear();
        Assert.True((await monitoring.SaveAsync(entry.Id, "13", null, submit: true, 1, null, Mopr, Ct)).Done);

        var audit = await db.Audit.AsNoTracking().Where(a => a.Entity == "period").OrderBy(a => a.Id).ToListAsync(Ct);
        Assert.Equal(["otwarcie okresu", "przedłużenie terminu"], audit.Select(a => a.Action));
        Assert.Equal("Open, termin 15 marca 2022 r., dodatkowo 7 dni, wiadomość: Pytania: tel. 81 466 55 00", audit[0].NewValue);
        Assert.Equal(("Miejski Ośrodek Pomocy Rodzinie: 15 marca 2022 r.", "Miejski Ośrodek Pomocy Rodzinie: 30 kwietnia 2022 r.", "zmiana kierownictwa w marcu"),
            (audit[1].OldValue, audit[1].NewValue, audit[1].Reason));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Settings_change_with_one_audit_row_and_an_extension_is_replaced_then_withdrawn(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        using var db = Database.Open(database.Target);
        var monitoring = Services.MonitoringOf(db, TimeProvider.System);
        var campaigns = new Campaigns(db, TimeProvider.System, NullLogger<Campaigns>.Instance);
        var period = (await monitoring.OpenPeriodAsync(SeedFiles.LublinReport.Key, 2021, CampaignSettings.None, Coordinator, Ct)).Value!;

        Assert.Equal(MonitoringErrors.NoDeadlineCode, (await campaigns.ExtendAsync(period.Id, MoprInstitution, "2022-04-30", "x", Coordinator, Ct)).Error?.Code);
        Assert.True((await campaigns.SetAsync(period.Id, new CampaignSettings("2022-03-15", "0", null), Coordinator, Ct)).Done);
        Assert.True((await campaigns.SetAsync(period.Id, new CampaignSettings("2022-03-15", "0", null), Coordinator, Ct)).Done); // unchanged: no row
        Assert.True((await campaigns.ExtendAsync(period.Id, MoprInstitution, "2022-04-15", "pierwszy powód", Coordinator, Ct)).Done);
        Assert.True((await campaigns.ExtendAsync(period.Id, MoprInstitution, "2022-04-30", "drugi powód", Coordinator, Ct)).Done);
        Assert.Equal(MonitoringErrors.ExtensionOvertakenCode,
            (await campaigns.SetAsync(period.Id, new CampaignSettings("2022-05-01", "0", null), Coordinator, Ct)).Error?.Code);

        db.ChangeTracker.Clear();
        var stored = await db.Periods.AsNoTracking().Include(p => p.Extensions).SingleAsync(p => p.Id == period.Id, Ct);
        var campaign = Campaigns.Of(stored);
        Assert.Equal((new DateOnly(2022, 3, 15), 0), (campaign.Deadline, campaign.GraceDays));
        var only = Assert.Single(campaign.Extensions);
        Assert.Equal((new DateOnly(2022, 4, 30), "drugi powód"), (only.Until, only.Reason));

        Assert.True((await campaigns.WithdrawAsync(period.Id, "mopr", Coordinator, Ct)).Done);
        Assert.Equal(MonitoringErrors.ExtensionNotFoundCode, (await campaigns.WithdrawAsync(period.Id, "mopr", Coordinator, Ct)).Error?.Code);
        Assert.Empty(await db.DeadlineExtensions.AsNoTracking().ToListAsync(Ct));
        var actions = await db.Audit.AsNoTracking().Where(a => a.Entity == "period").OrderBy(a => a.Id).Select(a => a.Action).ToListAsync(Ct);
        Assert.Equal(["otwarcie okresu", "ustawienia okresu", "przedłużenie terminu", "przedłużenie terminu", "cofnięcie przedłużenia"], actions);
    }
}
