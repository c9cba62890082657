using Kierunek.Application.Accounts;
using Kierunek.Data;
using Kierunek.Data.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Kierunek.Application.Mail;

/// <summary>Who an e-mail goes to, from the accounts: the reporters of an institution, the approvers, the
/// coordinators. Blocked accounts and accounts without an address get nothing. An institution whose people have no
/// account (many answer by Excel and never sign in) is written to at the contact e-mail the register keeps for it.</summary>
public sealed class Recipients(KierunekDb db)
{
    public sealed record Person(string UserId, string Address, string Name, string? InstitutionKey);

    public async Task<List<Person>> ReportersOfAsync(string institutionKey, CancellationToken ct)
    {
        var reporters = await InRolesAsync([Roles.Reporter], institutionKey, ct);
        if (reporters.Count > 0) return reporters;
        var contact = await db.Register.AsNoTracking().Where(r => r.Key == institutionKey && r.MergedInto == null && r.Email != null)
            .Select(r => new { r.Email, r.Name }).SingleOrDefaultAsync(ct);
        // Not an account: its "user" is the register entry, so a reminder still goes out once a day at most.
        return contact is null ? [] : [new Person($"rejestr:{institutionKey}", contact.Email!, contact.Name, institutionKey)];
    }

    /// <summary>The staff of a gmina or powiat who fill its OZPS (their account's TERYT code is the unit's), any role but a reader's.</summary>
    public async Task<List<Person>> StaffOfUnitAsync(string unitCode, CancellationToken ct) => await InRolesAsync([Roles.Reporter, Roles.Coordinator, Roles.Approver], null, ct, unitCode);

    /// <summary>Approvers; where a strategy has none, its coordinators decide, so they are told instead.</summary>
    public async Task<List<Person>> ApproversAsync(CancellationToken ct)
    {
        var approvers = await InRolesAsync([Roles.Approver], null, ct);
        return approvers.Count > 0 ? approvers : await InRolesAsync([Roles.Coordinator], null, ct);
    }

    /// <summary>Everyone a period concerns: its coordinators and approvers, and the reporters of its institutions.</summary>
    public async Task<List<Person>> OfPeriodAsync(IReadOnlyCollection<string> institutionKeys, CancellationToken ct)
    {
        var reviewers = await InRolesAsync([Roles.Coordinator, Roles.Approver], null, ct);
        var reporters = (await InRolesAsync([Roles.Reporter], null, ct)).Where(p => p.InstitutionKey is { } k && institutionKeys.Contains(k));
        return reviewers.Concat(reporters).DistinctBy(p => p.UserId).ToList();
    }

    private async Task<List<Person>> InRolesAsync(string[] roles, string? institutionKey, CancellationToken ct, string? areaCode = null)
    {
        var users = from u in db.Users.AsNoTracking()
                    join ur in db.UserRoles on u.Id equals ur.UserId
                    join r in db.Roles on ur.RoleId equals r.Id
                    where roles.Contains(r.Name!) && u.Email != null && u.Email != ""
                    select u;
        if (institutionKey is not null) users = users.Where(u => u.InstitutionKey == institutionKey);
        if (areaCode is not null) users = users.Where(u => u.AreaCode == areaCode);
        var found = await users.Distinct().ToListAsync(ct);
        return found.Where(u => !UserAdministration.IsBlocked(u)).OrderBy(u => u.Email)
            .Select(u => new Person(u.Id, u.Email!, u.DisplayName, u.InstitutionKey)).ToList();
    }
}
