using Kierunek.Data;
using Kierunek.Data.Audit;
using Kierunek.Domain.Monitoring;

namespace Kierunek.Application.Monitoring;

/// <summary>The monitoring's audit row: who, when, what, old → new, why — added to the same save as the change.</summary>
internal static class MonitoringAudit
{
    public static void Add(KierunekDb db, TimeProvider clock, Actor actor, string action, string entity, string key, string? old, string? now, string? reason) =>
        db.Audit.Add(new AuditRow { At = clock.GetUtcNow(), User = actor.Name, Action = action, Entity = entity, EntityKey = key, OldValue = old, NewValue = now, Reason = reason });
}
