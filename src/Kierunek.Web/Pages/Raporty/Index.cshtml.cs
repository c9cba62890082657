using Kierunek.Reports;
using Kierunek.Reports.Rendering;
using Kierunek.Web.Monitoring;
using Kierunek.Web.Strategies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Raporty;

/// <summary>Every report kind in every format for a strategy and year, with the year's approved values.</summary>
public sealed class IndexModel(StrategyCatalog catalog, ReportData data) : PageModel
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

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var document = await catalog.GetAsync(Key, ct);
        if (document is null) return NotFound();
        Title = document.Title;
        Years = document.ReportedYears.Count > 0 ? document.ReportedYears.OrderDescending().ToList() : [DateTime.Now.Year - 1];
        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync(string rodzaj, int rok, string format, CancellationToken ct)
    {
        if (!ReportKinds.ByName.TryGetValue(rodzaj ?? "", out var kind) || !ReportFiles.ContentTypes.TryGetValue(format ?? "", out var type)) return BadRequest();
        var document = await data.ForYearAsync(Key, rok, ct);
        if (document is null) return NotFound();
        var years = document.ReportedYears.Count > 0 ? document.ReportedYears.Order().ToList() : [rok];
        var report = ReportKinds.Build(kind, document, rok, years);
        var bytes = await ReportFiles.RenderAsync(report, format!);
        return File(bytes, type, $"{rodzaj}-{rok}.{format}");
    }
}
