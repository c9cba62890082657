using Kierunek.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace Kierunek.Data.Tests.Audit;

/// <summary>Every audit row is chained to the one before it by its hash. Past the triggers (dropped or disabled, as
/// someone with the database file or the owner's password could), a changed or deleted row is named by the verification;
/// writers at the same time never fork the chain. On SQLite and PostgreSQL.</summary>
public class AuditChainTests
{
    public static TheoryData<string> Providers => Databases.Providers;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Rows_saved_one_by_one_and_together_form_an_intact_chain(string provider)
    {
        using var database = Databases.Fresh(provider);
        using var db = Database.Open(database.Target);
        await WriteAsync(db, 5);

        var result = await AuditChain.VerifyAsync(db, Ct);

        Assert.True(result.Intact, result.Why);
        Assert.Equal(5, result.Checked);
        Assert.Equal([1L, 2, 3, 4, 5], await db.Audit.OrderBy(a => a.Id).Select(a => a.Sequence!.Value).ToListAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_row_changed_past_the_triggers_is_named_by_the_verification(string provider)
    {
        using var database = Databases.Fresh(provider);
        using var db = Database.Open(database.Target);
        await WriteAsync(db, 5);
        var forged = await db.Audit.SingleAsync(a => a.Sequence == 3, Ct);

        await PastTheTriggersAsync(db, provider, "UPDATE audit SET \"NewValue\" = 'sfałszowane' WHERE \"Sequence\" = 3");

        var result = await AuditChain.VerifyAsync(db, Ct);
        Assert.False(result.Intact);
        Assert.Equal((forged.Id, 3L, 2L), (result.BrokenRowId!.Value, result.BrokenSequence!.Value, result.Checked));
        Assert.Contains("nie zgadza się", result.Why);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_row_deleted_past_the_triggers_breaks_the_chain_at_the_next_one(string provider)
    {
        using var database = Databases.Fresh(provider);
        using var db = Database.Open(database.Target);
        await WriteAsync(db, 4);
        var next = await db.Audit.SingleAsync(a => a.Sequence == 3, Ct);

        await PastTheTriggersAsync(db, provider, "DELETE FROM audit WHERE \"Sequence\" = 2");

        var result = await AuditChain.VerifyAsync(db, Ct);
        Assert.Equal(next.Id, result.BrokenRowId);
        Assert.Contains("brakuje 1 wpisów", result.Why);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Writers_at_the_same_time_never_fork_the_chain(string provider)
    {
        using var database = Databases.Fresh(provider);
        using (var first = Database.Open(database.Target)) await WriteAsync(first, 1);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            await using var db = Database.Open(database.Target);
            db.Audit.Add(Row($"równolegle {i}"));
            await db.SaveChangesAsync(Ct);
        }));

        using var check = Database.Open(database.Target);
        var result = await AuditChain.VerifyAsync(check, Ct);
        Assert.True(result.Intact, result.Why);
        Assert.Equal(9, result.Checked);
    }

    [Fact]
    public async Task Postgres_refuses_to_truncate_the_audit()
    {
        using var database = Databases.Fresh("postgres");
        using var db = Database.Open(database.Target);
        await WriteAsync(db, 1);
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("TRUNCATE audit", Ct));
        Assert.Equal(1, await db.Audit.CountAsync(Ct));
    }

    private static async Task WriteAsync(KierunekDb db, int count)
    {
        // Some saves with one row, one with two: the chain does not depend on how rows are batched.
        for (var i = 0; i < count; i++)
        {
            db.Audit.Add(Row($"wpis {i}"));
            if (i == count - 2) continue;
            await db.SaveChangesAsync(Ct);
        }
        db.ChangeTracker.Clear();
    }

    private static AuditRow Row(string value) => new()
    {
        At = DateTimeOffset.UtcNow, User = "test", Action = "zapis", Entity = "entry", EntityKey = "1", NewValue = value,
    };

    /// <summary>What an attacker with the database would do: turn the append-only triggers off, then write.</summary>
    private static async Task PastTheTriggersAsync(KierunekDb db, string provider, string sql)
    {
        var off = provider == "sqlite" ? "DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;" : "ALTER TABLE audit DISABLE TRIGGER audit_no_change;";
        await db.Database.ExecuteSqlRawAsync(off, Ct);
        await db.Database.ExecuteSqlRawAsync(sql, Ct);
    }
}
