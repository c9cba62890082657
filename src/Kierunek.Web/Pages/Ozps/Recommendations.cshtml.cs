using Kierunek.Application.Ozps;
using Kierunek.Domain.Results;
using Kierunek.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Kierunek.Web.Pages.Ozps;

/// <summary>The assessment's recommendations: written by the team or taken over from the points suggested by the
/// indicators that worsened, each linked to strategy items (suggested by the words they share, chosen from the strategy's
/// list), and the council pack that puts them beside the strategy's year.</summary>
public sealed class RecommendationsModel(OzpsAssessments assessments, OzpsRecommendations recommendations) : OzpsPage(assessments)
{
    [BindProperty(SupportsGet = true, Name = "strategia")] public string? Strategy { get; set; }
    [BindProperty(Name = "tekst")] public string? Text { get; set; }
    [BindProperty(Name = "id")] public long Id { get; set; }
    [BindProperty(Name = "pozycja")] public string? Item { get; set; }
    [BindProperty(Name = "powiazanie")] public long LinkId { get; set; }

    public RecommendationsPage View { get; private set; } = null!;

    private string Here => $"{UnitUrl}/rekomendacje{(Strategy is null ? "" : $"?strategia={Uri.EscapeDataString(Strategy)}")}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct) =>
        await StepAsync((await recommendations.AddAsync(User.OzpsAccess(), User.Actor(), Kod, Rok, Text, ct)).Errors, "Dodano rekomendację.", ct);

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct) =>
        await StepAsync((await recommendations.DeleteAsync(User.OzpsAccess(), User.Actor(), Kod, Rok, Id, ct)).Errors, "Usunięto rekomendację.", ct);

    public async Task<IActionResult> OnPostLinkAsync(CancellationToken ct)
    {
        // "klucz|id" from the list of the chosen strategy's items, or from a suggestion's button.
        var parts = (Item ?? "").Split('|', 2);
        var result = parts.Length == 2
            ? await recommendations.LinkAsync(User.OzpsAccess(), User.Actor(), Kod, Rok, Id, parts[0], parts[1], ct)
            : Result.Fail(Error.Of(OzpsRecommendations.ItemNotFoundCode, "Wybierz pozycję strategii z listy.", "pozycja"));
        return await StepAsync(result.Errors, "Powiązano rekomendację z pozycją strategii.", ct);
    }

    public async Task<IActionResult> OnPostUnlinkAsync(CancellationToken ct) =>
        await StepAsync((await recommendations.UnlinkAsync(User.OzpsAccess(), User.Actor(), Kod, Rok, Id, LinkId, ct)).Errors, "Usunięto powiązanie.", ct);

    private async Task<IActionResult> StepAsync(IReadOnlyList<Error> errors, string done, CancellationToken ct)
    {
        if (errors.Count == 0)
        {
            Done = done;
            return Redirect(Here);
        }
        Errors = errors;
        return await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var page = await recommendations.PageAsync(User.OzpsAccess(), Kod, Rok, Strategy, ct);
        if (!page.IsSuccess) return NotFound();
        View = page.Value!;
        Form = View.Form;
        return Page();
    }
}
