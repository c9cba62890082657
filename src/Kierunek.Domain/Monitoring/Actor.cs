namespace Kierunek.Domain.Monitoring;

/// <summary>Who acts in the monitoring: their name for the history, the institution they report for (reporters),
/// and whether they run periods and review values (coordinators, approvers, administrators). <see cref="AccountId"/>
/// is what logs may name (never the e-mail).</summary>
public sealed record Actor(string Name, string? InstitutionKey, bool Reviews, string? AccountId = null);
