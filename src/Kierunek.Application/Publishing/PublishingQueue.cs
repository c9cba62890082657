namespace Kierunek.Application.Publishing;

/// <summary>Wakes the background round that makes publications (<see cref="Publications.RunNextAsync"/>) when one is
/// requested in this process; the round also looks every few seconds, for requests made by another instance.</summary>
public sealed class PublishingQueue
{
    private readonly SemaphoreSlim signal = new(0, 1);

    /// <summary>A request was added.</summary>
    public void Signal()
    {
        // At most one wake-up waits: a round started by it takes every request waiting by then.
        if (signal.CurrentCount == 0) try { signal.Release(); } catch (SemaphoreFullException) { }
    }

    /// <summary>Until a request is added or <paramref name="timeout"/> passes.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => signal.WaitAsync(timeout, ct);
}
