using Kierunek.Domain.Ozps;
using Kierunek.Domain.Territory;
using Kierunek.Domain.Values;

namespace Kierunek.Domain.Tests.Ozps;

/// <summary>Small hand-made OZPS data for tests.</summary>
public static class TestData
{
    public static OzpsUnitData Unit(TerritorialUnit unit, int year, params (string Table, string Row, decimal Value)[] values) =>
        new(unit, values.Select(v => Value(v.Table, v.Row, year, v.Value)).ToList());

    public static OzpsValue Value(string table, string row, int year, decimal n)
    {
        var text = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new(new OzpsKey(table, row, year), new RecordedValue(text, new ValueReading { Kind = ValueKind.Number, Text = text, Number = n }));
    }
}
