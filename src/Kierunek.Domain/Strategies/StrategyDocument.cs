namespace Kierunek.Domain.Strategies;

/// <summary>A strategy or programme document as imported: its metadata, its tree, and what it prints
/// besides the tree (totals, recommendations, footnotes, data tables).</summary>
public sealed class StrategyDocument
{
    /// <summary>A stable, URL-safe identifier ("lublin-srps-2014-2020-raport-2020").</summary>
    public required string Key { get; set; }
    public required string Title { get; set; }
    public required DocumentLayout Layout { get; init; }
    public string? TerritorialUnitCode { get; set; }
    public string? TerritorialUnitName { get; set; }
    public int? PeriodFrom { get; set; }
    public int? PeriodTo { get; set; }
    public List<int> ReportedYears { get; init; } = [];
    /// <summary>The resolution that adopted this document or this report.</summary>
    public Resolution? Resolution { get; set; }
    /// <summary>The resolution that adopted the strategy or programme being reported on.</summary>
    public Resolution? StrategyResolution { get; set; }
    public string? AuthorInstitution { get; set; }
    public string? Signatory { get; set; }
    public string? SourceFile { get; set; }
    public CostRollupRule CostRule { get; set; } = CostRollupRule.IncludeAll;
    /// <summary>The levels of the tree with their names and numbering, for a strategy made or edited in Kierunek;
    /// null for an imported document, whose nodes carry their printed level names.</summary>
    public List<Editing.TreeLevel>? Levels { get; set; }
    public List<StrategyNode> Roots { get; init; } = [];
    public List<PrintedTotal> PrintedTotals { get; init; } = [];
    public List<Recommendation> Recommendations { get; init; } = [];
    public List<Footnote> Footnotes { get; init; } = [];
    public List<DataTable> DataTables { get; init; } = [];
    /// <summary>Every institution the document names, once each; nodes refer to them by key.</summary>
    public List<Institutions.Institution> Institutions { get; init; } = [];

    /// <summary>The stored version this copy is (set when it is read from storage; not part of the exchange format):
    /// reports say which version of the strategy they were made from.</summary>
    [System.Text.Json.Serialization.JsonIgnore] public int? StoredVersion { get; set; }

    public IEnumerable<StrategyNode> AllNodes() => Roots.SelectMany(r => r.SelfAndDescendants());
    public IEnumerable<Indicator> AllIndicators() => AllNodes().SelectMany(n => n.Indicators);

    /// <summary>A copy to change without touching this document (a cached one is shared by every request): every
    /// document, node and indicator and every list is its own; the records in them (values, costs, totals) are
    /// shared, being immutable. A hundred times cheaper than writing and reading the exchange format.</summary>
    public StrategyDocument Copy() => new()
    {
        Key = Key, Title = Title, Layout = Layout, TerritorialUnitCode = TerritorialUnitCode, TerritorialUnitName = TerritorialUnitName,
        PeriodFrom = PeriodFrom, PeriodTo = PeriodTo, ReportedYears = [.. ReportedYears], Resolution = Resolution, StrategyResolution = StrategyResolution,
        AuthorInstitution = AuthorInstitution, Signatory = Signatory, SourceFile = SourceFile, CostRule = CostRule,
        Levels = Levels is null ? null : [.. Levels], Roots = Roots.ConvertAll(r => r.Copy()), PrintedTotals = [.. PrintedTotals],
        Recommendations = [.. Recommendations], Footnotes = [.. Footnotes], DataTables = [.. DataTables], Institutions = [.. Institutions],
        StoredVersion = StoredVersion,
    };
}

/// <summary>Which of the four table layouts a document uses (seeds 000, 001, 002, 004).</summary>
public enum DocumentLayout
{
    /// <summary>Seed 000: tasks, measures, coordinator, cost split by source, indicator, notes.</summary>
    ImplementationTable,
    /// <summary>Seed 001: tasks with implementers, funding sources, indicators, one year's value, monitoring.</summary>
    IndicatorTable,
    /// <summary>Seed 002: goals with indicators as baseline, current value and target, plus recommendations.</summary>
    MonitoringReport,
    /// <summary>Seed 004: indicators as rows, years as columns.</summary>
    MultiYearTable,
    /// <summary>A table no layout knows, read by a mapping the user made in the wizard (<see cref="Mapping.TableMapping"/>).</summary>
    MappedTable,
    /// <summary>A strategy made in Kierunek's editor, not imported from a file.</summary>
    Authored,
}

/// <summary>How goal totals are computed from measures.</summary>
public enum CostRollupRule
{
    IncludeAll,
    /// <summary>Lublin SRPS 2020: "*nie ujęto kosztów działań wieloletnich" — multi-year measures are left out.</summary>
    ExcludeMultiYearMeasures,
}

/// <summary>An uchwała: "Uchwała Nr XIII/200/2015 Sejmiku Województwa Lubelskiego z dnia 30 grudnia 2015 r.".</summary>
public sealed record Resolution(string Number, DateOnly? Date, string? Body)
{
    /// <summary>A resolution as a form gives it; null when all three fields are empty (not adopted yet). A date or body
    /// without a number is kept for <see cref="Editing.NewStrategy.Resolution"/> to refuse.</summary>
    public static Resolution? FromForm(string? number, DateOnly? date, string? body) =>
        string.IsNullOrWhiteSpace(number) && date is null && string.IsNullOrWhiteSpace(body) ? null
            : new Resolution(number?.Trim() ?? "", date, string.IsNullOrWhiteSpace(body) ? null : body.Trim());
}

/// <summary>One row of a "Wnioski i rekomendacje" table, under the goal it belongs to.</summary>
public sealed record Recommendation(string? GoalCode, string Conclusions, string Recommendations, string Implementers, int SourceLine);

/// <summary>A footnote the document prints, with its mark ("*") and where it stands.</summary>
public sealed record Footnote(string Mark, string Text, int SourceLine);

/// <summary>A statistical table printed beside the tree (seed 002: NEET participants per labour office).</summary>
public sealed record DataTable(string Title, IReadOnlyList<string> ColumnHeaders, IReadOnlyList<DataTableRow> Rows, int SourceLine)
{
    /// <summary>The "Źródło:" line printed under the table.</summary>
    public string? Source { get; init; }
}

public sealed record DataTableRow(string Label, IReadOnlyList<Values.RecordedValue> Cells, int SourceLine);
