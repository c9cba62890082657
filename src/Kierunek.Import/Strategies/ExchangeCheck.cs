using Kierunek.Domain.Input;
using Kierunek.Domain.Results;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Values;
using Kierunek.Import.Grids;

namespace Kierunek.Import.Strategies;

/// <summary>An exchange file is checked like any other input: its JSON is held to the model's own schema by
/// <see cref="Domain.Strategies.Exchange.DocumentJson"/> (required fields, no nulls where the model has none, no
/// unknown fields), and here every cell's raw text is read again and compared with the reading the file gives. Another
/// tool (or a hand edit) that stored "12.500.000" as 12,5 is refused, naming the cell — the raw text is what was printed.</summary>
public static class ExchangeCheck
{
    /// <summary>How many disagreements are listed before the rest are only counted.</summary>
    private const int Listed = 20;

    public static IReadOnlyList<Error> Reread(StrategyDocument document, string fileName)
    {
        var errors = new List<Error>();
        var count = 0;
        void Check(RecordedValue? value, ValueContext context, string place)
        {
            if (value is null) return;
            var cell = CellText.Parse(value.Raw);
            var again = ValueReader.Read(cell.Text, context, cell.Items);
            var disagreement = again.Reading is not { } reading ? $"tekst „{InputText.Quote(value.Raw)}” nie daje się odczytać ({again.Error})"
                : !Same(reading, value.Reading) ? $"tekst „{InputText.Quote(value.Raw)}” to: {Describe(reading)}, a plik podaje: {Describe(value.Reading)}"
                : null;
            if (disagreement is null) return;
            if (++count <= Listed)
                errors.Add(new Error(new SourceLocation(fileName, null, place), ImportErrorCodes.InvalidExchangeFile,
                    $"{place}: {disagreement}. Odczyt w pliku wymiany musi zgadzać się z tekstem komórki — popraw odczyt albo tekst."));
        }

        foreach (var node in document.AllNodes())
        {
            var name = node.ToString();
            foreach (var cost in node.Costs)
                foreach (var (value, column) in new[] { (cost.Total, "koszt"), (cost.State, "państwo"), (cost.Gmina, "gmina"), (cost.Other, "inne"), (cost.Extra, "dodatkowe") })
                    Check(value, ValueContext.Money, $"{name}, {column} (wiersz {cost.SourceLine})");
            foreach (var indicator in node.Indicators)
            {
                var label = $"{name}, wskaźnik „{InputText.Quote(indicator.Name ?? indicator.Code ?? "bez nazwy")}”";
                Check(indicator.Baseline?.Value, ValueContext.General, $"{label}, wartość bazowa");
                Check(indicator.Target?.Value, ValueContext.General, $"{label}, wartość docelowa");
                foreach (var v in indicator.Values) Check(v.Value, ValueContext.General, $"{label}, {v.Period}");
            }
        }
        foreach (var total in document.PrintedTotals)
            foreach (var (value, column) in new[] { (total.Total, "koszt"), (total.State, "państwo"), (total.Gmina, "gmina"), (total.Other, "inne") })
                Check(value, ValueContext.Money, $"suma „{InputText.Quote(total.Label)}”, {column}");
        if (count > Listed)
            errors.Add(new Error(new SourceLocation(fileName), ImportErrorCodes.InvalidExchangeFile, $"… i {count - Listed} innych komórek, których odczyt nie zgadza się z tekstem."));
        return errors;
    }

    /// <summary>The kind and the numbers decide what a value means; wording such as the plain text may be folded differently.</summary>
    private static bool Same(ValueReading a, ValueReading b) =>
        a.Kind == b.Kind && a.Number == b.Number && a.Parts.Select(p => p.Number).SequenceEqual(b.Parts.Select(p => p.Number));

    private static string Describe(ValueReading r) => ReadingText.Of(r);
}
