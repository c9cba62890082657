namespace Kierunek.Domain.Values;

/// <summary>How a printed cell was understood. Markers (no data, not applicable, …) are
/// states of their own and never a number: a report must show them, not a zero.</summary>
public enum ValueKind
{
    /// <summary>The cell is empty: the document gives nothing here.</summary>
    Empty,
    /// <summary>An exact count or quantity, optionally with a unit word ("10 osób").</summary>
    Number,
    /// <summary>An approximate quantity ("ok. 3.700").</summary>
    Approximate,
    /// <summary>Money; <see cref="ValueReading.Unit"/> says "zł" or "tys. zł".</summary>
    Amount,
    /// <summary>A percentage; the number is in percent points (83,2 means 83,2%).</summary>
    Percentage,
    /// <summary>Several numbers in one cell ("8096 rodzin / 14 113 osób", "7/25").</summary>
    Breakdown,
    /// <summary>A qualitative level (wysoki / wystarczający / minimalny).</summary>
    QualitativeLevel,
    /// <summary>A list of items without numbers (institutions, activities).</summary>
    List,
    /// <summary>Free text.</summary>
    Text,
    /// <summary>"b.d.", "brak danych": the value exists but was not reported.</summary>
    NoData,
    /// <summary>"x", "X", "-": the cell does not apply.</summary>
    NotApplicable,
    /// <summary>"j.w." — repeats the value above; it is linked, not copied.</summary>
    SameAsAbove,
    /// <summary>"w ramach działalności statutowej", "bez nakładów finansowych": no separate cost.</summary>
    NoFinancialOutlay,
    /// <summary>"pomiar … od 2022 roku": the indicator was not measured yet in that period.</summary>
    NotMeasuredYet,
}
