using Kierunek.Application;
using Kierunek.Application.Monitoring;
using Kierunek.Application.Publishing;
using Kierunek.Application.Strategies;
using Kierunek.Data.Accounts;
using Kierunek.Reports;
using Kierunek.Reports.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Reports;

/// <summary>Every report kind in every format for a strategy and year, with the year's approved values.</summary>
public sealed class IndexModel(StrategyCatalog catalog, ReportData data, Publications publications, TimeProvider clock) : PageModel
{
    public static readonly IReadOnlyDictionary<string, string> Kinds = new Dictionary<string, string>
    {
        ["realizacja"] = "Sprawozdanie z realizacji zadań (koszty, sumy celów)",
        ["wskazniki"] = "Tabela zadań i wskaźników",
        ["osiagniecie"] = "Stopień osiągnięcia wskaźników",
        ["wieloletni"] = "Wskaźniki w latach",
        ["wnioski"] = "Wnioski i rekomendacje",
    };

    public static readonly IReadOnlyDictionary<string, string> Formats = new Dictionary<string, string>
    {
        ["docx"] = "Word (DOCX)", ["xlsx"] = "Excel (XLSX)", ["pdf"] = "PDF", ["html"] = "strona WWW (HTML)",
    };

    [BindProperty(SupportsGet = true)] public string Key { get; set; } = "";
    public string Title { get; private set; } = "";
    public IReadOnlyList<int> Years { get; private set; } = [];
    public PublicList Published { get; private set; } = new([], new Dictionary<(int, string), long>());
    [TempData] public string? Message { get; set; }
    public string? Error { get; private set; }

    /// <summary>Coordinators and administrators put reports in the public area.</summary>
    public bool CanPublish => User.IsInRole(Roles.Coordinator) || User.IsInRole(Roles.Administrator);

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => PageOrNotFoundAsync(ct);

    /// <summary>The last refusal asked to confirm publishing a year without values: the form offers the confirmation.</summary>
    public bool AskWithoutValues { get; private set; }
    /// <summary>What the publishing form was sent with, kept when it is refused.</summary>
    public (string? Kind, int? Year) Typed { get; private set; }

    public async Task<IActionResult> OnPostPublishAsync(string rodzaj, int rok, bool mimoBraku, CancellationToken ct)
    {
        if (!CanPublish) return Forbid();
        // The files are made in the background; the person follows the request on its own page.
        var requested = await publications.RequestAsync(Key, rodzaj ?? "", rok, User.Identity!.Name!, mimoBraku, ct);
        if (requested.Done) return Redirect($"/raporty/{Uri.EscapeDataString(Key)}/publikacja/{requested.Job!.Id}");
        AskWithoutValues = requested.Error!.Code == PublishingErrors.NoValuesForYearCode;
        Typed = (rodzaj, rok);
        Error = requested.Error.Message;
        return await PageOrNotFoundAsync(ct);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id, string? powod, CancellationToken ct)
    {
        if (!CanPublish) return Forbid();
        return Done(await publications.WithdrawAsync(id, powod, User.Identity!.Name!, ct), o => $"Wycofano z części publicznej: {o.Publication!.Title} ({o.Publication.Year}).")
            ?? await PageOrNotFoundAsync(ct);
    }

    /// <summary>A redirect with the message when done; null (and the error kept) when refused.</summary>
    private IActionResult? Done(Publications.Outcome outcome, Func<Publications.Outcome, string> message)
    {
        if (!outcome.Done)
        {
            Error = outcome.Error!.Message;
            return null;
        }
        Message = message(outcome);
        return RedirectToPage(new { Key });
    }

    private async Task<IActionResult> PageOrNotFoundAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var document = await catalog.GetAsync(Key, ct);
        if (document is null) return false;
        Title = document.Title;
        Years = document.ReportedYears.Count > 0 ? document.ReportedYears.OrderDescending().ToList() : [clock.GetLocalNow().Year - 1];
        Published = await publications.PublicAsync(Key, ct);
        return true;
    }

    public async Task<IActionResult> OnGetDownloadAsync(string rodzaj, int rok, string format, CancellationToken ct)
    {
        if (!ReportKinds.ByName.ContainsKey(rodzaj ?? "") || !ReportFiles.ContentTypes.ContainsKey(format ?? "")) return BadRequest();
        return await data.FileAsync(Key, rodzaj!, rok, format!, clock.Today(), ct) is { } file ? File(file.Content, file.ContentType, file.Name) : NotFound();
    }
}
