using Kierunek.Application.Monitoring;
using Kierunek.Application.Strategies;
using Kierunek.Domain.Institutions;
using Kierunek.Domain.Monitoring;
using Kierunek.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Monitoring;

/// <summary>Who reports on what, for all of a strategy's items at once: the institution the document names for each
/// item (its coordinator, or its task's) is proposed and preselected, the items the document leaves open are listed
/// for a decision, last year's assignment can be copied, and any filtered set of items can go to one institution.</summary>
[Authorize(Policy = WebSetup.ReviewerPolicy)]
public sealed class AssignModel(PeriodView view, Assignments assignments) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Key { get; set; } = "";
    [BindProperty(SupportsGet = true)] public int Rok { get; set; }
    /// <summary>Which items: "nieprzydzielone" (the default), "do-decyzji", "przydzielone", "wszystkie".</summary>
    [BindProperty(SupportsGet = true, Name = "pokaz")] public string? Show { get; set; }
    [BindProperty(SupportsGet = true, Name = "szukaj")] public string? Text { get; set; }
    [BindProperty(SupportsGet = true, Name = "cel")] public string? GoalCode { get; set; }
    /// <summary>"wszystkie" or "zadne": the no-script way to tick or untick every item shown.</summary>
    [BindProperty(SupportsGet = true, Name = "zaznacz")] public string? Tick { get; set; }
    [TempData] public string? Notice { get; set; }
    public string? Error { get; private set; }

    public PeriodView.Loaded Data { get; private set; } = null!;
    public IReadOnlyDictionary<int, string> LastYear { get; private set; } = new Dictionary<int, string>();

    public IReadOnlyList<Assignments.Row> All { get; private set; } = [];
    public IReadOnlyList<Assignments.Row> Shown { get; private set; } = [];

    public IReadOnlyList<Institution> Register => Data.Tree.Document.Institutions;
    public string NameOf(string key) => Register.FirstOrDefault(i => i.Key == key)?.Name ?? key;

    /// <summary>Whether the row's box starts ticked: unassigned with a proposal, unless the user ticked all or none.</summary>
    public bool Ticked(Assignments.Row row) => Tick switch
    {
        "wszystkie" => !row.Started,
        "zadne" => false,
        _ => row.Current is null && row.Proposal.Decided,
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    /// <summary>Each ticked item to its proposal, or to the institution picked in its row.</summary>
    public async Task<IActionResult> OnPostProposedAsync(int[] pozycje, Dictionary<int, string>? wybor, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var rows = All.Where(r => pozycje.Contains(r.Position)).ToList();
        var changes = new List<Assignments.Change>();
        var undecided = 0;
        foreach (var row in rows)
        {
            var key = wybor?.GetValueOrDefault(row.Position) is { Length: > 0 } picked ? picked : row.Proposal.InstitutionKey;
            if (key is null || Register.FirstOrDefault(i => i.Key == key) is not { } institution) { undecided++; continue; }
            changes.Add(new Assignments.Change(row.Position, row.Node, institution));
        }
        var done = await assignments.AssignManyAsync(Data.Period.Id, changes, User.Actor(), "według dokumentu", ct);
        return Done(done, undecided == 0 ? null : $" Bez wybranej instytucji pozostało {undecided}.");
    }

    /// <summary>Every ticked item to one institution (also to move items that nobody has started).</summary>
    public async Task<IActionResult> OnPostToInstitutionAsync(int[] pozycje, string? instytucja, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (Register.FirstOrDefault(i => i.Key == instytucja) is not { } institution)
        {
            Error = MonitoringErrors.InstitutionNotChosen.Message;
            return Page();
        }
        var changes = All.Where(r => pozycje.Contains(r.Position)).Select(r => new Assignments.Change(r.Position, r.Node, institution)).ToList();
        return Done(await assignments.AssignManyAsync(Data.Period.Id, changes, User.Actor(), null, ct), null);
    }

    /// <summary>Every item nobody has yet, to the institution it had last year.</summary>
    public async Task<IActionResult> OnPostLastYearAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var changes = All.Where(r => r.Current is null && LastYear.ContainsKey(r.Position))
            .Select(r => (Row: r, Institution: Register.FirstOrDefault(i => i.Key == LastYear[r.Position])))
            .Where(x => x.Institution is not null).Select(x => new Assignments.Change(x.Row.Position, x.Row.Node, x.Institution!)).ToList();
        return Done(await assignments.AssignManyAsync(Data.Period.Id, changes, User.Actor(), $"jak w {Rok - 1} r.", ct), null);
    }

    private IActionResult Done(Kierunek.Domain.Results.Result<Assignments.Summary> done, string? more)
    {
        if (!done.IsSuccess)
        {
            Error = done.Errors[0].Message;
            return Page();
        }
        Notice = done.Value!.Message() + more;
        return Redirect($"/monitoring/{Key}/{Rok}/przydzial?pokaz={Show ?? "nieprzydzielone"}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var loaded = await view.LoadAsync(Key, Rok, institution: null, ct);
        if (loaded is null) return false;
        Data = loaded;
        LastYear = await assignments.LastYearAsync(Key, Rok, ct);
        var tree = loaded.Tree;
        All = Assignments.Rows(loaded);
        Show ??= All.Any(r => r.Current is null) ? "nieprzydzielone" : "wszystkie";
        var underGoal = string.IsNullOrWhiteSpace(GoalCode) ? null : tree.Visible(new TreeFilter(null, null, null, GoalCode));
        // The text is looked for in what the row shows: code, title, indicators, the institution it has or is proposed.
        var text = string.IsNullOrWhiteSpace(Text) ? null : StrategyTree.Fold(Text.Trim());
        Shown = All.Where(r => Show switch
        {
            "nieprzydzielone" => r.Current is null,
            "do-decyzji" => r.Current is null && !r.Proposal.Decided,
            "przydzielone" => r.Current is not null,
            _ => true,
        } && (underGoal is null || underGoal.Contains(r.Node))
          && (text is null || StrategyTree.Fold(string.Join(" ", new[] { r.Code, r.Node.Title, r.Current?.Name, r.Proposal.InstitutionKey is { } p ? NameOf(p) : null }
                .Concat(r.Node.Indicators.Select(i => i.Name)))).Contains(text, StringComparison.Ordinal))).ToList();
        return true;
    }
}
