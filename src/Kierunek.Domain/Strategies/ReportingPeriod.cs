using System.Text.Json.Serialization;
namespace Kierunek.Domain.Strategies;

/// <summary>A reporting period: a calendar year, or a range of years printed as one column
/// ("(2015 + 2016)" in seed 002). Inclusive on both ends.</summary>
public sealed record ReportingPeriod
{
    public ReportingPeriod(int fromYear, int? toYear = null)
    {
        if (fromYear is < 1990 or > 2100) throw new ArgumentOutOfRangeException(nameof(fromYear));
        if (toYear is { } t && (t < fromYear || t > 2100)) throw new ArgumentOutOfRangeException(nameof(toYear));
        FromYear = fromYear;
        ToYear = toYear ?? fromYear;
    }

    [JsonConstructor]
    public ReportingPeriod(int fromYear, int toYear) : this(fromYear, (int?)toYear) { }

    public int FromYear { get; }
    public int ToYear { get; }
    [JsonIgnore] public bool IsSingleYear => FromYear == ToYear;

    public override string ToString() => IsSingleYear ? FromYear.ToString() : $"{FromYear}–{ToYear}";
}
