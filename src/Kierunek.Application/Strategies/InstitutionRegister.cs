using Kierunek.Data;
using Kierunek.Domain.Values;
using Microsoft.EntityFrameworkCore;

namespace Kierunek.Application.Strategies;

/// <summary>The institutions the stored strategies name, once each: the ones items can be assigned to, and so
/// the ones a reporter can belong to.</summary>
public sealed class InstitutionRegister(KierunekDb db)
{
    public sealed record Institution(string Key, string Name);

    public async Task<IReadOnlyList<Institution>> AllAsync(CancellationToken ct = default)
    {
        var rows = await db.Institutions.Select(i => new { i.Key, i.Name }).ToListAsync(ct);
        return rows.GroupBy(r => r.Key)
            .Select(g => new Institution(g.Key, g.First().Name))
            .OrderBy(i => i.Name, PolishFormat.Alphabetical)
            .ToList();
    }

    /// <summary>Every institution with its kind and territorial unit, once per key, by name — what the editor offers as
    /// coordinators and implementers.</summary>
    public async Task<IReadOnlyList<Domain.Institutions.Institution>> EntriesAsync(CancellationToken ct = default)
    {
        var rows = await db.Institutions.AsNoTracking().Select(i => new { i.Key, i.Name, i.Kind, i.TerritorialUnitCode }).ToListAsync(ct);
        return rows.GroupBy(r => r.Key)
            .Select(g => g.First())
            .Select(r => new Domain.Institutions.Institution(r.Key, r.Name, Enum.TryParse<Domain.Institutions.InstitutionKind>(r.Kind, out var kind) ? kind : Domain.Institutions.InstitutionKind.Other, r.TerritorialUnitCode))
            .OrderBy(i => i.Name, PolishFormat.Alphabetical)
            .ToList();
    }

    public async Task<Institution?> FindAsync(string? key, CancellationToken ct = default) =>
        key is null ? null : (await AllAsync(ct)).FirstOrDefault(i => i.Key == key);
}
