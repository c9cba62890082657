using Kierunek.Application.Strategies;
using Kierunek.Domain.Institutions;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Strategies.Editing;
using Microsoft.AspNetCore.Mvc;

namespace Kierunek.Web.Pages.Strategies.Editor;

/// <summary>One item of the draft: its name and code, term, status and notes, coordinator and implementers from the
/// register, where it stands (moved under another parent of its level, up or down), archived or deleted, the items below
/// it, its indicators and its planned costs per year and funding source. Every form is one step of the draft.</summary>
public sealed class NodeModel(StrategyEditor editor, InstitutionRegister register) : EditorPage(editor)
{
    [BindProperty(SupportsGet = true)] public string Id { get; set; } = "";

    [BindProperty(Name = "tytul")] public string? ItemTitle { get; set; }
    [BindProperty(Name = "kod")] public string? ItemCode { get; set; }
    [BindProperty(Name = "termin")] public string? Term { get; set; }
    [BindProperty(Name = "status")] public MeasureStatus Status { get; set; }
    [BindProperty(Name = "uwagi")] public string? Notes { get; set; }
    [BindProperty(Name = "koordynator")] public string[] Coordinators { get; set; } = [];
    [BindProperty(Name = "realizator")] public string[] Implementers { get; set; } = [];
    [BindProperty(Name = "nowaInstytucja")] public string? NewInstitution { get; set; }
    [BindProperty(Name = "rodzaj")] public InstitutionKind NewInstitutionKind { get; set; }
    [BindProperty(Name = "cel")] public string? Target { get; set; }
    [BindProperty(Name = "wskaznik")] public string? IndicatorId { get; set; }
    [BindProperty(Name = "nazwa")] public string? IndicatorName { get; set; }
    [BindProperty(Name = "jednostka")] public string? Unit { get; set; }
    [BindProperty(Name = "bazowa")] public string? Baseline { get; set; }
    [BindProperty(Name = "rokBazowy")] public int? BaselineYear { get; set; }
    [BindProperty(Name = "docelowa")] public string? TargetValue { get; set; }
    [BindProperty(Name = "kierunek")] public DesiredDirection Direction { get; set; }
    [BindProperty(Name = "zrodlo")] public string? DataSource { get; set; }
    [BindProperty(Name = "pierwszyRok")] public int? FirstYear { get; set; }
    [BindProperty(Name = "rok")] public int Year { get; set; }
    [BindProperty(Name = "ogolem")] public string? CostTotal { get; set; }
    [BindProperty(Name = "panstwo")] public string? CostState { get; set; }
    [BindProperty(Name = "gmina")] public string? CostGmina { get; set; }
    [BindProperty(Name = "inne")] public string? CostOther { get; set; }

