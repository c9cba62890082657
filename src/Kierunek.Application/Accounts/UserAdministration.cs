using System.Net.Mail;
using System.Security.Claims;
using Kierunek.Data;
using Kierunek.Data.Accounts;
using Kierunek.Application.Strategies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Kierunek.Data.Audit;

namespace Kierunek.Application.Accounts;

/// <summary>What the administrator fills in for a person: who they are, their role, and — for a reporter — the
/// institution whose values they enter.</summary>
public sealed record UserForm(string? Email, string? DisplayName, string? Role, string? InstitutionKey);

/// <summary>The administrator's work on accounts: inviting people, giving them a role and an institution,
/// blocking and unblocking. Each change is one transaction with its audit rows; a changed role or institution
/// renews the security stamp, so the person's open sessions end and the next sign-in carries the new rights.</summary>
public sealed class UserAdministration(UserManager<KierunekUser> users, KierunekDb db, InstitutionRegister institutions, TimeProvider clock)
{
    public sealed record Outcome(bool Done, string? Error = null, KierunekUser? User = null, string? InvitationToken = null)
    {
        public static Outcome Refused(string error) => new(false, error);
    }

    /// <summary>A new account without a password, and the one-time token of its invitation link: the person
    /// chooses their own password, so the administrator never knows it.</summary>
    public async Task<Outcome> InviteAsync(UserForm form, ClaimsPrincipal admin, CancellationToken ct = default)
    {
        var email = form.Email?.Trim() ?? "";
        if (!IsEmail(email)) return Outcome.Refused("Podaj poprawny adres e-mail, np. jan.kowalski@mops.lublin.pl.");
        if (await users.FindByEmailAsync(email) is not null) return Outcome.Refused($"Konto z adresem {email} już istnieje.");
        var (settled, error) = await SettleAsync(form, ct);
        if (error is not null) return Outcome.Refused(error);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var user = new KierunekUser
        {
            UserName = email, Email = email, DisplayName = settled.DisplayName,
            InstitutionKey = settled.Institution?.Key, InstitutionName = settled.Institution?.Name,
        };
        if (await users.CreateAsync(user) is { Succeeded: false } created) return Outcome.Refused(Describe(created));
        if (await users.AddToRoleAsync(user, settled.Role) is { Succeeded: false } added) return Outcome.Refused(Describe(added));
        Audit(Who(admin), "zaproszenie", email, null, Summary(user, settled.Role));
        var token = await users.GenerateUserTokenAsync(user, Invitations.Provider, Invitations.Purpose);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new Outcome(true, User: user, InvitationToken: token);
    }

    /// <summary>A new invitation link for someone who has not yet set a password; the old link stops working.</summary>
    public async Task<Outcome> ReinviteAsync(string userId, ClaimsPrincipal admin, CancellationToken ct = default)
    {
        if (await users.FindByIdAsync(userId) is not { } user) return Outcome.Refused("Nie ma takiego konta.");
        if (await users.HasPasswordAsync(user)) return Outcome.Refused("Ta osoba ma już hasło; zaproszenie nie jest potrzebne.");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await users.UpdateSecurityStampAsync(user);
        Audit(Who(admin), "nowe zaproszenie", user.Email!, null, null);
        var token = await users.GenerateUserTokenAsync(user, Invitations.Provider, Invitations.Purpose);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new Outcome(true, User: user, InvitationToken: token);
    }

    /// <summary>Changes a person's name, role and institution; each field that changes gets its audit row.</summary>
    public async Task<Outcome> ChangeAsync(string userId, UserForm form, ClaimsPrincipal admin, CancellationToken ct = default)
    {
        if (await users.FindByIdAsync(userId) is not { } user) return Outcome.Refused("Nie ma takiego konta.");
        var (settled, error) = await SettleAsync(form, ct);
        if (error is not null) return Outcome.Refused(error);
        var role = await RoleOfAsync(user);
        if (IsSelf(user, admin) && role == Roles.Administrator && settled.Role != Roles.Administrator)
            return Outcome.Refused("Nie możesz odebrać sobie roli administratora — poproś o to innego administratora.");
        if (role == Roles.Administrator && settled.Role != Roles.Administrator && await IsLastAdministratorAsync(user))
            return Outcome.Refused("To jedyny administrator; najpierw nadaj tę rolę komuś innemu.");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var email = user.Email!;
        if (user.DisplayName != settled.DisplayName) Audit(Who(admin), "zmiana nazwy", email, user.DisplayName, settled.DisplayName);
        if (role != settled.Role)
        {
            Audit(Who(admin), "zmiana roli", email, role, settled.Role);
            if (role is not null) await users.RemoveFromRoleAsync(user, role);
            await users.AddToRoleAsync(user, settled.Role);
        }
        if (user.InstitutionKey != settled.Institution?.Key)
            Audit(Who(admin), "zmiana instytucji", email, user.InstitutionName, settled.Institution?.Name);
        user.DisplayName = settled.DisplayName;
        user.InstitutionKey = settled.Institution?.Key;
        user.InstitutionName = settled.Institution?.Name;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new Outcome(true, User: user);
    }

