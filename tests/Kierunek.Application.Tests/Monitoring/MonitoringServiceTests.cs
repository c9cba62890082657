using Kierunek.Application.Monitoring;
using Kierunek.Domain.Institutions;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Values;
using Kierunek.Import.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kierunek.Application.Tests.Monitoring;

using Kierunek.Data;
using Kierunek.Data.Tests;

/// <summary>The yearly monitoring on SQLite and PostgreSQL: a value goes from missing through draft and
/// submission to return, correction and approval; the period locks and reopens with a reason; a reporter
/// cannot touch another institution's value; two people saving the same value never overwrite each
/// other; every step is in the audit, which cannot be changed.</summary>
public class MonitoringServiceTests(StoredLublin lublin)
{
    public static TheoryData<string> Providers => Databases.Providers;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Actor Coordinator = new("koordynator@kierunek.local", null, Reviews: true);
    private static readonly Actor Mopr = new("mopr@kierunek.local", "mopr", Reviews: false);
    private static readonly Actor Mup = new("mup@kierunek.local", "mup", Reviews: false);

    /// <summary>The comment a value far from last year's printed one needs (the entry rules ask for it).</summary>
    private const string Why = "dane z rejestru MOPR";

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_value_goes_from_draft_to_approval_and_the_period_locks(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        using var db = Database.Open(database.Target);
        var (service, entry, indicator) = await AssignedAsync(db);

        Assert.True((await service.SaveAsync(entry.Id, "ok. 3 700", null, submit: false, 0, null, Mopr, Ct)).Done);
        Assert.True((await service.SaveAsync(entry.Id, "ok. 3 700", null, submit: true, 1, null, Mopr, Ct)).Done);
        var returned = await service.ReturnAsync(entry.Id, "Podaj liczbę dokładną z rejestru.", 2, Coordinator, Ct);
        Assert.True(returned.Done, returned.Error?.Message);
        Assert.True((await service.SaveAsync(entry.Id, "3 712", null, submit: true, 3, null, Mopr, Ct)).Done);
        Assert.True((await service.ApproveAsync(entry.Id, 4, Coordinator, Ct)).Done);
        Assert.True((await service.LockAsync(entry.Period, Coordinator, Ct)).Done);

        var stored = await db.Entries.AsNoTracking().SingleAsync(e => e.Id == entry.Id, Ct);
        Assert.Equal(("3 712", EntryState.Approved, 3712m), (stored.Raw, stored.State, stored.Number));
        var history = await service.HistoryAsync(entry.Id, Ct);
        Assert.Equal(["zapis roboczy", "przekazanie", "zwrot do poprawy", "przekazanie", "zatwierdzenie"], history.Select(h => h.Action));
        Assert.Equal("Podaj liczbę dokładną z rejestru.", history[2].Reason);
        Assert.Equal("ok. 3 700 [Returned]", history[3].OldValue);
        Assert.Equal("3 712 [Submitted]", history[3].NewValue);
        Assert.All(history, h => Assert.NotEqual(default, h.At));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_locked_period_refuses_changes_until_reopened_with_a_reason(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        using var db = Database.Open(database.Target);
        var (service, entry, indicator) = await AssignedAsync(db);
        await service.SaveAsync(entry.Id, "b.d.", null, submit: true, 0, null, Mopr, Ct);
        await service.ApproveAsync(entry.Id, 1, Coordinator, Ct);
        Assert.True((await service.LockAsync(entry.Period, Coordinator, Ct)).Done);

        Assert.False((await service.ReturnAsync(entry.Id, "zmiana", 2, Coordinator, Ct)).Done);
        Assert.Equal("Podaj powód ponownego otwarcia okresu.", (await service.ReopenAsync(entry.Period, " ", Coordinator, Ct)).Error?.Message);
        Assert.True((await service.ReopenAsync(entry.Period, "Korekta danych MOPR po kontroli.", Coordinator, Ct)).Done);
        var reopening = await db.Audit.AsNoTracking().Where(a => a.Action == "ponowne otwarcie okresu").SingleAsync(Ct);
        Assert.Equal("Korekta danych MOPR po kontroli.", reopening.Reason);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_approved_value_is_corrected_after_reopening_the_period_and_the_value_with_reasons(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        using var db = Database.Open(database.Target);
        var (service, entry, _) = await AssignedAsync(db);
        await service.SaveAsync(entry.Id, "12\u00003", null, submit: true, 0, null, Mopr, Ct); // refused: nothing changes
        Assert.True((await service.SaveAsync(entry.Id, "120", null, submit: true, 0, null, Mopr, Ct)).Done);
        Assert.True((await service.ApproveAsync(entry.Id, 1, Coordinator, Ct)).Done);
        Assert.True((await service.LockAsync(entry.Period, Coordinator, Ct)).Done);

        Assert.Equal(MonitoringErrors.PeriodLockedCode, (await service.ReopenEntryAsync(entry.Id, "Korekta po kontroli.", 2, Coordinator, Ct)).Error?.Code);
        Assert.True((await service.ReopenAsync(entry.Period, "Kontrola wykazała błąd w danych MOPR.", Coordinator, Ct)).Done);
        Assert.Equal(MonitoringErrors.ReviewersOnlyCode, (await service.ReopenEntryAsync(entry.Id, "sam poprawię", 2, Mopr, Ct)).Error?.Code);
        Assert.True((await service.ReopenEntryAsync(entry.Id, "Korekta po kontroli: 112, nie 120.", 2, Coordinator, Ct)).Done);
        Assert.True((await service.SaveAsync(entry.Id, "112", "po kontroli", submit: true, 3, null, Mopr, Ct)).Done);
        Assert.True((await service.ApproveAsync(entry.Id, 4, Coordinator, Ct)).Done);
        Assert.True((await service.LockAsync(entry.Period, Coordinator, Ct)).Done);

        var stored = await db.Entries.AsNoTracking().SingleAsync(e => e.Id == entry.Id, Ct);
        Assert.Equal(("112", EntryState.Approved), (stored.Raw, stored.State));
        var history = await service.HistoryAsync(entry.Id, Ct);
        Assert.Equal(["przekazanie", "zatwierdzenie", "ponowne otwarcie wartości", "przekazanie", "zatwierdzenie"], history.Select(h => h.Action));
        Assert.Equal(("Korekta po kontroli: 112, nie 120.", "120 [Approved]", "120 [Returned]"), (history[2].Reason, history[2].OldValue, history[2].NewValue));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_period_with_values_still_waiting_does_not_lock(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        using var db = Database.Open(database.Target);
        var (service, entry, _) = await AssignedAsync(db);
        Assert.Equal(MonitoringErrors.NotDeliveredCode, (await service.LockAsync(entry.Period, Coordinator, Ct)).Error?.Code);
        Assert.True((await service.SaveAsync(entry.Id, "12", null, submit: true, 0, null, Mopr, Ct)).Done);
        Assert.Equal(MonitoringErrors.NotAllApprovedCode, (await service.LockAsync(entry.Period, Coordinator, Ct, closeWithoutMissing: true)).Error?.Code);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_period_closes_without_the_values_nobody_delivered_when_the_coordinator_confirms(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        using var db = Database.Open(database.Target);
        var (service, entry, _) = await AssignedAsync(db);
        Assert.True((await service.LockAsync(entry.Period, Coordinator, Ct, closeWithoutMissing: true)).Done);
        Assert.Equal(PeriodState.Locked, (await db.Periods.AsNoTracking().SingleAsync(p => p.Id == entry.Period, Ct)).State);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_reporter_cannot_change_another_institutions_value(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        using var db = Database.Open(database.Target);
        var (service, entry, indicator) = await AssignedAsync(db);
        var outcome = await service.SaveAsync(entry.Id, "5", null, submit: false, 0, null, Mup, Ct);
        Assert.Equal("Ta wartość należy do innej instytucji.", outcome.Error?.Message);
        Assert.Null((await db.Entries.AsNoTracking().SingleAsync(e => e.Id == entry.Id, Ct)).Raw);
        Assert.False((await service.ApproveAsync(entry.Id, 0, Mopr, Ct)).Done); // nor review anything
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_second_of_two_saves_from_the_same_version_gets_a_conflict_and_nothing_is_lost(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        var target = database.Target;
        using var db = Database.Open(target);
        var (_, entry, indicator) = await AssignedAsync(db);

        // Two people load the form at version 0 and save in turn, each through their own connection.
        using var first = Database.Open(target);
        using var second = Database.Open(target);
        var a = await Services.MonitoringOf(first, TimeProvider.System).SaveAsync(entry.Id, "120", null, false, 0, null, Mopr, Ct);
        var b = await Services.MonitoringOf(second, TimeProvider.System).SaveAsync(entry.Id, "125", null, false, 0, null, Mopr with { Name = "kolega@mopr" }, Ct);

        Assert.True(a.Done);
        Assert.True(b.Conflict);
        Assert.Equal("120", b.Current!.Raw);
        Assert.Contains("Ktoś inny (mopr@kierunek.local) zapisał tę wartość w międzyczasie: „120”", b.Error?.Message);
        Assert.Equal("120", (await db.Entries.AsNoTracking().SingleAsync(e => e.Id == entry.Id, Ct)).Raw);
        Assert.Single(await Services.MonitoringOf(db, TimeProvider.System).HistoryAsync(entry.Id, Ct)); // the refused save left no audit
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_audit_cannot_be_changed_or_deleted(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        using var db = Database.Open(database.Target);
        await AssignedAsync(db);
        await Assert.ThrowsAnyAsync<Exception>(() => db.Audit.ExecuteUpdateAsync(s => s.SetProperty(a => a.User, "ktoś"), Ct));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Audit.ExecuteDeleteAsync(Ct));
        Assert.NotEqual(0, await db.Audit.CountAsync(Ct));

        // Nor through an insert that replaces a row: SQLite's REPLACE (which deletes without the delete trigger)
        // and PostgreSQL's ON CONFLICT DO UPDATE.
        var first = await db.Audit.AsNoTracking().OrderBy(a => a.Id).FirstAsync(Ct);
        var at = first.At.ToString("O");
        var forge = provider == "sqlite"
            ? $"REPLACE INTO audit (Id, At, User, Action, Entity, EntityKey) VALUES ({first.Id}, '{at}', 'ktoś', 'fałszerstwo', 'x', 'x')"
            : $"INSERT INTO audit (\"Id\", \"At\", \"User\", \"Action\", \"Entity\", \"EntityKey\") VALUES ({first.Id}, '{at}', 'ktoś', 'fałszerstwo', 'x', 'x') " +
              "ON CONFLICT (\"Id\") DO UPDATE SET \"User\" = EXCLUDED.\"User\"";
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync(forge, Ct));
        if (provider == "sqlite")
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync(forge.Replace("REPLACE INTO", "INSERT OR REPLACE INTO"), Ct));
        var after = await db.Audit.AsNoTracking().SingleAsync(a => a.Id == first.Id, Ct);
        Assert.Equal((first.User, first.Action), (after.User, after.Action));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_submission_that_breaks_a_rule_is_refused_with_the_reason(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        using var db = Database.Open(database.Target);
        var (service, entry, indicator) = await AssignedAsync(db);
        var lastYear = new RecordedValue("100", ValueReader.Read("100").Reading!);
        var outcome = await service.SaveAsync(entry.Id, "300", null, submit: true, 0, lastYear, Mopr, Ct);
        Assert.Contains("zmieniła się o 200%", outcome.Error?.Message);
        Assert.Equal(EntryState.Missing, (await db.Entries.AsNoTracking().SingleAsync(e => e.Id == entry.Id, Ct)).State);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_table_is_saved_at_once_and_each_refused_row_is_named_while_the_others_are_kept(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        using var db = Database.Open(database.Target);
        var (service, ids) = await TableAsync(db, 4);
        var before = await db.Audit.CountAsync(Ct);
        var outcomes = await service.SaveManyAsync([
            new(ids[0], "120", null, 0), new(ids[1], "12,3,4", null, 0), new(ids[2], "b.d.", "brak danych z GUS", 7), new(ids[3], "ok. 3.700", "szacunek z rejestru", 0),
        ], submit: true, Mopr, Ct);

        Assert.Equal([true, false, false, true], outcomes.Select(o => o.Outcome.Done));
        Assert.Equal(MonitoringErrors.InvalidValueCode, outcomes[1].Outcome.Error!.Code);
        Assert.True(outcomes[2].Outcome.Conflict); // the form was loaded at another version
        db.ChangeTracker.Clear();
        var stored = await db.Entries.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, Ct);
        Assert.Equal(("120", EntryState.Submitted, 1), (stored[ids[0]].Raw, stored[ids[0]].State, stored[ids[0]].Version));
        Assert.Equal(("ok. 3.700", EntryState.Submitted, 1), (stored[ids[3]].Raw, stored[ids[3]].State, stored[ids[3]].Version));
        Assert.Equal((null, EntryState.Missing, 0), (stored[ids[1]].Raw, stored[ids[1]].State, stored[ids[1]].Version));
        Assert.Equal(2, await db.Audit.CountAsync(Ct) - before); // one audit entry per saved value
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_table_row_is_checked_against_the_value_approved_last_year_which_the_save_finds_itself(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        using var db = Database.Open(database.Target);
        var service = Services.MonitoringOf(db, TimeProvider.System);
        var last = (await MoprValues.AssignAsync(db, 1, Ct, year: 2020)).Single();
        Assert.True((await service.SaveManyAsync([new(last, "100", null, 0)], submit: true, Mopr, Ct)).Single().Outcome.Done);
        Assert.True((await service.ApproveAsync(last, 1, Coordinator, Ct)).Done);
        var now = (await MoprValues.AssignAsync(db, 1, Ct, year: 2021)).Single();

        var jump = (await service.SaveManyAsync([new(now, "300", null, 0)], submit: true, Mopr, Ct)).Single().Outcome;
        Assert.Contains("zmieniła się o 200%", jump.Error?.Message);
        var explained = (await service.SaveManyAsync([new(now, "300", "nowy program osłonowy", 0)], submit: true, Mopr, Ct)).Single().Outcome;
        Assert.True(explained.Done, explained.Error?.Message);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_table_of_one_period_refuses_a_value_of_another_period_or_institution_as_one_that_does_not_exist(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        using var db = Database.Open(database.Target);
        var service = Services.MonitoringOf(db, TimeProvider.System);
        var other = (await MoprValues.AssignAsync(db, 1, Ct, year: 2020)).Single();
        var own = (await MoprValues.AssignAsync(db, 1, Ct, year: 2021)).Single();
        var within = new MonitoringService.Within(SeedFiles.LublinReport.Key, 2021);

        var outcomes = await service.SaveManyAsync([new(own, "12", Why, 0), new(other, "13", Why, 0)], submit: false, Mopr, Ct, within: within);
        Assert.Equal([(own, (string?)null), (other, MonitoringErrors.EntryNotFoundCode)], outcomes.Select(o => (o.EntryId, o.Outcome.Error?.Code)));
        var foreign = await service.SaveManyAsync([new(own, "14", Why, 1)], submit: false, Mup, Ct, within: within);
        Assert.Equal(MonitoringErrors.EntryNotFoundCode, foreign.Single().Outcome.Error?.Code);
        Assert.Equal((null, 0), await db.Entries.AsNoTracking().Where(e => e.Id == other).Select(e => new ValueTuple<string?, int>(e.Raw, e.Version)).SingleAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_value_a_reimport_detached_from_the_document_is_kept_as_it_was_not_saved_through_a_table(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        using var db = Database.Open(database.Target);
        var (service, ids) = await TableAsync(db, 3);
        Assert.True((await service.SaveManyAsync([new(ids[0], "12", Why, 0), new(ids[1], "13", Why, 0)], submit: false, Mopr, Ct)).All(o => o.Outcome.Done));
        // As a re-import leaves them (DocumentImports): the first value's indicator removed, the second's whole item.
        await db.Entries.Where(e => e.Id == ids[0]).ExecuteUpdateAsync(u => u.SetProperty(e => e.IndicatorIndex, (int?)null).SetProperty(e => e.DetachedIndicator, "usunięty wskaźnik"), Ct);
        var item = await db.Entries.Where(e => e.Id == ids[1]).Select(e => e.AssignmentId).SingleAsync(Ct);
        await db.Assignments.Where(a => a.Id == item).ExecuteUpdateAsync(u => u.SetProperty(a => a.NodePosition, (int?)null).SetProperty(a => a.DetachedNode, "usunięte działanie"), Ct);
        db.ChangeTracker.Clear(); // the next save is another request

        var outcomes = await service.SaveManyAsync([new(ids[0], "99", Why, 1), new(ids[1], "98", Why, 1), new(ids[2], "14", Why, 0)], submit: true, Mopr, Ct,
            within: new MonitoringService.Within(SeedFiles.LublinReport.Key, 2021));

        Assert.Equal([MonitoringErrors.EntryNotFoundCode, MonitoringErrors.EntryNotFoundCode, null], outcomes.Select(o => o.Outcome.Error?.Code));
        var kept = await db.Entries.AsNoTracking().Where(e => ids.Contains(e.Id)).OrderBy(e => e.Id).Select(e => new ValueTuple<string?, EntryState>(e.Raw, e.State)).ToListAsync(Ct);
        Assert.Equal([("12", EntryState.Draft), ("13", EntryState.Draft), ("14", EntryState.Submitted)], kept);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_value_someone_saves_while_the_table_is_written_is_named_as_a_conflict_and_the_rest_is_saved(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        using var db = Database.Open(database.Target);
        using var colleague = Database.Open(database.Target);
        var (service, ids) = await TableAsync(db, 3);
        // Between the table's read and its write, a colleague saves the second value (through another connection).
        var raced = false;
        db.ChangeTracker.StateChanged += (_, e) =>
        {
            if (raced || e.Entry.Entity is not Kierunek.Data.Monitoring.EntryRow { } row || row.Id != ids[1]) return;
            raced = true;
            colleague.Entries.Where(x => x.Id == ids[1]).ExecuteUpdate(u => u.SetProperty(x => x.Raw, "77").SetProperty(x => x.Version, 1).SetProperty(x => x.UpdatedBy, "kolega@mopr"));
        };
        var outcomes = await service.SaveManyAsync([new(ids[0], "10", Why, 0), new(ids[1], "20", Why, 0), new(ids[2], "30", Why, 0)], submit: false, Mopr, Ct);

        Assert.True(raced);
        Assert.Equal([true, false, true], outcomes.Select(o => o.Outcome.Done));
        Assert.True(outcomes[1].Outcome.Conflict);
        Assert.Equal("77", outcomes[1].Outcome.Current!.Raw);
        db.ChangeTracker.Clear();
        var stored = await db.Entries.AsNoTracking().Where(e => ids.Contains(e.Id)).OrderBy(e => e.Id).Select(e => e.Raw).ToListAsync(Ct);
        Assert.Equal(["10", "77", "30"], stored);
    }

    private static async Task<(MonitoringService Service, List<int> Ids)> TableAsync(KierunekDb db, int count) =>
        (Services.MonitoringOf(db, TimeProvider.System), await MoprValues.AssignAsync(db, count, Ct));

    /// <summary>In a copy of <see cref="StoredLublin"/>: a period 2021 open, its first action with an indicator given to "mopr".</summary>
    private static async Task<(MonitoringService Service, (int Id, int Period) Entry, Indicator Indicator)> AssignedAsync(KierunekDb db)
    {
        var document = SeedFiles.LublinReport;
        var service = Services.MonitoringOf(db, TimeProvider.System);
        var opened = await service.OpenPeriodAsync(document.Key, 2021, CampaignSettings.None, Coordinator, Ct);
        Assert.True(opened.IsSuccess, string.Join(" ", opened.Errors));
        var period = opened.Value!;
        var nodes = document.AllNodes().ToList();
        var position = nodes.FindIndex(n => n.Kind == NodeKind.Measure && n.Indicators.Count == 1);
        var assigned = await new Assignments(db, TimeProvider.System, NullLogger<Assignments>.Instance).AssignAsync(period.Id, position, nodes[position], new Institution("mopr", "Miejski Ośrodek Pomocy Rodzinie", InstitutionKind.SocialWelfareCentre, null), Coordinator, Ct);
        Assert.True(assigned.Done, assigned.Error?.Message);
        var entry = await db.Entries.AsNoTracking().SingleAsync(Ct);
        db.ChangeTracker.Clear();
        return (service, (entry.Id, period.Id), nodes[position].Indicators[0]);
    }
}
