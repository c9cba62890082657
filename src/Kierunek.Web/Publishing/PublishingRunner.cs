using Kierunek.Application.Publishing;

namespace Kierunek.Web.Publishing;

/// <summary>Makes the requested publications in the background, one after another: woken by a request in this
/// process, and looking every few seconds for one made elsewhere. The page and the API follow each job's progress.</summary>
public sealed class PublishingRunner(IServiceScopeFactory scopes, PublishingQueue queue, ILogger<PublishingRunner> logger) : BackgroundService
{
    /// <summary>How often the round looks when nothing woke it (a request made by another instance of the application).</summary>
    public static readonly TimeSpan Look = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                bool more;
                do
                {
                    await using var scope = scopes.CreateAsyncScope();
                    more = await scope.ServiceProvider.GetRequiredService<Publications>().RunNextAsync(stoppingToken);
                }
                while (more && !stoppingToken.IsCancellationRequested);
                await queue.WaitAsync(Look, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A database briefly away must not stop publishing for good: the next look tries again.
                PublishingRunnerLog.Failed(logger, e);
                try { await Task.Delay(Look, stoppingToken); } catch (OperationCanceledException) { return; }
            }
        }
    }
}

internal static partial class PublishingRunnerLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Error, Message = "Publishing round failed; the next one in a few seconds")]
    public static partial void Failed(ILogger logger, Exception e);
}