    public StrategyNode Node { get; private set; } = null!;
    public int Level { get; private set; }
    public StrategyNode? Parent { get; private set; }
    /// <summary>Where the item may move: the items one level above it, other than its parent.</summary>
    public IReadOnlyList<StrategyNode> Targets { get; private set; } = [];
    public IReadOnlyList<Institution> Register { get; private set; } = [];
    /// <summary>The form a refused step came from ("pozycja", "wskaznik:e4", "nowy-wskaznik", "koszt:2027" …): it shows what was typed.</summary>
    public string? Failed { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostRenameAsync(CancellationToken ct) => Step("pozycja", (d, _) => TreeEdits.Rename(d, Id, ItemTitle, ItemCode), ct);

    public Task<IActionResult> OnPostDetailsAsync(CancellationToken ct) => Step("szczegoly", (d, _) => ItemEdits.SetDetails(d, Id, Term, Status, Notes), ct);

    public async Task<IActionResult> OnPostInstitutionsAsync(CancellationToken ct)
    {
        var known = await register.EntriesAsync(ct);
        return await Step("instytucje", (d, _) => ItemEdits.SetInstitutions(d, Id, Coordinators, Implementers, known), ct);
    }

    public async Task<IActionResult> OnPostNewInstitutionAsync(CancellationToken ct)
    {
        var known = await register.EntriesAsync(ct);
        return await Step("nowa-instytucja", (d, _) => ItemEdits.AddInstitution(d, Id,
            StrategyEditor.InstitutionKey(NewInstitution ?? "", known.Select(i => i.Key).Concat(d.Institutions.Select(i => i.Key))), NewInstitution, NewInstitutionKind), ct);
    }

    public Task<IActionResult> OnPostMoveAsync(CancellationToken ct) => Step("przeniesienie", (d, _) => TreeEdits.Move(d, Id, Target), ct);
    public Task<IActionResult> OnPostUpAsync(CancellationToken ct) => Step("przeniesienie", (d, _) => TreeEdits.Move(d, Id, null, -1), ct);
    public Task<IActionResult> OnPostDownAsync(CancellationToken ct) => Step("przeniesienie", (d, _) => TreeEdits.Move(d, Id, null, +1), ct);
    public Task<IActionResult> OnPostArchiveAsync(CancellationToken ct) => Step("archiwum", (d, _) => TreeEdits.Archive(d, Id, true), ct);
    public Task<IActionResult> OnPostRestoreAsync(CancellationToken ct) => Step("archiwum", (d, _) => TreeEdits.Archive(d, Id, false), ct);

    /// <summary>A deleted item has no page any more: back to the tree.</summary>
    public Task<IActionResult> OnPostDeleteAsync(CancellationToken ct) => Step("archiwum", (d, monitored) => TreeEdits.Delete(d, Id, monitored), ct, EditorUrl);

    public Task<IActionResult> OnPostAddChildAsync(CancellationToken ct) => Step("nowa-pozycja", (d, _) => TreeEdits.Add(d, Id, ItemTitle, ItemCode), ct);

    public Task<IActionResult> OnPostAddIndicatorAsync(CancellationToken ct) => Step("nowy-wskaznik", (d, _) => ItemEdits.AddIndicator(d, Id, Fields), ct);

    public Task<IActionResult> OnPostIndicatorAsync(CancellationToken ct) => Step($"wskaznik:{IndicatorId}", (d, _) => ItemEdits.UpdateIndicator(d, IndicatorId ?? "", Fields), ct);

    public Task<IActionResult> OnPostRemoveIndicatorAsync(CancellationToken ct) => Step($"wskaznik:{IndicatorId}", (d, monitored) => ItemEdits.RemoveIndicator(d, IndicatorId ?? "", monitored), ct);

    public Task<IActionResult> OnPostCostAsync(CancellationToken ct) =>
        Step($"koszt:{Year}", (d, _) => ItemEdits.SetCost(d, Id, new CostFields(Year, CostTotal, CostState, CostGmina, CostOther)), ct);

    /// <summary>The new-indicator form: empty, or what was typed when adding was refused.</summary>
    public IndicatorFields NewIndicatorFields => Refills("nowy-wskaznik") ? Fields : new IndicatorFields(null, null, null, null, null, DesiredDirection.Unknown, null, null);

    /// <summary>An indicator's form: as stored, or what was typed when its change was refused.</summary>
    public IndicatorFields FieldsOf(Indicator i) => Refills($"wskaznik:{i.Id}") ? Fields
        : new IndicatorFields(i.Name, i.Unit, i.Baseline?.Value.Raw, i.Baseline?.Year, i.Target?.Value.Raw, i.Direction, i.DataSource, i.FirstMeasuredYear);

    public IndicatorFields Fields => new(IndicatorName, Unit, Baseline, BaselineYear, TargetValue, Direction, DataSource, FirstYear);

    private string? failedForm;

    /// <summary>A step from one of the page's forms; then this item's page again (or <paramref name="next"/>).</summary>
    private Task<IActionResult> Step(string form, StrategyEditor.Step step, CancellationToken ct, string? next = null)
    {
        failedForm = form;
        return StepAsync(step, next ?? $"{EditorUrl}/{Uri.EscapeDataString(Id)}", ct);
    }

    private bool loaded;

    protected override async Task<IActionResult> RefusedAsync(CancellationToken ct)
    {
        loaded = true;
        Failed = failedForm;
        return await ShowAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> ShowAsync(CancellationToken ct)
    {
        // After a refused step the base class has loaded the draft as it is now.
        if (!loaded && !await LoadAsync(ct)) return false;
        loaded = true;
        if (NodeIdentity.Node(Draft.Document, Id) is not { } node) return false;
        Node = node;
        Level = NodeIdentity.LevelOf(Draft.Document, node);
        Parent = NodeIdentity.ParentOf(Draft.Document, node);
        Targets = Draft.Document.AllNodes().Where(n => !ReferenceEquals(n, Parent) && NodeIdentity.LevelOf(Draft.Document, n) == Level - 1).ToList();
        Register = (await register.EntriesAsync(ct)).Concat(Draft.Document.Institutions).GroupBy(i => i.Key).Select(g => g.First())
            .OrderBy(i => i.Name, Kierunek.Domain.Values.PolishFormat.Alphabetical).ToList();
        return true;
    }

    /// <summary>The item's coordinator and implementers, shown first, ticked.</summary>
    public InstitutionChoice Chosen => new($"Wskazane ({Picked.Count})", Picked, Node);

    /// <summary>The rest of the register, folded away once the item has any.</summary>
    public InstitutionChoice Others => new("Instytucje z rejestru", Register.Except(Picked).ToList(), Node);

    private List<Institution> Picked => Register.Where(i => Node.CoordinatorKeys.Contains(i.Key) || Node.ImplementerKeys.Contains(i.Key)).ToList();

    /// <summary>The level below this item's, when there is one.</summary>
    public TreeLevel? ChildLevel => Draft.Document.Levels is { } levels && Level < levels.Count ? levels[Level] : null;

    /// <summary>The years a cost can be planned for: the strategy's period (or the years its costs already name).</summary>
    public IEnumerable<int> CostYears =>
        Draft.Document.PeriodFrom is { } from && Draft.Document.PeriodTo is { } to
            ? Enumerable.Range(from, to - from + 1)
            : Node.Costs.Select(c => c.Deadline?.FromYear).OfType<int>().Distinct().Order();

    public CostEntry? CostIn(int year) => Node.Costs.FirstOrDefault(c => c.Deadline is { FromYear: var f, ToYear: var t } && f == year && t == year);

    /// <summary>Whether a form is the one a refused step came from, so it shows what was typed rather than what is stored.</summary>
    public bool Refills(string form) => Failed == form;
}

/// <summary>A table of institutions with a coordinator and an implementer box each.</summary>
public sealed record InstitutionChoice(string Caption, IReadOnlyList<Institution> Rows, StrategyNode Node);
