using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Kierunek.Data.Audit;

/// <summary>The audit as a hash chain: every row carries the SHA-256 of its content and of the row before it
/// (<see cref="AuditRow.Sequence"/> orders them). The triggers refuse UPDATE, DELETE and REPLACE; the chain shows a
/// change made past them (triggers dropped, the file edited): the first row whose hash no longer fits is named.
/// Rows are chained as they are saved (<see cref="KierunekDb"/>), one writer at a time.</summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of the first row.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>PostgreSQL keeps time to the microsecond, SQLite to the tick: the hashed time is the stored one on both.</summary>
    public static DateTimeOffset Stored(DateTimeOffset at) => new DateTimeOffset(at.UtcTicks - at.UtcTicks % 10, TimeSpan.Zero);

    public static string HashOf(string previous, AuditRow row)
    {
        // A JSON array is an unambiguous encoding of the fields (no separator can be forged inside a value).
        var content = JsonSerializer.Serialize(new object?[]
        {
            previous, row.Sequence, Stored(row.At).UtcTicks, row.User, row.Action, row.Entity, row.EntityKey, row.OldValue, row.NewValue, row.Reason,
        });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }

    /// <summary>Gives the added rows their places at the end of the chain. Called inside the transaction that writes
    /// them, after the provider's lock, so no two writers chain onto the same row (the unique sequence would refuse it).</summary>
    internal static void Chain(IReadOnlyList<AuditRow> added, long? lastSequence, string? lastHash)
    {
        var sequence = lastSequence ?? 0;
        var previous = lastHash ?? Genesis;
        foreach (var row in added)
        {
            row.At = Stored(row.At);
            row.Sequence = ++sequence;
            row.Hash = previous = HashOf(previous, row);
        }
    }

    /// <summary>Recomputes the whole chain in order, reading row by row (the audit may be large).</summary>
    public static async Task<AuditVerification> VerifyAsync(KierunekDb db, CancellationToken ct = default)
    {
        var unchained = await db.Audit.LongCountAsync(a => a.Sequence == null, ct);
        long expected = 1, checkedRows = 0;
        var previous = Genesis;
        await foreach (var row in db.Audit.AsNoTracking().Where(a => a.Sequence != null).OrderBy(a => a.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (row.Sequence != expected)
                return new AuditVerification(checkedRows, unchained, row.Id, row.Sequence,
                    $"po wpisie nr {expected - 1} łańcucha następuje nr {row.Sequence}: brakuje {row.Sequence - expected} wpisów (usunięte)");
            if (HashOf(previous, row) != row.Hash)
                return new AuditVerification(checkedRows, unchained, row.Id, row.Sequence,
                    "skrót wpisu nie zgadza się z jego treścią i skrótem wpisu poprzedniego (wpis zmieniony albo podstawiony)");
            previous = row.Hash!;
            expected++;
            checkedRows++;
        }
        return new AuditVerification(checkedRows, unchained, null, null, null);
    }
}

/// <param name="Checked">Rows found intact, in order, before the first break (all of them when intact).</param>
/// <param name="Unchained">Rows written before the chain existed (no hash): shown, not verifiable.</param>
/// <param name="BrokenRowId">The audit row (its id) where the chain breaks; null when intact.</param>
public sealed record AuditVerification(long Checked, long Unchained, long? BrokenRowId, long? BrokenSequence, string? Why)
{
    public bool Intact => BrokenRowId is null;
}
