namespace Kierunek.Domain.Strategies.Mapping;

/// <summary>What a column of a table holds.</summary>
public enum ColumnRole
{
    Ignore,
    /// <summary>The item's printed code ("1.1.", "I.", "A)"): its level, and the key a next year's import updates by.</summary>
    Code,
    /// <summary>The item's name (may start with its code: "1.1. Zwiększenie …").</summary>
    Name,
    /// <summary>The item's level as a number (1, 2, 3) or a level name ("Cel operacyjny").</summary>
    Level,
    Coordinator,
    Implementer,
    /// <summary>Term of implementation ("2021–2025", "corocznie").</summary>
    Deadline,
    /// <summary>An indicator's name: a new indicator of the row's item (or of the item above, in a row with no item).</summary>
    Indicator,
    Unit,
    Baseline,
    Target,
    /// <summary>The indicator's value in one year (<see cref="ColumnMapping.Year"/>).</summary>
    Year,
    /// <summary>A planned or spent amount from one funding source (<see cref="ColumnMapping.Funding"/>; "razem" for the total).</summary>
    Cost,
    Notes,
}

/// <summary>Where a table says an item's level.</summary>
public enum LevelSource
{
    /// <summary>From the shape of the codes ("I." / "1." / "1.1").</summary>
    Codes,
    /// <summary>From the indentation of the name (two spaces or one Excel indent per level).</summary>
    Indentation,
    /// <summary>From a column holding the level (<see cref="ColumnRole.Level"/>).</summary>
    LevelColumn,
}

/// <summary>One column's role, with its year (for <see cref="ColumnRole.Year"/>), funding source (for
/// <see cref="ColumnRole.Cost"/>) and how it writes numbers.</summary>
/// <param name="Column">1-based, as a person counts columns ("kolumna 3").</param>
public sealed record ColumnMapping(int Column, ColumnRole Role)
{
    public int? Year { get; init; }
    public string? Funding { get; init; }
    public NumberConvention Numbers { get; init; } = NumberConvention.Auto;
}

/// <summary>How one table no known layout reads becomes a strategy: which table of the file, how many header rows,
/// what each column holds, where the levels come from and what they are called. Saved under a name with the strategy
/// and reused for next year's file, whose items then update by code instead of being added again. Its file form is
/// <see cref="MappingFile"/> (docs/mapowanie.md).</summary>
public sealed record TableMapping
{
    public required string Name { get; init; }
    /// <summary>The strategy the table fills: its key (the same key next year updates it) and title.</summary>
    public required string DocumentKey { get; init; }
    public required string DocumentTitle { get; init; }
    /// <summary>1-based: the n-th table of a Word document or text file, the n-th visible sheet of a workbook.</summary>
    public int Table { get; init; } = 1;
    public int HeaderRows { get; init; } = 1;
    public required IReadOnlyList<ColumnMapping> Columns { get; init; }
    public LevelSource Levels { get; init; } = LevelSource.Codes;
    /// <summary>Names of the levels from the top ("Cel strategiczny", "Cel operacyjny", "Działanie"); the last one is the
    /// action the monitoring asks about.</summary>
    public IReadOnlyList<string> LevelNames { get; init; } = [];

    public ColumnMapping? Of(ColumnRole role) => Columns.FirstOrDefault(c => c.Role == role);

    /// <summary>The limits a mapping is checked against: as many columns as Excel has, levels a strategy can have.</summary>
    public const int MaxColumns = 16_384;
    public const int MaxLevels = 6;
    public const int MaxHeaderRows = 20;
}
