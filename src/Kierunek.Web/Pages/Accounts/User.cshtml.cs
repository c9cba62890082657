using Kierunek.Application.Accounts;
using Kierunek.Application.Mail;
using Kierunek.Application.Strategies;
using Kierunek.Data.Accounts;
using Kierunek.Data.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Accounts;

/// <summary>One account: name, role and institution; blocking with a reason, unblocking; a new invitation
/// link while no password is set; and the account's history.</summary>
public sealed class UserModel(UserAdministration administration, UserManager<KierunekUser> users, InstitutionRegister register, Notifications notifications, TimeProvider clock) : PageModel
{
    /// <summary>The moment the page is made, from the injected clock.</summary>
    public DateTimeOffset Now => clock.GetUtcNow();

    [BindProperty(SupportsGet = true)] public string Id { get; set; } = "";
    [BindProperty] public UserForm Form { get; set; } = new(null, null, null, null);
    [TempData] public string? Message { get; set; }
    [TempData] public string? InvitationLink { get; set; }
    public string? Error { get; private set; }
    public KierunekUser Account { get; private set; } = null!;
    public IReadOnlyList<InstitutionRegister.Institution> Institutions { get; private set; } = [];
    public IReadOnlyList<AuditRow> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Form = new UserForm(Account.Email, Account.DisplayName, await administration.RoleOfAsync(Account), Account.InstitutionKey, Account.AreaCode);
        return Page();
    }

    public async Task<IActionResult> OnPostChangeAsync(CancellationToken ct) =>
        await DoneAsync(await administration.ChangeAsync(Id, Form, User, ct), "Zapisano zmiany. Osoba zobaczy nowe uprawnienia po ponownym zalogowaniu.", ct);

    public async Task<IActionResult> OnPostBlockAsync(string? reason, CancellationToken ct) =>
        await DoneAsync(await administration.BlockAsync(Id, reason, User, ct), "Konto zablokowane.", ct);

    public async Task<IActionResult> OnPostUnblockAsync(CancellationToken ct) =>
        await DoneAsync(await administration.UnblockAsync(Id, User, ct), "Konto odblokowane.", ct);

    public async Task<IActionResult> OnPostReinviteAsync(CancellationToken ct)
    {
        var outcome = await administration.ReinviteAsync(Id, User, ct);
        if (outcome.Done)
        {
            InvitationLink = UsersModel.Link(Url, Request, outcome.User!.Id, outcome.InvitationToken!);
            await UsersModel.MailAsync(notifications, administration, outcome.User, InvitationLink, ct);
        }
        return await DoneAsync(outcome, $"Utworzono nowy link zaproszenia; poprzedni przestał działać. {UsersModel.Mailed}", ct);
    }

    private async Task<IActionResult> DoneAsync(UserAdministration.Outcome outcome, string message, CancellationToken ct)
    {
        if (outcome.Done)
        {
            Message = message;
            return RedirectToPage();
        }
        if (!await LoadAsync(ct)) return NotFound();
        Error = outcome.Error!.Message;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await users.FindByIdAsync(Id) is not { } account) return false;
        Account = account;
        Institutions = await register.AllAsync(ct);
        History = await administration.HistoryAsync(account, ct);
        return true;
    }
}
