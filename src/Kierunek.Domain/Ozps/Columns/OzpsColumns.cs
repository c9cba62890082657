using Kierunek.Domain.Ozps.Template;
using Kierunek.Domain.Territory;
using Kierunek.Domain.Values;

namespace Kierunek.Domain.Ozps.Columns;

/// <summary>The rows a country-wide computation reads, held column-wise: for each template row (table/row) one array
/// of numbers and one of states, indexed by unit × year — no object per value. Four million values of the whole
/// country as objects took 367 MB and most of a computation's time in dictionary look-ups; the rows the indicators,
/// the staffing check and the barometer read are 16 arrays of 15 000 cells. Built a batch of units at a time (a
/// voivodeship), so the units' objects can be let go as soon as they are copied in.</summary>
public sealed class OzpsColumns
{
    /// <summary>What a cell holds: nothing usable (missing, b.d., text), a number, or "X" (not applicable), which a
    /// sum skips and a single input does not take.</summary>
    public const byte Missing = 0, Number = 1, NotApplicable = 2;

    private readonly Dictionary<(string Table, string Row), int> columnOf;

    public IReadOnlyList<TerritorialUnit> Units { get; }
    public IReadOnlyList<bool> Synthetic { get; }
    public int FromYear { get; }
    public int Years { get; }
    public int ToYear => FromYear + Years - 1;

    /// <summary>Per cell (unit × year): whether the unit has any value for the year (a year it has none of is not
    /// computed, as <see cref="OzpsUnitData.Years"/> says for one unit).</summary>
    public bool[] Present { get; }

    public decimal[][] Numbers { get; }
    public byte[][] States { get; }

    private OzpsColumns(Dictionary<(string, string), int> columnOf, IReadOnlyList<TerritorialUnit> units, IReadOnlyList<bool> synthetic, int fromYear, int years,
        bool[] present, decimal[][] numbers, byte[][] states)
    {
        (this.columnOf, Units, Synthetic, FromYear, Years, Present, Numbers, States) = (columnOf, units, synthetic, fromYear, years, present, numbers, states);
    }

    public int Cell(int unit, int year) => unit * Years + (year - FromYear);

    /// <summary>The column of a template row, or -1 when it is not held.</summary>
    public int Column(string table, string row) => columnOf.TryGetValue((table, row), out var c) ? c : -1;

    /// <summary>Every row the template's indicators and barometer and the staffing check read.</summary>
    public static IEnumerable<(string Table, string Row)> RowsRead(OzpsTemplate template)
    {
        var sources = template.Indicators.SelectMany(i => i.Numerator.From.Concat(i.Denominator.From))
            .Concat(template.Barometer.Components.Select(c => c.Source).OfType<string>());
        foreach (var source in sources)
        {
            var slash = source.IndexOf('/');
            foreach (var row in source[(slash + 1)..].Split('+')) yield return (source[..slash], row);
        }
        foreach (var row in StaffingColumns.RowsRead) yield return row;
    }

    /// <summary>Copies units in, a batch at a time; <see cref="Build"/> gives the columns.</summary>
    public sealed class Builder(IEnumerable<(string Table, string Row)> rows, int fromYear, int toYear)
    {
        private readonly Dictionary<(string, string), int> columnOf = rows.Distinct().Select((r, i) => (r, i)).ToDictionary(x => x.r, x => x.i);
        private readonly List<TerritorialUnit> units = [];
        private readonly List<bool> synthetic = [];
        private readonly List<bool> present = [];
        private List<decimal>[]? numbers;
        private List<byte>[]? states;
        private readonly int years = toYear - fromYear + 1;

        public Builder Add(IEnumerable<OzpsUnitData> batch)
        {
            numbers ??= columnOf.Select(_ => new List<decimal>()).ToArray();
            states ??= columnOf.Select(_ => new List<byte>()).ToArray();
            foreach (var data in batch)
            {
                var first = units.Count * years;
                units.Add(data.Unit);
                synthetic.Add(data.Synthetic);
                for (var y = 0; y < years; y++) present.Add(false);
                for (var c = 0; c < numbers.Length; c++)
                {
                    numbers[c].AddRange(Enumerable.Repeat(0m, years));
                    states[c].AddRange(Enumerable.Repeat(Missing, years));
                }
                // In the values' order, so a later value of the same key wins, as in OzpsUnitData's index.
                foreach (var value in data.Values)
                {
                    var key = value.Key;
                    if (key.Forecast || key.Year < fromYear || key.Year > fromYear + years - 1) continue;
                    var cell = first + key.Year - fromYear;
                    present[cell] = true;
                    if (!columnOf.TryGetValue((key.Table, key.Row), out var column)) continue;
                    if (value.Number is { } n) (numbers[column][cell], states[column][cell]) = (n, Number);
                    else (numbers[column][cell], states[column][cell]) = (0m, value.Value.Reading.Kind == ValueKind.NotApplicable ? NotApplicable : Missing);
                }
            }
            return this;
        }

        public OzpsColumns Build() => new(columnOf, units, synthetic, fromYear, years, [.. present],
            (numbers ?? []).Select(n => n.ToArray()).ToArray(), (states ?? []).Select(s => s.ToArray()).ToArray());
    }
}
