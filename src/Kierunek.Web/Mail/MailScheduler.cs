using Kierunek.Application.Mail;
using Microsoft.Extensions.Options;

namespace Kierunek.Web.Mail;

/// <summary>The application's own clock for e-mail: every few minutes (Kierunek:Mail:SchedulerMinutes) it plans the
/// day's deadline reminders and sends what waits in the outbox. It runs in every instance; the database keeps two
/// of them from writing or sending the same e-mail twice (<see cref="Reminders"/>, <see cref="Outbox"/>).</summary>
public sealed class MailScheduler(IServiceScopeFactory scopes, IOptions<MailOptions> options, TimeProvider clock, ILogger<MailScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.SchedulerMinutes), clock);
        do
        {
            await RunOnceAsync(scopes, logger, stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One round: plan, then send. Also what the outbox page's "Wyślij teraz" does.</summary>
    public static async Task<(int Planned, int Sent)> RunOnceAsync(IServiceScopeFactory scopes, ILogger logger, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var planned = await scope.ServiceProvider.GetRequiredService<Reminders>().PlanAsync(ct);
            var sent = await scope.ServiceProvider.GetRequiredService<Outbox>().DispatchAsync(ct);
            return (planned, sent);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The next round tries again; a database that is briefly away must not stop the scheduler for good.
            MailSchedulerLog.Failed(logger, e);
            return (0, 0);
        }
    }
}

internal static partial class MailSchedulerLog
{
    [LoggerMessage(EventId = 5101, Level = LogLevel.Error, Message = "Harmonogram poczty: przebieg nieudany, następny za kilka minut")]
    public static partial void Failed(ILogger logger, Exception e);
}