    /// <summary>Blocks an account until an administrator unblocks it; the reason goes to the audit.</summary>
    public async Task<Outcome> BlockAsync(string userId, string? reason, ClaimsPrincipal admin, CancellationToken ct = default)
    {
        if (await users.FindByIdAsync(userId) is not { } user) return Outcome.Refused("Nie ma takiego konta.");
        if (IsSelf(user, admin)) return Outcome.Refused("Nie możesz zablokować własnego konta.");
        if (string.IsNullOrWhiteSpace(reason)) return Outcome.Refused("Podaj powód blokady — zostanie zapisany w historii.");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, BlockedUntil);
        await users.UpdateSecurityStampAsync(user);
        Audit(Who(admin), "blokada konta", user.Email!, "aktywne", "zablokowane", reason.Trim());
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new Outcome(true, User: user);
    }

    public async Task<Outcome> UnblockAsync(string userId, ClaimsPrincipal admin, CancellationToken ct = default)
    {
        if (await users.FindByIdAsync(userId) is not { } user) return Outcome.Refused("Nie ma takiego konta.");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        Audit(Who(admin), "odblokowanie konta", user.Email!, "zablokowane", "aktywne");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new Outcome(true, User: user);
    }

    /// <summary>The invited person sets their password; the link works once.</summary>
    public async Task<Outcome> AcceptAsync(string? userId, string? token, string? password, string? repeated, CancellationToken ct = default)
    {
        if (userId is null || token is null || await users.FindByIdAsync(userId) is not { } user
            || await users.HasPasswordAsync(user)
            || !await users.VerifyUserTokenAsync(user, Invitations.Provider, Invitations.Purpose, token))
            return Outcome.Refused("Link zaproszenia jest nieważny, wykorzystany albo wygasł (ważny 7 dni). Poproś administratora o nowy.");
        if (string.IsNullOrEmpty(password)) return Outcome.Refused("Podaj hasło.");
        if (password != repeated) return Outcome.Refused("Hasła nie są takie same.");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await users.AddPasswordAsync(user, password) is { Succeeded: false } added) return Outcome.Refused(Describe(added));
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        Audit(user.Email!, "przyjęcie zaproszenia", user.Email!, null, "hasło ustawione");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new Outcome(true, User: user);
    }

    /// <summary>Everyone, with their role, for the administrator's list.</summary>
    public async Task<IReadOnlyList<(KierunekUser User, string? Role)>> ListAsync(CancellationToken ct = default)
    {
        var roleOf = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct);
        var byUser = roleOf.ToLookup(x => x.UserId, x => x.Name);
        var all = await db.Users.OrderBy(u => u.DisplayName).ToListAsync(ct);
        return all.Select(u => (u, byUser[u.Id].FirstOrDefault())).ToList();
    }

    public async Task<string?> RoleOfAsync(KierunekUser user) => (await users.GetRolesAsync(user)).FirstOrDefault();

    public Task<List<AuditRow>> HistoryAsync(KierunekUser user, CancellationToken ct = default) =>
        db.Audit.Where(a => a.Entity == AuditEntity && a.EntityKey == user.Email).OrderByDescending(a => a.Id).ToListAsync(ct);

    /// <summary>A block lasts until an administrator lifts it; a date, not infinity, so both databases store it alike.</summary>
    public static readonly DateTimeOffset BlockedUntil = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static bool IsBlocked(KierunekUser user) => user.LockoutEnd >= BlockedUntil;

    public const string AuditEntity = "user";

    private sealed record Settled(string DisplayName, string Role, InstitutionRegister.Institution? Institution);

    /// <summary>The form checked against the roles and the institution register.</summary>
    private async Task<(Settled Settled, string? Error)> SettleAsync(UserForm form, CancellationToken ct)
    {
        var name = form.DisplayName?.Trim() ?? "";
        if (name.Length == 0) return (null!, "Podaj imię i nazwisko.");
        if (form.Role is not { } role || !Roles.All.Contains(role)) return (null!, "Wybierz rolę.");
        if (role != Roles.Reporter) return (new Settled(name, role, null), null);
        if (await institutions.FindAsync(form.InstitutionKey, ct) is not { } institution)
            return (null!, "Sprawozdawca musi należeć do instytucji — wybierz ją z listy.");
        return (new Settled(name, role, institution), null);
    }

    private async Task<bool> IsLastAdministratorAsync(KierunekUser user) =>
        (await users.GetUsersInRoleAsync(Roles.Administrator)).All(u => u.Id == user.Id);

    private bool IsSelf(KierunekUser user, ClaimsPrincipal admin) => users.GetUserId(admin) == user.Id;

    private static string Who(ClaimsPrincipal admin) => admin.Identity?.Name ?? "?";

    private void Audit(string who, string action, string email, string? old, string? now, string? reason = null) =>
        db.Audit.Add(new AuditRow { At = clock.GetUtcNow(), User = who, Action = action, Entity = AuditEntity, EntityKey = email, OldValue = old, NewValue = now, Reason = reason });

    private static string Summary(KierunekUser user, string role) => user.InstitutionName is { } institution ? $"{role}, {institution}" : role;

    private static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));

    private static bool IsEmail(string text) =>
        text.Length is > 3 and < 256 && MailAddress.TryCreate(text, out var address) && address.Address == text;
}
