using Kierunek.Data;
using Kierunek.Data.Audit;
using Kierunek.Data.Strategies;
using Kierunek.Domain.Strategies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Kierunek.Application.Strategies;

/// <summary>The stored strategies for the pages: the list, and a whole document read once from its
/// exchange-format copy and kept in memory until its next version is imported.</summary>
public sealed class StrategyCatalog(KierunekDb db, IMemoryCache cache, TimeProvider clock)
{
    public sealed record Entry(string Key, string Title, string Layout, int? PeriodFrom, int? PeriodTo, DateTimeOffset ImportedAt);

    public Task<List<Entry>> ListAsync(CancellationToken ct = default) =>
        db.Documents.OrderBy(d => d.Title)
            .Select(d => new Entry(d.Key, d.Title, d.Layout, d.PeriodFrom, d.PeriodTo, d.ImportedAt))
            .ToListAsync(ct);

    /// <summary>The document's imports and re-imports, the latest first.</summary>
    public async Task<IReadOnlyList<AuditRow>> HistoryAsync(string key, int latest, CancellationToken ct = default) =>
        await db.Audit.AsNoTracking().Where(a => a.Entity == "document" && a.EntityKey == key).OrderByDescending(a => a.Id).Take(latest).ToListAsync(ct);

    /// <summary>The tree of a document <see cref="GetAsync"/> gave, built once per cached document: a strategy of
    /// 6 000 actions takes milliseconds to index, and every list of a period's values asks for it.</summary>
    public static StrategyTree TreeOf(StrategyDocument cached) => Trees.GetValue(cached, d => new StrategyTree(d));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<StrategyDocument, StrategyTree> Trees = [];

    public async Task<StrategyDocument?> GetAsync(string key, CancellationToken ct = default)
    {
        var version = await db.Documents.Where(d => d.Key == key).Select(d => (int?)d.Version).SingleOrDefaultAsync(ct);
        if (version is null) return null;
        // A re-import is a new version: the next request reads the new one.
        var cacheKey = $"strategia:{key}:{version}";
        if (cache.TryGetValue(cacheKey, out StrategyDocument? cached)) return cached;
        // One reader builds it, the others wait for that one: sixty requests arriving after a restart would otherwise
        // each read and parse the same 6 000 actions at once.
        var gate = Loading.GetOrAdd(cacheKey, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            if (cache.TryGetValue(cacheKey, out cached)) return cached;
            var document = cache.Set(cacheKey, await new DocumentStore(db, clock).LoadAsync(key, ct), new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(30) });
            // Those still waiting hold the gate and find the document in the cache; later ones do not need the gate.
            Loading.TryRemove(cacheKey, out _);
            return document;
        }
        finally
        {
            gate.Release();
        }
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SemaphoreSlim> Loading = new();
}
