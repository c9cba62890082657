using Kierunek.Application.Strategies;
using Kierunek.Data;
using Kierunek.Data.Audit;
using Kierunek.Data.Publishing;
using Kierunek.Domain.Strategies;
using Microsoft.EntityFrameworkCore;

namespace Kierunek.Application.Publishing;

/// <summary>Strategies a coordinator made public: their tree and indicators as the stored version gives them, on an
/// anonymous page (BIP-friendly) — the document's own values only, never monitoring still being collected. Making a
/// strategy public, or taking it back, is audited.</summary>
public sealed class PublicStrategies(KierunekDb db, StrategyCatalog catalog, TimeProvider clock)
{
    public sealed record Entry(string Key, string Title, int? PeriodFrom, int? PeriodTo, DateTimeOffset PublishedAt);

    public Task<bool> IsPublicAsync(string key, CancellationToken ct = default) => db.PublicStrategies.AnyAsync(p => p.DocumentKey == key, ct);

    /// <summary>The public strategies, by title.</summary>
    public async Task<IReadOnlyList<Entry>> ListAsync(CancellationToken ct = default) =>
        (await db.PublicStrategies.AsNoTracking()
            .Join(db.Documents, p => p.DocumentKey, d => d.Key, (p, d) => new { d.Key, d.Title, d.PeriodFrom, d.PeriodTo, p.PublishedAt })
            .ToListAsync(ct))
        .Select(e => new Entry(e.Key, e.Title, e.PeriodFrom, e.PeriodTo, e.PublishedAt)).OrderBy(e => e.Title, Domain.Values.PolishFormat.Alphabetical).ToList();

    /// <summary>The strategy when it is public; null when it is not (or does not exist).</summary>
    public async Task<StrategyDocument?> GetAsync(string key, CancellationToken ct = default) =>
        await IsPublicAsync(key, ct) ? await catalog.GetAsync(key, ct) : null;

    /// <summary>Makes the strategy public or takes it back; false when there is no such strategy.</summary>
    public async Task<bool> SetAsync(string key, bool open, string user, CancellationToken ct = default)
    {
        if (!await db.Documents.AnyAsync(d => d.Key == key, ct)) return false;
        var row = await db.PublicStrategies.SingleOrDefaultAsync(p => p.DocumentKey == key, ct);
        if (open == row is not null) return true;
        if (open) db.PublicStrategies.Add(new PublicStrategyRow { DocumentKey = key, PublishedAt = clock.GetUtcNow(), PublishedBy = user });
        else db.PublicStrategies.Remove(row!);
        db.Audit.Add(new AuditRow
        {
            At = clock.GetUtcNow(), User = user, Action = open ? "udostępnienie strategii publicznie" : "wycofanie strategii z części publicznej",
            Entity = "document", EntityKey = key, NewValue = open ? "drzewo i wskaźniki w części publicznej" : "tylko dla zalogowanych",
        });
        await db.SaveChangesAsync(ct);
        return true;
    }
}
