using Kierunek.Application;
using Kierunek.Application.Monitoring;
using Kierunek.Domain.Input;
using Kierunek.Domain.Monitoring;
using Kierunek.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Monitoring;

/// <summary>A period's campaign for the coordinator: the deadline, the days after it on which entry stays open, the
/// message every reporter sees, and later deadlines for single institutions, each with its reason.</summary>
[Authorize(Policy = WebSetup.ReviewerPolicy)]
public sealed class CampaignModel(PeriodView view, Campaigns campaigns, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Key { get; set; } = "";
    [BindProperty(SupportsGet = true)] public int Rok { get; set; }
    [TempData] public string? Notice { get; set; }
    public PeriodView.Loaded Data { get; private set; } = null!;
    public DateOnly Today => clock.Today();

    /// <summary>The refusal and which form it belongs to ("ustawienia", "przedluzenie"), to show it beside that form.</summary>
    public (string Form, Kierunek.Domain.Results.Error Error)? Refusal { get; private set; }

    /// <summary>What was typed, kept when a form is refused.</summary>
    public CampaignSettings Typed { get; private set; } = CampaignSettings.None;
    public (string? Institution, string? Until, string? Reason) TypedExtension { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var c = Data.Campaign;
        Typed = new CampaignSettings(c.Deadline?.ToString("yyyy-MM-dd"), c.GraceDays.ToString(), c.Message);
        return Page();
    }

    public async Task<IActionResult> OnPostSettingsAsync(string? termin, string? karencja, string? wiadomosc, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Typed = new CampaignSettings(InputText.Refillable(termin, 40), InputText.Refillable(karencja, 40), InputText.Refillable(wiadomosc, CampaignWorkflow.MessageLength));
        var outcome = await campaigns.SetAsync(Data.Period.Id, new CampaignSettings(termin, karencja, wiadomosc), User.Actor(), ct);
        return Done(outcome, "ustawienia", "Zapisano termin i wiadomość okresu.");
    }

    public async Task<IActionResult> OnPostExtendAsync(string? instytucja, string? nowyTermin, string? powod, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        TypedExtension = (instytucja, InputText.Refillable(nowyTermin, 40), InputText.Refillable(powod, InputText.ReasonLength));
        var institution = Data.Tree.Document.Institutions.FirstOrDefault(i => i.Key == instytucja);
        var outcome = await campaigns.ExtendAsync(Data.Period.Id, institution, nowyTermin, powod, User.Actor(), ct);
        return Done(outcome, "przedluzenie", $"Przedłużono termin: {institution?.Name}.");
    }

    public async Task<IActionResult> OnPostWithdrawAsync(string? instytucja, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var name = Data.Campaign.ExtensionOf(instytucja ?? "")?.InstitutionName;
        return Done(await campaigns.WithdrawAsync(Data.Period.Id, instytucja ?? "", User.Actor(), ct), "przedluzenie", $"Cofnięto przedłużenie terminu: {name}.");
    }

    private IActionResult Done(Outcome outcome, string form, string notice)
    {
        if (!outcome.Done)
        {
            Refusal = (form, outcome.Error!);
            if (form != "ustawienia") Typed = CurrentSettings();
            return Page();
        }
        Notice = notice;
        return Redirect($"/monitoring/{Key}/{Rok}/ustawienia");
    }

    private CampaignSettings CurrentSettings() =>
        new(Data.Campaign.Deadline?.ToString("yyyy-MM-dd"), Data.Campaign.GraceDays.ToString(), Data.Campaign.Message);

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var loaded = await view.LoadAsync(Key, Rok, institution: null, ct);
        if (loaded is null) return false;
        Data = loaded;
        return true;
    }
}
