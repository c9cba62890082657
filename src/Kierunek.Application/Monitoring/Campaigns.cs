using Kierunek.Data;
using Kierunek.Data.Monitoring;
using Kierunek.Domain.Institutions;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Kierunek.Application.Monitoring;

/// <summary>A period's campaign settings (<see cref="Campaign"/>): the coordinator sets the deadline, the grace period
/// and the message to reporters, and extends one institution's deadline with a reason. Each change is one
/// transaction with its audit row; the rules are <see cref="CampaignWorkflow"/>'s.</summary>
public sealed class Campaigns(KierunekDb db, TimeProvider clock, ILogger<Campaigns> logger)
{
    /// <summary>The campaign stored with <paramref name="period"/> (its extensions loaded).</summary>
    public static Campaign Of(PeriodRow period) => new(period.Deadline, period.GraceDays, period.Message,
        period.Extensions.OrderBy(e => e.InstitutionName, PolishFormat.Alphabetical)
            .Select(e => new DeadlineExtension(e.InstitutionKey, e.InstitutionName, e.Until, e.Reason)).ToList());

    public async Task<Outcome> SetAsync(int periodId, CampaignSettings typed, Actor actor, CancellationToken ct = default)
    {
        var period = await PeriodAsync(periodId, ct);
        var before = period is null ? Campaign.None : Of(period);
        var decided = CampaignWorkflow.Set(actor, period?.State, period?.Year ?? 0, typed, before.Extensions);
        if (!decided.IsSuccess) return MonitoringLog.Refusal(logger, "ustawienia okresu", decided.Errors[0], actor);
        var now = decided.Value!;
        if (now.Deadline == before.Deadline && now.GraceDays == before.GraceDays && now.Message == before.Message) return Outcome.Ok;
        (period!.Deadline, period.GraceDays, period.Message) = (now.Deadline, now.GraceDays, now.Message);
        MonitoringAudit.Add(db, clock, actor, "ustawienia okresu", "period", $"{period.DocumentKey}/{period.Year}", Describe(before), Describe(now), null);
        await db.SaveChangesAsync(ct);
        MonitoringLog.CampaignChanged(logger, period.DocumentKey, period.Year, actor.AccountId);
        return Outcome.Ok;
    }

    /// <summary>Gives <paramref name="institution"/> its own, later deadline (replacing an earlier extension).
    /// A null institution means the form named none of the strategy's.</summary>
    public async Task<Outcome> ExtendAsync(int periodId, Institution? institution, string? until, string? reason, Actor actor, CancellationToken ct = default)
    {
        var period = await PeriodAsync(periodId, ct);
        var decided = CampaignWorkflow.Extend(actor, period?.State, period?.Year ?? 0, period is null ? Campaign.None : Of(period),
            institution is null ? null : (institution.Key, institution.Name), until, reason);
        if (!decided.IsSuccess) return MonitoringLog.Refusal(logger, "przedłużenie terminu", decided.Errors[0], actor);
        var granted = decided.Value!;
        var existing = period!.Extensions.SingleOrDefault(e => e.InstitutionKey == granted.InstitutionKey);
        if (existing is null)
        {
            existing = new DeadlineExtensionRow { InstitutionKey = granted.InstitutionKey, InstitutionName = granted.InstitutionName, Reason = granted.Reason, GrantedBy = actor.Name };
            period.Extensions.Add(existing);
        }
        var old = existing.Id == 0 ? PolishFormat.Date(period.Deadline!.Value) : PolishFormat.Date(existing.Until);
        (existing.Until, existing.Reason, existing.GrantedBy, existing.GrantedAt) = (granted.Until, granted.Reason, actor.Name, clock.GetUtcNow());
        MonitoringAudit.Add(db, clock, actor, "przedłużenie terminu", "period", $"{period.DocumentKey}/{period.Year}/{granted.InstitutionKey}",
            $"{granted.InstitutionName}: {old}", $"{granted.InstitutionName}: {PolishFormat.Date(granted.Until)}", granted.Reason);
        await db.SaveChangesAsync(ct);
        MonitoringLog.CampaignChanged(logger, period.DocumentKey, period.Year, actor.AccountId);
        return Outcome.Ok;
    }

    /// <summary>Takes an institution's extension back: the period's deadline applies to it again.</summary>
    public async Task<Outcome> WithdrawAsync(int periodId, string institutionKey, Actor actor, CancellationToken ct = default)
    {
        var period = await PeriodAsync(periodId, ct);
        var extension = period?.Extensions.SingleOrDefault(e => e.InstitutionKey == institutionKey);
        var decided = CampaignWorkflow.Withdraw(actor, period?.State,
            extension is null ? null : new DeadlineExtension(extension.InstitutionKey, extension.InstitutionName, extension.Until, extension.Reason));
        if (!decided.IsSuccess) return MonitoringLog.Refusal(logger, "cofnięcie przedłużenia", decided.Errors[0], actor);
        db.DeadlineExtensions.Remove(extension!);
        MonitoringAudit.Add(db, clock, actor, "cofnięcie przedłużenia", "period", $"{period!.DocumentKey}/{period.Year}/{institutionKey}",
            $"{extension!.InstitutionName}: {PolishFormat.Date(extension.Until)}", $"{extension.InstitutionName}: {(period.Deadline is { } d ? PolishFormat.Date(d) : "bez terminu")}", null);
        await db.SaveChangesAsync(ct);
        MonitoringLog.CampaignChanged(logger, period.DocumentKey, period.Year, actor.AccountId);
        return Outcome.Ok;
    }

    private Task<PeriodRow?> PeriodAsync(int periodId, CancellationToken ct) =>
        db.Periods.Include(p => p.Extensions).SingleOrDefaultAsync(p => p.Id == periodId, ct);


    /// <summary>"termin 15 marca 2022 r., 7 dni po terminie, wiadomość: …" — the audit's office-language form.</summary>
    internal static string Describe(Campaign c) =>
        (c.Deadline is { } d ? $"termin {PolishFormat.Date(d)}, dodatkowo {c.GraceDays} dni" : "bez terminu")
        + (c.Message is null ? "" : $", wiadomość: {c.Message}");
}
