using Kierunek.Domain.Values;

namespace Kierunek.Domain.Ozps;

/// <summary>Reading one OZPS cell: the same notations as everywhere (X, b.d., "2 348 370", "21.955", "123,19%"),
/// but a row that counts or sums something takes only numbers and markers — a word there is a mistake.</summary>
public static class OzpsCells
{
    /// <summary>The value, or why it cannot stand in a row of this unit.</summary>
    public static (RecordedValue? Value, string? Error) Read(string raw, string unit)
    {
        var result = ValueReader.Read(raw, unit == "zł" ? ValueContext.Money : ValueContext.General);
        if (!result.IsSuccess) return (null, $"„{raw}” nie da się odczytać: {result.Error}");
        var reading = result.Reading!;
        var accepted = unit switch
        {
            "tak/nie" => reading.Kind is ValueKind.Text or ValueKind.NoData or ValueKind.NotApplicable or ValueKind.Empty,
            "%" => reading.Kind is ValueKind.Percentage or ValueKind.Number or ValueKind.NoData or ValueKind.NotApplicable or ValueKind.Empty,
            _ => reading.Kind is ValueKind.Number or ValueKind.Amount or ValueKind.Approximate or ValueKind.NoData or ValueKind.NotApplicable or ValueKind.Empty,
        };
        if (accepted) return (new RecordedValue(raw.Trim(), reading), null);
        return (null, unit == "tak/nie"
            ? $"„{raw}” — oczekiwano „Tak” albo „Nie”."
            : $"„{raw}” nie jest liczbą ani oznaczeniem (X — nie dotyczy, b.d. — brak danych).");
    }
}
