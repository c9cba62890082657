using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Kierunek.Data;

/// <summary>SQLite lets one writer in at a time and makes the others poll and sleep until it is done, so
/// under many concurrent saves the unlucky ones wait far longer than the write takes. Writers of one
/// database file queue here instead, in order, without sleeping. A save inside an explicit transaction
/// (an import) already holds SQLite's lock and passes straight through, so the two never wait on each other.</summary>
internal sealed class SqliteWriteGate : SaveChangesInterceptor
{
    public static SqliteWriteGate Instance { get; } = new();

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new();
    /// <summary>The gate each saving context holds (an AsyncLocal set in an async override would not flow back).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, SemaphoreSlim> Held = new();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (GateFor(eventData.Context) is { } gate)
        {
            await gate.WaitAsync(cancellationToken);
            Held.AddOrUpdate(eventData.Context!, gate);
        }
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (GateFor(eventData.Context) is { } gate)
        {
            gate.Wait();
            Held.AddOrUpdate(eventData.Context!, gate);
        }
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default) => new(Release(eventData.Context, result));
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) => Release(eventData.Context, result);
    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Release(eventData.Context, 0);
    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) { Release(eventData.Context, 0); return Task.CompletedTask; }
    public override void SaveChangesCanceled(DbContextEventData eventData) => Release(eventData.Context, 0);
    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) { Release(eventData.Context, 0); return Task.CompletedTask; }

    private static SemaphoreSlim? GateFor(DbContext? context) =>
        context is null || context.Database.CurrentTransaction is not null
            ? null
            : Gates.GetOrAdd(context.Database.GetConnectionString() ?? "", _ => new SemaphoreSlim(1, 1));

    private static int Release(DbContext? context, int result)
    {
        if (context is not null && Held.TryGetValue(context, out var gate))
        {
            Held.Remove(context);
            gate.Release();
        }
        return result;
    }
}
