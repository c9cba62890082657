using System.Text.Json.Serialization;
namespace Kierunek.Domain.Strategies;

/// <summary>A node of the strategy tree at any depth: a priority area, a goal, a priority,
/// a direction, a task or a measure. Children keep the document's order.</summary>
public sealed class StrategyNode
{
    /// <summary>The item's identity while it is edited: it stays when the item is renamed, renumbered or moved, so
    /// monitoring follows it (<see cref="Editing.NodeIdentity"/>). Imported documents have none until they are edited.</summary>
    public string? Id { get; set; }
    public required NodeKind Kind { get; init; }
    /// <summary>The level's name as the document prints it ("Cel szczegółowy", "Priorytet").</summary>
    public required string LevelName { get; init; }
    /// <summary>The code as printed, normalised only by trimming trailing dots ("1.2.3", "A.1.4").</summary>
    public string? Code { get; set; }
    public string? Title { get; set; }
    public int SourceLine { get; init; }
    public List<StrategyNode> Children { get; init; } = [];

    /// <summary>The coordinator cell as printed ("Koordynator").</summary>
    public string? CoordinatorText { get; set; }
    /// <summary>The implementers cell as printed ("Realizatorzy").</summary>
    public string? ImplementersText { get; set; }
    /// <summary>Institutions named in the coordinator cell (keys into the institution register).</summary>
    public List<string> CoordinatorKeys { get; init; } = [];
    /// <summary>Institutions named in the implementers cell (keys into the institution register).</summary>
    public List<string> ImplementerKeys { get; init; } = [];
    /// <summary>Named funding sources as printed (seed 001: "Budżet Miasta", "Fundusz Pracy").</summary>
    public List<FundingSource> FundingSources { get; init; } = [];
    public Deadline? Deadline { get; set; }
    public List<CostEntry> Costs { get; init; } = [];
    public List<Indicator> Indicators { get; init; } = [];
    public string? MonitoringMethod { get; set; }
    public MeasureStatus Status { get; set; } = MeasureStatus.Unknown;
    /// <summary>Why the status is what it is ("z uwagi na ogłoszony stan epidemii").</summary>
    public string? StatusReason { get; set; }
    /// <summary>"Uwagi" as printed, one entry per printed row.</summary>
    public List<string> Notes { get; init; } = [];
    /// <summary>Taken out of the strategy by an amendment but kept, with everything monitored on it: an item that has
    /// values is never deleted.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public bool Archived { get; set; }

    [JsonIgnore] public bool IsMultiYear => Deadline?.IsMultiYear == true || Costs.Any(c => c.IsMultiYear);

    /// <summary>The item and everything under it as a copy of its own (<see cref="StrategyDocument.Copy"/>).</summary>
    public StrategyNode Copy() => new()
    {
        Id = Id, Kind = Kind, LevelName = LevelName, Code = Code, Title = Title, SourceLine = SourceLine, Children = Children.ConvertAll(c => c.Copy()),
        CoordinatorText = CoordinatorText, ImplementersText = ImplementersText, CoordinatorKeys = [.. CoordinatorKeys], ImplementerKeys = [.. ImplementerKeys],
        FundingSources = [.. FundingSources], Deadline = Deadline, Costs = [.. Costs], Indicators = Indicators.ConvertAll(i => i.Copy()),
        MonitoringMethod = MonitoringMethod, Status = Status, StatusReason = StatusReason, Notes = [.. Notes], Archived = Archived,
    };

    public IEnumerable<StrategyNode> SelfAndDescendants()
    {
        yield return this;
        foreach (var d in Children.SelectMany(c => c.SelfAndDescendants())) yield return d;
    }

    /// <summary>"Działanie 1.2.3 „Asystenci rodziny”" — the item as a list of changes or a message names it, its title
    /// cut after <paramref name="longest"/> characters.</summary>
    public string Quoted(int longest) =>
        string.Join(" ", new[] { LevelName, Code, Title is { Length: > 0 } t ? $"„{(t.Length > longest ? t[..longest].TrimEnd() + "…" : t)}”" : null }.Where(s => !string.IsNullOrEmpty(s)));

    public override string ToString() => string.Join(" ", new[] { LevelName, Code, Title }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
