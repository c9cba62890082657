using Kierunek.Application;
using Kierunek.Application.Monitoring;
using Kierunek.Application.Strategies;
using Kierunek.Domain.Language;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Strategies;
using Kierunek.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Monitoring;

/// <summary>The coordinator's page for a period: who has reported what (completeness per institution),
/// assigning items, returning or approving submitted values, locking and reopening the period.</summary>
[Authorize(Policy = WebSetup.ReviewerPolicy)]
public sealed class ReviewModel(PeriodView view, MonitoringService monitoring, Assignments assignments, ActionReports reports, ValueHistory histories, Conversations conversations, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Key { get; set; } = "";
    [BindProperty(SupportsGet = true)] public int Rok { get; set; }
    [TempData] public string? Message { get; set; }
    /// <summary>Show only this institution's values (its key); the start page's numbers link here.</summary>
    [BindProperty(SupportsGet = true, Name = "instytucja")] public string? InstitutionFilter { get; set; }
    /// <summary>Show only values in this state (<see cref="StateSlugs"/>).</summary>
    [BindProperty(SupportsGet = true, Name = "stan")] public string? StateFilter { get; set; }
    /// <summary>Show only the items under this goal (its code, e.g. "1.2").</summary>
    [BindProperty(SupportsGet = true, Name = "cel")] public string? GoalFilter { get; set; }
    /// <summary>"przekazane": the no-script way to tick every submitted value shown.</summary>
    [BindProperty(SupportsGet = true, Name = "zaznacz")] public string? Tick { get; set; }
    public string? Error { get; private set; }
    public PeriodView.Loaded Data { get; private set; } = null!;
    /// <summary>Each value's history, oldest first, by the value's id.</summary>
    /// <summary>Messages per value, for the link to its conversation.</summary>
    public IReadOnlyDictionary<int, int> Messages { get; private set; } = new Dictionary<int, int>();
    public ILookup<int, ValueHistory.Line> History { get; private set; } = Array.Empty<ValueHistory.Line>().ToLookup(_ => 0);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAssignAsync(int position, string institution, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var node = Data.Tree.At(position);
        var target = Data.Tree.Document.Institutions.FirstOrDefault(i => i.Key == institution);
        return Done(await assignments.AssignAsync(Data.Period.Id, position, node, target, User.Actor(), ct), $"Przydzielono: {node?.Code ?? node?.Title} → {target?.Name}.");
    }

    public async Task<IActionResult> OnPostReturnAsync(int entry, int version, string? reason, CancellationToken ct) =>
        await LoadAsync(ct) ? Done(await monitoring.ReturnAsync(entry, reason ?? "", version, User.Actor(), ct), "Zwrócono wartość do poprawy.") : NotFound();

    public async Task<IActionResult> OnPostReopenEntryAsync(int entry, int version, string? reason, CancellationToken ct) =>
        await LoadAsync(ct) ? Done(await monitoring.ReopenEntryAsync(entry, reason ?? "", version, User.Actor(), ct), "Wartość otwarta ponownie — wróciła do instytucji do poprawy.") : NotFound();

    public async Task<IActionResult> OnPostApproveAsync(int entry, int version, CancellationToken ct) =>
        await LoadAsync(ct) ? Done(await monitoring.ApproveAsync(entry, version, User.Actor(), ct), "Zatwierdzono wartość.") : NotFound();

    public async Task<IActionResult> OnPostApproveReportAsync(int assignment, int version, CancellationToken ct) =>
        await LoadAsync(ct) ? Done(await reports.ReviewAsync(assignment, approve: true, null, version, User.Actor(), ct), "Zatwierdzono realizację działania.") : NotFound();

    public async Task<IActionResult> OnPostReturnReportAsync(int assignment, int version, string? reason, CancellationToken ct) =>
        await LoadAsync(ct) ? Done(await reports.ReviewAsync(assignment, approve: false, reason ?? "", version, User.Actor(), ct), "Zwrócono realizację działania do poprawy.") : NotFound();

    /// <summary>The strategy's names for the steps of its progress scale.</summary>
    public ProgressScale Scale { get; private set; } = ProgressScale.Default;

    /// <summary>What stops the period from closing, when the last attempt was refused: the values, each linked.</summary>
    public IReadOnlyList<PeriodView.Field> Blocking { get; private set; } = [];
    /// <summary>The refusal was only the values nobody delivered: the coordinator may close without them.</summary>
    public bool MayCloseWithoutMissing { get; private set; }

    public async Task<IActionResult> OnPostLockAsync(bool mimoBrakow, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var outcome = await monitoring.LockAsync(Data.Period.Id, User.Actor(), ct, closeWithoutMissing: mimoBrakow);
        if (outcome.Error?.Code is MonitoringErrors.NotAllApprovedCode or MonitoringErrors.NotDeliveredCode)
        {
            var awaiting = outcome.Error.Code == MonitoringErrors.NotAllApprovedCode;
            Blocking = Data.Fields.Where(f => awaiting ? f.Entry.State == EntryState.Submitted : f.Entry.State != EntryState.Approved).ToList();
            MayCloseWithoutMissing = !awaiting;
        }
        return Done(outcome, mimoBrakow ? $"Okres {Rok} zamknięty; wartości nieprzekazane zostały poza sprawozdaniem." : $"Okres {Rok} zamknięty.");
    }

    /// <summary>The values ticked for a decision, as "id:version" pairs from the form.</summary>
    public IReadOnlyList<(int EntryId, int Version)> Chosen { get; private set; } = [];
    /// <summary>The decision waiting for confirmation ("zatwierdz", "zwroc"), with its reason.</summary>
    public (string Decision, string? Reason)? ToConfirm { get; private set; }

    /// <summary>Many values at once: the first post asks to confirm (with the count), the second decides.</summary>
    public async Task<IActionResult> OnPostDecideManyAsync(string[]? wybrane, string? decyzja, string? powod, bool potwierdzam, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Chosen = (wybrane ?? []).Select(v => v.Split(':')).Where(p => p.Length == 2 && int.TryParse(p[0], out _) && int.TryParse(p[1], out _))
            .Select(p => (int.Parse(p[0]), int.Parse(p[1]))).Distinct().ToList();
        var approve = decyzja != "zwroc";
        if (Chosen.Count == 0) { Error = "Zaznacz wartości do zatwierdzenia albo zwrotu."; return Page(); }
        if (!approve && string.IsNullOrWhiteSpace(powod)) { Error = MonitoringErrors.ReturnReasonMissing.Message; return Page(); }
        if (!potwierdzam)
        {
            ToConfirm = (approve ? "zatwierdz" : "zwroc", powod);
            return Page();
        }
        var outcomes = await monitoring.ReviewManyAsync(Chosen, approve, powod, User.Actor(), ct);
        var done = outcomes.Count(o => o.Outcome.Done);
        var refused = outcomes.Where(o => !o.Outcome.Done).ToList();
        Message = $"{(approve ? "Zatwierdzono" : "Zwrócono do poprawy")}: {PolishPlural.Of(done, "wartość", "wartości", "wartości")}."
            + (refused.Count == 0 ? "" : $" Pominięto {refused.Count}: {string.Join("; ", refused.Take(5).Select(r => r.Outcome.Error!.Message))}");
        return Redirect($"/monitoring/{Key}/{Rok}?instytucja={Uri.EscapeDataString(InstitutionFilter ?? "")}&stan={Uri.EscapeDataString(StateFilter ?? "")}&cel={Uri.EscapeDataString(GoalFilter ?? "")}#wartosci");
    }

    /// <summary>"MOPR: 20, MUP: 2" — whose values a decision takes.</summary>
    public string ChosenByInstitution() => string.Join(", ", Data.Items.SelectMany(i => i.Fields.Select(f => (i.Assignment.InstitutionName, f.Entry.Id)))
        .Where(x => Chosen.Any(c => c.EntryId == x.Id)).GroupBy(x => x.InstitutionName).Select(g => $"{g.Key}: {g.Count()}"));

    public async Task<IActionResult> OnPostReopenAsync(string? reason, CancellationToken ct) =>
        await LoadAsync(ct) ? Done(await monitoring.ReopenAsync(Data.Period.Id, reason ?? "", User.Actor(), ct), $"Okres {Rok} otwarty ponownie.") : NotFound();

    /// <summary>Items with indicators that no institution has yet.</summary>
    public IEnumerable<(int Position, StrategyNode Node)> Unassigned =>
        Data.Tree.Nodes.Select((n, i) => (i, n)).Where(x => x.n.Indicators.Count > 0 && Data.Items.All(a => a.Assignment.NodePosition != x.i));

    public DateOnly Today => clock.Today();

    /// <summary>The states as they appear in a link: /monitoring/…/2021?stan=przekazana.</summary>
    public static readonly IReadOnlyDictionary<string, EntryState> StateSlugs = new Dictionary<string, EntryState>
    {
        ["brak"] = EntryState.Missing, ["robocza"] = EntryState.Draft, ["przekazana"] = EntryState.Submitted,
        ["zwrocona"] = EntryState.Returned, ["zatwierdzona"] = EntryState.Approved,
    };

    public static string SlugOf(EntryState state) => StateSlugs.Single(s => s.Value == state).Key;

    /// <summary>The items and values the filters let through, in the strategy's order.</summary>
    public IEnumerable<(PeriodView.Item Item, IReadOnlyList<PeriodView.Field> Fields)> Shown =>
        Data.Items.Where(i => string.IsNullOrEmpty(InstitutionFilter) || i.Assignment.InstitutionKey == InstitutionFilter)
            .Where(i => UnderGoal is null || UnderGoal.Contains(i.Node))
            .Select(i => (i, (IReadOnlyList<PeriodView.Field>)i.Fields.Where(f => StateFilter is null || !StateSlugs.TryGetValue(StateFilter, out var s) || f.Entry.State == s).ToList()))
            .Where(x => x.Item2.Count > 0);

    private IReadOnlySet<StrategyNode>? UnderGoal => string.IsNullOrWhiteSpace(GoalFilter) ? null : Data.Tree.Visible(new TreeFilter(null, null, null, GoalFilter));

    public IReadOnlyList<Completeness> Completeness => Kierunek.Application.Monitoring.Completeness.Of(Data);

    private IActionResult Done(Kierunek.Domain.Results.Result<Kierunek.Data.Monitoring.ActionReportRow> result, string message) =>
        Done(result.IsSuccess ? Outcome.Ok : new Outcome(result.Errors[0]), message);

    private IActionResult Done(Outcome outcome, string? message = null)
    {
        if (!outcome.Done)
        {
            Error = outcome.Error!.Message;
            return Page();
        }
        Message = message;
        return Redirect($"/monitoring/{Key}/{Rok}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var loaded = await view.LoadAsync(Key, Rok, institution: null, ct);
        if (loaded is null) return false;
        Data = loaded;
        History = await histories.OfAsync(loaded.Fields.Select(f => f.Entry.Id), ct);
        Messages = await conversations.CountsAsync(loaded.Fields.Select(f => f.Entry.Id), ct);
        Scale = await reports.ScaleAsync(Key, ct);
        return true;
    }
}
