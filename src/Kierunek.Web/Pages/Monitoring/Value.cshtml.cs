using Kierunek.Application.Monitoring;
using Kierunek.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Monitoring;

/// <summary>Everything about one reported value on one page: the value and its state, the conversation between the
/// institution and the reviewers (a return's reason first), the value's source documents and its history. The
/// institution's reporters and the reviewers write here while the period is open; plain forms, no script needed.</summary>
public sealed class ValueModel(Conversations conversations, SourceDocuments documents) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Key { get; set; } = "";
    [BindProperty(SupportsGet = true)] public int Rok { get; set; }
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [TempData] public string? Notice { get; set; }
    public string? Error { get; private set; }
    public string? ErrorField { get; private set; }
    public string? Typed { get; private set; }
    public Conversations.Thread Thread { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var thread = await conversations.OfAsync(Id, User.Actor(), ct);
        if (!thread.IsSuccess) return NotFound();
        // The address names the strategy and year too; a value of another period is not shown under this one.
        if (thread.Value!.Period.Period.DocumentKey != Key || thread.Value.Period.Period.Year != Rok) return NotFound();
        Thread = thread.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostMessageAsync(string? wiadomosc, CancellationToken ct)
    {
        var outcome = await conversations.PostAsync(Id, wiadomosc, User.Actor(), ct);
        if (outcome.Done)
        {
            Notice = "Wiadomość dodana.";
            return Redirect($"/monitoring/{Uri.EscapeDataString(Key)}/{Rok}/wartosc/{Id}#rozmowa");
        }
        (Error, ErrorField, Typed) = (outcome.Error!.Message, "wiadomosc", Kierunek.Domain.Input.InputText.Refillable(wiadomosc, Kierunek.Domain.Input.InputText.CommentLength));
        return await OnGetAsync(ct);
    }

    public async Task<IActionResult> OnPostFileAsync(IFormFile? plik, CancellationToken ct)
    {
        await using var stream = plik?.OpenReadStream() ?? Stream.Null;
        var added = await documents.AddToValueAsync(Id, plik?.FileName, stream, User.Actor(), ct);
        if (added.IsSuccess)
        {
            Notice = $"Dołączono plik „{added.Value!.FileName}”.";
            return Redirect($"/monitoring/{Uri.EscapeDataString(Key)}/{Rok}/wartosc/{Id}#pliki");
        }
        (Error, ErrorField) = (added.Errors[0].Message, "plik");
        return await OnGetAsync(ct);
    }
}
