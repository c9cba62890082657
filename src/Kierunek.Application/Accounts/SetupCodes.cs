using Kierunek.Data;
using Kierunek.Data.Accounts;
using Kierunek.Data.Audit;
using Kierunek.Domain.Results;
using Microsoft.EntityFrameworkCore;
using System.Security.Cryptography;
using System.Text;

namespace Kierunek.Application.Accounts;

/// <summary>The first administrator's way in: a person with access to the server (and so to the database) creates a
/// one-time code for an e-mail address (<c>./kierunek users add-admin</c>); the link with it opens the setup page,
/// where that person names themselves and sets a password (<see cref="UserAdministration.SetUpAdministratorAsync"/>).
/// The same path gives a new administrator to an installation whose administrators cannot sign in any more.</summary>
public sealed class SetupCodes(KierunekDb db, TimeProvider clock)
{
    /// <summary>How long a code works: long enough to hand the link on, short enough not to lie about.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>A new code for <paramref name="email"/> (shown once; only its hash is kept), audited as
    /// <paramref name="createdBy"/> (the operating-system user who ran the command).</summary>
    public async Task<Result<(string Code, DateTimeOffset ExpiresAt)>> CreateAsync(string? email, string createdBy, CancellationToken ct = default)
    {
        email = email?.Trim();
        if (email is null || !UserAdministration.IsEmail(email)) return AccountErrors.InvalidEmail;
        var normalised = email.ToUpperInvariant();
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalised, ct)) return AccountErrors.EmailTaken(email);
        var code = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        var now = clock.GetUtcNow();
        db.SetupCodes.Add(new SetupCodeRow { Email = email, CodeHash = HashOf(code), CreatedAt = now, ExpiresAt = now + Lifetime, CreatedBy = createdBy });
        db.Audit.Add(new AuditRow
        {
            At = now, User = createdBy, Action = "kod pierwszego administratora", Entity = UserAdministration.AuditEntity, EntityKey = email,
            NewValue = $"ważny do {(now + Lifetime).UtcDateTime:yyyy-MM-dd HH:mm} UTC",
        });
        await db.SaveChangesAsync(ct);
        return Result<(string, DateTimeOffset)>.Ok((code, now + Lifetime));
    }

    /// <summary>The unused, unexpired code's row, or null (one answer for unknown, used and expired).</summary>
    public async Task<SetupCodeRow?> FindAsync(string? code, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(code) || code.Length > 100) return null;
        var hash = HashOf(code);
        var now = clock.GetUtcNow();
        var row = await db.SetupCodes.SingleOrDefaultAsync(c => c.CodeHash == hash, ct);
        return row is { UsedAt: null } && row.ExpiresAt > now ? row : null;
    }

    private static string HashOf(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code)));
}
