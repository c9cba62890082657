using Kierunek.Domain.Ozps;
using Kierunek.Domain.Ozps.Synthetic;
using Kierunek.Domain.Ozps.Template;

namespace Kierunek.Import.Ozps;

/// <summary>Writes OZPS data in the bulk CSV format <see cref="OzpsCsvReader"/> reads; synthetic data gets the
/// marker line first.</summary>
public static class OzpsCsvWriter
{
    public static void Write(IReadOnlyList<OzpsUnitData> units, TextWriter writer, string? note = null)
    {
        if (units.Any(u => u.Synthetic)) writer.WriteLine($"{OzpsGenerator.Marker}{(note is null ? "" : $" — {note}")}");
        writer.WriteLine($"{OzpsCsvReader.Header};komentarz");
        foreach (var unit in units)
            foreach (var value in unit.Values)
                writer.WriteLine($"{unit.Unit.Code};{value.Key.Table};{Printed(value.Key)};{value.Key.Year}{(value.Key.Forecast ? "P" : "")};{value.Value.Raw};{value.Comment}");
    }

    /// <summary>A template table's row as the reader takes it: its printed number in the template of the value's year.</summary>
    private static string Printed(OzpsKey key) =>
        OzpsTemplate.ForYear(key.Forecast ? key.Year - 1 : key.Year).Table(key.Table)?.RowByKey(key.Row)?.No.ToString() ?? key.Row;
}
