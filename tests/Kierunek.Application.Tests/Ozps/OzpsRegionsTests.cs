using Kierunek.Application.Demo;
using Kierunek.Application.Ozps;
using Kierunek.Data;
using Kierunek.Data.Ozps;
using Kierunek.Data.Tests;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Ozps.Assessments;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kierunek.Application.Tests.Ozps;

/// <summary>The ROPS's view of lubelskie on SQLite and PostgreSQL: 213 gminas, the one that submitted counted ("1 z 213"),
/// 24 powiats with a barometer; the figures computed from the values are kept until a value of the voivodeship changes —
/// then the new barometer shows at once; a voivodeship's deadline is set with the monitoring campaign's rules.</summary>
public class OzpsRegionsTests
{
    public static TheoryData<string> Providers => Databases.Providers;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly OzpsAccess Rops = new("06", Administrator: false, Reviews: true);
    private static readonly OzpsAccess Gops = new(DemoRegion.DemoGmina, Administrator: false, Reviews: false);
    private static readonly Actor Worker = new("gops", null, Reviews: false);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_region_counts_submissions_and_recomputes_its_figures_only_when_a_value_changes(string provider)
    {
        using var database = Databases.Fresh(provider);
        await using var db = Database.Open(database.Target);
        await DemoRegion.SaveAsync(db, "test", TimeProvider.System, Ct);
        using var cache = new MemoryCache(new MemoryCacheOptions());
        var regions = new OzpsRegions(db, cache, TimeProvider.System);
        var assessments = new OzpsAssessments(db, TimeProvider.System, NullLogger<OzpsAssessments>.Instance);

        var before = (await regions.RegionAsync(Rops, "06", 2019, Ct)).Value!;
        Assert.Equal((0, 213, 24), (before.Counts.Submitted, before.Counts.Units, before.Powiats.Count));
        Assert.Null(before.Gminas.Single(g => g.Unit.Code == DemoRegion.DemoGmina).Barometer); // its 2019 is not filled yet
        var stamp = await new OzpsStore(db, Import.Territory.TercFile.Register, TimeProvider.System).StampAsync("06", Ct);

        var cells = new Dictionary<string, string?> { ["w1-o"] = "900", ["w2-o"] = "700" };
        Assert.True((await assessments.SaveTableAsync(Gops, Worker, DemoRegion.DemoGmina, 2019, "korzystajacy", cells, 0, Ct)).IsSuccess);
        Assert.NotEqual(stamp, await new OzpsStore(db, Import.Territory.TercFile.Register, TimeProvider.System).StampAsync("06", Ct));
        Assert.True((await assessments.SubmitAsync(Gops, Worker, DemoRegion.DemoGmina, 2019, Ct)).IsSuccess);

        var after = (await regions.RegionAsync(Rops, "06", 2019, Ct)).Value!;
        Assert.Equal(1, after.Counts.Submitted);
        Assert.Equal(EntryState.Submitted, after.Gminas.Single(g => g.Unit.Code == DemoRegion.DemoGmina).Status.State);
        Assert.True(after.Gminas.Single(g => g.Unit.Code == DemoRegion.DemoGmina).HasData);
        Assert.Equal(1, after.Powiats.Single(p => p.Powiat.Code == "0608").Submitted);

        // Computed from the year's values of the tables the barometer and the staffing rule read: the same as from everything.
        var everything = await new OzpsStore(db, Import.Territory.TercFile.Register, TimeProvider.System).LoadRegionAsync("06", Ct);
        var full = Domain.Ozps.Barometer.PovertyBarometer.Compute("06", everything, Domain.Ozps.Template.OzpsTemplate.ForYear(2019), 2019);
        Assert.All(after.Gminas, g => Assert.Equal(full.Of(g.Unit.Code)?.Value, g.Barometer));
        Assert.All(after.Gminas.Where(g => everything.Any(u => u.Unit.Code == g.Unit.Code)),
            g => Assert.Equal(Domain.Ozps.Indicators.StaffingCheck.For(everything.Single(u => u.Unit.Code == g.Unit.Code), 2019)?.Met, g.StaffingMet));
        Assert.Contains(after.Gminas, g => g.Barometer is not null);

        // Closing the year: the submitted assessment is decided first, the gminas that did not submit only when confirmed;
        // closed, no unit changes its assessment; opened again only with a reason.
        var ropsActor = new Actor("rops", null, Reviews: true);
        Assert.Equal(MonitoringErrors.NotAllApprovedCode, Assert.Single((await regions.LockAsync(Rops, ropsActor, "06", 2019, open: false, closeWithoutThem: true, null, Ct)).Errors).Code);
        Assert.True((await assessments.ReviewAsync(Rops, ropsActor, DemoRegion.DemoGmina, 2019, approve: true, null, Ct)).IsSuccess);
        var notDelivered = Assert.Single((await regions.LockAsync(Rops, ropsActor, "06", 2019, open: false, closeWithoutThem: false, null, Ct)).Errors);
        Assert.Equal((MonitoringErrors.NotDeliveredCode, "Nie przekazało oceny: 212 gmin. Można poczekać albo zamknąć zbieranie mimo braków (zaznacz to niżej)."), (notDelivered.Code, notDelivered.Message));
        Assert.Equal(PeriodState.Locked, (await regions.LockAsync(Rops, ropsActor, "06", 2019, open: false, closeWithoutThem: true, null, Ct)).Value!.State);
        var late = await assessments.SaveTableAsync(new OzpsAccess("0608011", false, false), Worker, "0608011", 2019, "infrastruktura", new Dictionary<string, string?> { ["w1-o"] = "1" }, 0, Ct);
        Assert.Equal((MonitoringErrors.PeriodLockedCode, "Zbieranie ocen za ten rok jest zamknięte przez ROPS."), (late.Errors[0].Code, late.Errors[0].Message));
        Assert.Equal(MonitoringErrors.ReopenReasonMissingCode, Assert.Single((await regions.LockAsync(Rops, ropsActor, "06", 2019, open: true, false, " ", Ct)).Errors).Code);
        Assert.Equal(PeriodState.Open, (await regions.LockAsync(Rops, ropsActor, "06", 2019, open: true, false, "korekta GOPS", Ct)).Value!.State);

        var refused = await regions.RegionAsync(Gops, "06", 2019, Ct);
        Assert.Equal(AssessmentErrors.NotFoundCode, Assert.Single(refused.Errors).Code);
    }
}
