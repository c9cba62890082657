using Kierunek.Application.Strategies;
using Kierunek.Data;
using Kierunek.Data.Accounts;
using Kierunek.Data.Audit;
using Kierunek.Domain.Input;
using Kierunek.Domain.Results;
using Kierunek.Domain.Territory;
using Kierunek.Import.Territory;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using System.Net.Mail;
using System.Security.Claims;

namespace Kierunek.Application.Accounts;

/// <summary>What the administrator fills in for a person: who they are, their role, and — for a reporter — the
/// institution whose values they enter.</summary>
/// <param name="AreaCode">The TERYT code for the OZPS: a gmina's or powiat's (its staff fill its assessment) or a
/// voivodeship's (a ROPS's reviewers), <see cref="Domain.Ozps.Assessments.OzpsAccess"/>.</param>
public sealed record UserForm(string? Email, string? DisplayName, string? Role, string? InstitutionKey, string? AreaCode = null);

/// <summary>The administrator's work on accounts: inviting people, giving them a role and an institution,
/// blocking and unblocking. Each change is one transaction with its audit rows; a changed role or institution
/// renews the security stamp, so the person's open sessions end and the next sign-in carries the new rights.</summary>
public sealed class UserAdministration(UserManager<KierunekUser> users, KierunekDb db, InstitutionRegister institutions, TimeProvider clock,
    ILogger<UserAdministration> logger)
{
    /// <summary>Done with the account (and, for an invitation, its link's token), or refused with one of
    /// <see cref="AccountErrors"/>.</summary>
    public sealed record Outcome(Error? Error = null, KierunekUser? User = null, string? InvitationToken = null)
    {
        public bool Done => Error is null;
    }

    /// <summary>A new account without a password, and the one-time token of its invitation link: the person
    /// chooses their own password, so the administrator never knows it.</summary>
    public async Task<Outcome> InviteAsync(UserForm form, ClaimsPrincipal admin, CancellationToken ct = default)
    {
        const string step = "zaproszenie";
        var email = form.Email?.Trim() ?? "";
        if (InputText.Check(email, "Adres e-mail", InputText.NameLength, "Form.Email") is { } badEmail) return Refused(badEmail, step, null, admin);
        if (!IsEmail(email)) return Refused(AccountErrors.InvalidEmail, step, null, admin);
        if (await users.FindByEmailAsync(email) is not null) return Refused(AccountErrors.EmailTaken(email), step, null, admin);
        var settling = await SettleAsync(form, ct);
        if (!settling.IsSuccess) return Refused(settling.Errors[0], step, null, admin);
        var settled = settling.Value!;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var user = new KierunekUser
        {
            UserName = email, Email = email, DisplayName = settled.DisplayName,
            InstitutionKey = settled.Institution?.Key, InstitutionName = settled.Institution?.Name, AreaCode = settled.Area?.Code,
        };
        if (await users.CreateAsync(user) is { Succeeded: false } created) return Refused(Describe(created), step, null, admin);
        if (await users.AddToRoleAsync(user, settled.Role) is { Succeeded: false } added) return Refused(Describe(added), step, user.Id, admin);
        Audit(Who(admin), "zaproszenie", email, null, Summary(user, settled.Role));
        var token = await users.GenerateUserTokenAsync(user, Invitations.Provider, Invitations.Purpose);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        AccountsLog.Invited(logger, user.Id, settled.Role, users.GetUserId(admin));
        return new Outcome(User: user, InvitationToken: token);
    }

    /// <summary>A new invitation link for someone who has not yet set a password; the old link stops working.</summary>
    public async Task<Outcome> ReinviteAsync(string userId, ClaimsPrincipal admin, CancellationToken ct = default)
    {
        const string step = "nowe zaproszenie";
        if (await users.FindByIdAsync(userId) is not { } user) return Refused(AccountErrors.AccountNotFound, step, userId, admin);
        if (await users.HasPasswordAsync(user)) return Refused(AccountErrors.PasswordAlreadySet, step, user.Id, admin);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await users.UpdateSecurityStampAsync(user);
        Audit(Who(admin), "nowe zaproszenie", user.Email!, null, null);
        var token = await users.GenerateUserTokenAsync(user, Invitations.Provider, Invitations.Purpose);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        AccountsLog.Reinvited(logger, user.Id, users.GetUserId(admin));
        return new Outcome(User: user, InvitationToken: token);
    }

    /// <summary>Changes a person's name, role and institution; each field that changes gets its audit row.</summary>
    public async Task<Outcome> ChangeAsync(string userId, UserForm form, ClaimsPrincipal admin, CancellationToken ct = default)
    {
        const string step = "zmiana konta";
        if (await users.FindByIdAsync(userId) is not { } user) return Refused(AccountErrors.AccountNotFound, step, userId, admin);
        var settling = await SettleAsync(form, ct);
        if (!settling.IsSuccess) return Refused(settling.Errors[0], step, user.Id, admin);
        var settled = settling.Value!;
        var role = await RoleOfAsync(user);
        if (IsSelf(user, admin) && role == Roles.Administrator && settled.Role != Roles.Administrator)
            return Refused(AccountErrors.OwnAdministratorRole, step, user.Id, admin);
        if (role == Roles.Administrator && settled.Role != Roles.Administrator && await IsLastAdministratorAsync(user))
            return Refused(AccountErrors.LastAdministrator, step, user.Id, admin);

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
        if (user.AreaCode != settled.Area?.Code)
            Audit(Who(admin), "zmiana jednostki OZPS", email, user.AreaCode, settled.Area is { } area ? $"{area.Code} {area.Name}" : null);
        user.AreaCode = settled.Area?.Code;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        AccountsLog.Changed(logger, user.Id, settled.Role, users.GetUserId(admin));
        return new Outcome(User: user);
    }

    /// <summary>Blocks an account until an administrator unblocks it; the reason goes to the audit.</summary>
    public async Task<Outcome> BlockAsync(string userId, string? reason, ClaimsPrincipal admin, CancellationToken ct = default)
    {
        const string step = "blokada konta";
        if (await users.FindByIdAsync(userId) is not { } user) return Refused(AccountErrors.AccountNotFound, step, userId, admin);
        if (IsSelf(user, admin)) return Refused(AccountErrors.OwnAccountBlocked, step, user.Id, admin);
        if (string.IsNullOrWhiteSpace(reason)) return Refused(AccountErrors.BlockReasonMissing, step, user.Id, admin);
        if (InputText.Check(reason, "Powód", InputText.ReasonLength, "reason") is { } badReason) return Refused(badReason, step, user.Id, admin);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, BlockedUntil);
        await users.UpdateSecurityStampAsync(user);
        Audit(Who(admin), "blokada konta", user.Email!, "aktywne", "zablokowane", reason.Trim());
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        AccountsLog.Blocked(logger, user.Id, users.GetUserId(admin));
        return new Outcome(User: user);
    }

    public async Task<Outcome> UnblockAsync(string userId, ClaimsPrincipal admin, CancellationToken ct = default)
    {
        if (await users.FindByIdAsync(userId) is not { } user) return Refused(AccountErrors.AccountNotFound, "odblokowanie konta", userId, admin);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        Audit(Who(admin), "odblokowanie konta", user.Email!, "zablokowane", "aktywne");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        AccountsLog.Unblocked(logger, user.Id, users.GetUserId(admin));
        return new Outcome(User: user);
    }

    /// <summary>The invited person sets their password; the link works once.</summary>
    public async Task<Outcome> AcceptAsync(string? userId, string? token, string? password, string? repeated, CancellationToken ct = default)
    {
        if (userId is null || token is null || await users.FindByIdAsync(userId) is not { } user
            || await users.HasPasswordAsync(user)
            || !await users.VerifyUserTokenAsync(user, Invitations.Provider, Invitations.Purpose, token))
            return Refused(AccountErrors.InvitationInvalid, Accepting, null, null); // the id of a link that does not work is not trusted
        if (string.IsNullOrEmpty(password)) return Refused(AccountErrors.PasswordMissing, Accepting, user.Id, null);
        if (password != repeated) return Refused(AccountErrors.PasswordsDiffer, Accepting, user.Id, null);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await users.AddPasswordAsync(user, password) is { Succeeded: false } added) return Refused(Describe(added, "Password"), Accepting, user.Id, null);
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        Audit(user.Email!, "przyjęcie zaproszenia", user.Email!, null, "hasło ustawione");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        AccountsLog.InvitationAccepted(logger, user.Id);
        return new Outcome(User: user);
    }

    private const string Accepting = "przyjęcie zaproszenia";

    /// <summary>The person given a setup code (<see cref="SetupCodes"/>) creates their administrator account: their
    /// name and password; the code works once. One transaction with its audit row.</summary>
    public async Task<Outcome> SetUpAdministratorAsync(string? code, string? displayName, string? password, string? repeated, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await new SetupCodes(db, clock).FindAsync(code, ct) is not { } setup) return Refused(AccountErrors.SetupCodeInvalid, SettingUp, null, null);
        var name = displayName?.Trim() ?? "";
        if (name.Length == 0) return Refused(AccountErrors.NameMissing with { At = new SourceLocation("", null, "DisplayName") }, SettingUp, null, null);
        if (InputText.Check(name, "Imię i nazwisko", InputText.NameLength, "DisplayName") is { } badName) return Refused(badName, SettingUp, null, null);
        if (string.IsNullOrEmpty(password)) return Refused(AccountErrors.PasswordMissing, SettingUp, null, null);
        if (password != repeated) return Refused(AccountErrors.PasswordsDiffer, SettingUp, null, null);
        if (await users.FindByEmailAsync(setup.Email) is not null) return Refused(AccountErrors.EmailTaken(setup.Email), SettingUp, null, null);
        var user = new KierunekUser { UserName = setup.Email, Email = setup.Email, EmailConfirmed = true, DisplayName = name };
        if (await users.CreateAsync(user, password) is { Succeeded: false } created) return Refused(Describe(created, "Password"), SettingUp, null, null);
        if (await users.AddToRoleAsync(user, Roles.Administrator) is { Succeeded: false } role) return Refused(Describe(role), SettingUp, user.Id, null);
        setup.UsedAt = clock.GetUtcNow();
        Audit(setup.Email, "utworzenie administratora kodem", setup.Email, null, $"{Roles.Administrator}, {name}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        AccountsLog.AdministratorSetUp(logger, user.Id);
        return new Outcome(User: user);
    }

    private const string SettingUp = "utworzenie administratora kodem";

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

    private sealed record Settled(string DisplayName, string Role, InstitutionRegister.Institution? Institution, TerritorialUnit? Area);

    /// <summary>The form checked against the roles and the institution register.</summary>
    private async Task<Result<Settled>> SettleAsync(UserForm form, CancellationToken ct)
    {
        var name = form.DisplayName?.Trim() ?? "";
        if (name.Length == 0) return AccountErrors.NameMissing;
        if (InputText.Check(name, "Imię i nazwisko", InputText.NameLength, "Form.DisplayName") is { } badName) return badName;
        if (form.Role is not { } role || !Roles.All.Contains(role)) return AccountErrors.RoleMissing;
        TerritorialUnit? area = null;
        if (!string.IsNullOrWhiteSpace(form.AreaCode) && (area = TercFile.Register.Find(form.AreaCode.Trim())) is not { Kind: not (TerritorialUnitKind.TownPart or TerritorialUnitKind.RuralPart or TerritorialUnitKind.CityDistrict) })
            return AccountErrors.AreaUnknown(form.AreaCode.Trim());
        if (role != Roles.Reporter) return Result<Settled>.Ok(new Settled(name, role, null, area));
        // A gmina's OZPS author reports for the gmina (its TERYT code), not for an institution of a strategy.
        var institution = await institutions.FindAsync(form.InstitutionKey, ct);
        if (institution is null && area is null) return AccountErrors.InstitutionMissing;
        return Result<Settled>.Ok(new Settled(name, role, institution, area));
    }

    /// <summary>The refusal, logged with its code and the accounts by id (<paramref name="account"/> the one the
    /// step was about, when known; <paramref name="admin"/> who asked, null for an invited person).</summary>
    private Outcome Refused(Error error, string step, string? account, ClaimsPrincipal? admin)
    {
        AccountsLog.Refused(logger, step, error.Code, account, admin is null ? null : users.GetUserId(admin));
        return new Outcome(error);
    }

    private async Task<bool> IsLastAdministratorAsync(KierunekUser user) =>
        (await users.GetUsersInRoleAsync(Roles.Administrator)).All(u => u.Id == user.Id);

    private bool IsSelf(KierunekUser user, ClaimsPrincipal admin) => users.GetUserId(admin) == user.Id;

    private static string Who(ClaimsPrincipal admin) => admin.Identity?.Name ?? "?";

    private void Audit(string who, string action, string email, string? old, string? now, string? reason = null) =>
        db.Audit.Add(new AuditRow { At = clock.GetUtcNow(), User = who, Action = action, Entity = AuditEntity, EntityKey = email, OldValue = old, NewValue = now, Reason = reason });

    private static string Summary(KierunekUser user, string role) => user.InstitutionName is { } institution ? $"{role}, {institution}" : role;

    private static Error Describe(IdentityResult result, string? field = null) => AccountErrors.IdentityRefused(result.Errors.Select(e => e.Description), field);

    internal static bool IsEmail(string text) =>
        text.Length is > 3 and < 256 && MailAddress.TryCreate(text, out var address) && address.Address == text;
}
