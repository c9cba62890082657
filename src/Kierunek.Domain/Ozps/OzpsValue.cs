using Kierunek.Domain.Results;
using Kierunek.Domain.Territory;
using Kierunek.Domain.Values;

namespace Kierunek.Domain.Ozps;

/// <summary>Where an OZPS value sits: a numbered row of a template table ("swiadczenia", "19"), a row of a
/// multi-year table ("praca-socjalna", "rodziny-swiadczenia") or a figure of the narrative ("opis",
/// "ludnosc"); the year; and whether it is the forecast column.</summary>
public readonly record struct OzpsKey(string Table, string Row, int Year, bool Forecast = false)
{
    /// <summary>The table of the figures the narrative prints.</summary>
    public const string Narrative = "opis";

    public override string ToString() => $"{Table}/{Row}/{Year}{(Forecast ? " (prognoza)" : "")}";
}

/// <summary>A value as entered or printed, with its reading; a comment (why a forecast breaks the trend, where
/// the forecast came from) and where it was read.</summary>
public sealed record OzpsValue(OzpsKey Key, RecordedValue Value, string? Comment = null, SourceLocation? Source = null)
{
    public decimal? Number => Value.Reading.Kind is ValueKind.Number or ValueKind.Amount or ValueKind.Approximate or ValueKind.Percentage ? Value.Reading.Number : null;
}

/// <summary>The OZPS data of one territorial unit. <see cref="Synthetic"/> marks generated demo and benchmark
/// data: every output that shows it says so.</summary>
public sealed record OzpsUnitData(TerritorialUnit Unit, IReadOnlyList<OzpsValue> Values, bool Synthetic = false, int? AssessmentYear = null, string? Source = null)
{
    private Dictionary<OzpsKey, OzpsValue>? byKey;

    /// <summary>A copy ("with") builds its own index of its own values.</summary>
    private OzpsUnitData(OzpsUnitData other)
    {
        Unit = other.Unit;
        Values = other.Values;
        Synthetic = other.Synthetic;
        AssessmentYear = other.AssessmentYear;
        Source = other.Source;
    }

    public OzpsValue? this[OzpsKey key] => Index().GetValueOrDefault(key);

    /// <summary>The values by key (a later value of the same key wins), built on first use.</summary>
    public Dictionary<OzpsKey, OzpsValue> Index()
    {
        if (byKey is { } built) return built;
        var index = new Dictionary<OzpsKey, OzpsValue>(Values.Count);
        foreach (var value in Values) index[value.Key] = value;
        return byKey = index;
    }

    public decimal? Number(string table, string row, int year, bool forecast = false) => this[new OzpsKey(table, row, year, forecast)]?.Number;

    public IEnumerable<int> Years => Values.Where(v => !v.Key.Forecast).Select(v => v.Key.Year).Distinct().Order();
}
