using Kierunek.Application.Strategies;
using Kierunek.Domain.Institutions;
using Kierunek.Domain.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Strategies.Register;

/// <summary>One register entry: its name, kind, TERYT and contact e-mail, and the spellings the documents print.</summary>
public sealed class EntryModel(InstitutionRegister register) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Key { get; set; } = "";
    [BindProperty(Name = "nazwa")] public string? Name { get; set; }
    [BindProperty(Name = "rodzaj")] public InstitutionKind Kind { get; set; }
    [BindProperty(Name = "teryt")] public string? Teryt { get; set; }
    [BindProperty(Name = "email")] public string? Email { get; set; }
    [TempData] public string? Done { get; set; }

    public InstitutionRegister.Entry Entry { get; private set; } = null!;
    public IReadOnlyList<Error> Errors { get; private set; } = [];

    public bool IsAbout(string field) => Errors.Any(e => e.Field == field);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        (Name, Kind, Teryt, Email) = (Entry.Name, Entry.Kind, Entry.TerritorialUnitCode, Entry.Email);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var saved = await register.UpdateAsync(Key, Name, Kind, Teryt, Email, User.Identity!.Name!, ct);
        if (saved.IsSuccess)
        {
            Done = "Zapisano.";
            return Redirect($"/rejestr/{Uri.EscapeDataString(Key)}");
        }
        Errors = saved.Errors;
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if ((await register.ListAsync(ct)).FirstOrDefault(e => e.Key == Key) is not { } entry) return false;
        Entry = entry;
        return true;
    }
}
