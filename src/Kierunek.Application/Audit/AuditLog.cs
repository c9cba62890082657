using Kierunek.Data;
using Kierunek.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace Kierunek.Application.Audit;

/// <summary>The audit for the administrator's page and the <c>audit verify</c> command: is the hash chain intact,
/// and if not, which row breaks it and what that row says.</summary>
public sealed class AuditLog(KierunekDb db)
{
    /// <param name="Broken">The row where the chain breaks (as it is stored now); null when the chain is intact.</param>
    public sealed record Check(AuditVerification Result, AuditRow? Broken, long Total);

    public async Task<Check> VerifyAsync(CancellationToken ct = default)
    {
        var result = await AuditChain.VerifyAsync(db, ct);
        var broken = result.BrokenRowId is { } id ? await db.Audit.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct) : null;
        return new Check(result, broken, await db.Audit.LongCountAsync(ct));
    }
}
