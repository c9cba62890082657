using Kierunek.Domain.Results;
using Sylvan.Data.Csv;
using System.Text;

namespace Kierunek.Import.Reading;

/// <summary>One row of a table as printed: its cells' text, its line in the read source and its place in the file as
/// the user sees it ("tabela 2, wiersz 14", "arkusz „Wskaźniki”, wiersz 14", "wiersz 14").</summary>
public sealed record SourceRow(int Line, string Place, IReadOnlyList<string> Cells)
{
    public string this[int column] => column >= 1 && column <= Cells.Count ? Cells[column - 1] : "";
}

/// <summary>A table of a file the wizard can map: the n-th table of a Word document or text file, the n-th visible
/// sheet of a workbook, or a whole CSV file.</summary>
public sealed record SourceTable(int Number, string Name, IReadOnlyList<SourceRow> Rows)
{
    public int Width => Rows.Count == 0 ? 0 : Rows.Max(r => r.Cells.Count);

    /// <summary>"Tabela 2: 14 wierszy, 6 kolumn — Lp. | Cel | Wskaźnik …" for a list to choose from.</summary>
    public string Describe()
    {
        var first = Rows.FirstOrDefault(r => r.Cells.Any(c => c.Trim().Length > 0));
        var start = first is null ? "" : string.Join(" | ", first.Cells.Select(c => c.Trim()).Where(c => c.Length > 0));
        if (start.Length > 80) start = start[..80] + "…";
        return $"{Name}: {Domain.Language.PolishPlural.Of(Rows.Count, "wiersz", "wiersze", "wierszy")}, {Domain.Language.PolishPlural.Of(Width, "kolumna", "kolumny", "kolumn")}" + (start.Length > 0 ? $" — {start}" : "");
    }
}

/// <summary>The tables of an uploaded file for the mapping wizard: a Word document's tables, a workbook's visible sheets
/// (a sheet is one table, blank rows and all), a text file's runs of tab-separated lines, a CSV file (separator found
/// from the file: semicolon as Polish Excel writes it, comma or tab; UTF-8 or, failing that, Windows-1250, the
/// encoding Polish Excel saves CSV in).</summary>
public static class SourceTables
{
    public const string NoTables = "no-tables";

    public static Result<IReadOnlyList<SourceTable>> Read(string fileName, byte[] bytes)
    {
        if (FileLimit.Document.Check(fileName, bytes.LongLength) is { } tooLarge) return Result<IReadOnlyList<SourceTable>>.Fail(tooLarge);
        var tables = IsCsv(fileName, bytes) ? Csv(fileName, bytes) : FromSource(fileName, bytes);
        if (!tables.IsSuccess || tables.Value!.Count > 0) return tables;
        return Result<IReadOnlyList<SourceTable>>.Fail(new Error(new SourceLocation(fileName, 1), NoTables,
            "W pliku nie ma żadnej tabeli: ani tabeli Worda, ani arkusza z danymi, ani wierszy z kolumnami rozdzielonymi tabulatorem, średnikiem lub przecinkiem. Sprawdź, czy to właściwy plik."));
    }

    private static Result<IReadOnlyList<SourceTable>> FromSource(string fileName, byte[] bytes)
    {
        var source = SourceText.FromBytes(fileName, bytes);
        if (!source.IsSuccess) return Result<IReadOnlyList<SourceTable>>.Fail(source.Errors);
        var text = source.Value!;
        var tables = new List<SourceTable>();
        if (text.Places.Count > 0)
        {
            // A Word or Excel file: rows grouped by the table or sheet their place names.
            var groups = new List<(string Key, List<SourceRow> Rows)>();
            for (var i = 0; i < text.Lines.Count; i++)
            {
                var place = text.PlaceOf(i + 1);
                if (place is null || !place.Contains(", wiersz ")) continue;
                var key = place[..place.IndexOf(", wiersz ", StringComparison.Ordinal)];
                if (!key.StartsWith("tabela ", StringComparison.Ordinal) && !key.StartsWith("arkusz ", StringComparison.Ordinal)) continue;
                if (groups.Count == 0 || groups[^1].Key != key) groups.Add((key, []));
                groups[^1].Rows.Add(new SourceRow(i + 1, place, Cells(text.Lines[i])));
            }
            foreach (var (key, rows) in groups.Where(g => g.Rows.Any(r => r.Cells.Any(c => c.Length > 0))))
                tables.Add(new SourceTable(tables.Count + 1, char.ToUpperInvariant(key[0]) + key[1..], Trimmed(rows)));
            return Result<IReadOnlyList<SourceTable>>.Ok(tables);
        }
        // A text file: each run of lines with tabs is a table.
        List<SourceRow>? run = null;
        for (var i = 0; i <= text.Lines.Count; i++)
        {
            var line = i < text.Lines.Count ? text.Lines[i] : "";
            if (line.Contains('\t'))
            {
                (run ??= []).Add(new SourceRow(i + 1, $"wiersz {i + 1}", Cells(line)));
                continue;
            }
            if (run is { Count: > 0 }) tables.Add(new SourceTable(tables.Count + 1, $"Tabela {tables.Count + 1}", run));
            run = null;
        }
        return Result<IReadOnlyList<SourceTable>>.Ok(tables);
    }

    private static string[] Cells(string line) => line.Split('\t').Select(c => c.Replace(WordFile.ParagraphBreak, '\n')).ToArray();

    /// <summary>A sheet's trailing empty rows are not part of its table.</summary>
    private static List<SourceRow> Trimmed(List<SourceRow> rows)
    {
        var last = rows.FindLastIndex(r => r.Cells.Any(c => c.Trim().Length > 0));
        return rows.Take(last + 1).ToList();
    }

    private static bool IsCsv(string fileName, byte[] bytes) =>
        Path.GetExtension(fileName).Equals(".csv", StringComparison.OrdinalIgnoreCase)
        && !bytes.AsSpan().StartsWith("PK"u8);

    private static Result<IReadOnlyList<SourceTable>> Csv(string fileName, byte[] bytes)
    {
        var text = Decode(bytes);
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var rows = new List<SourceRow>();
        try
        {
            // No delimiter given: Sylvan finds it in the first row (a semicolon, a comma or a tab).
            using var reader = CsvDataReader.Create(new StringReader(text), new CsvDataReaderOptions { HasHeaders = false });
            while (reader.Read())
            {
                var cells = new string[reader.RowFieldCount];
                for (var i = 0; i < cells.Length; i++) cells[i] = reader.GetString(i);
                rows.Add(new SourceRow(reader.RowNumber, $"wiersz {reader.RowNumber}", cells));
            }
        }
        catch (CsvFormatException e)
        {
            return Result<IReadOnlyList<SourceTable>>.Fail(new Error(new SourceLocation(fileName, e.RowNumber), ImportErrorCodes.NotText,
                $"Pliku CSV nie da się odczytać w wierszu {e.RowNumber}: cudzysłów bez pary albo uszkodzony wiersz. Zapisz plik z Excela ponownie jako „CSV (rozdzielany średnikami)”."));
        }
        var table = Trimmed(rows);
        return Result<IReadOnlyList<SourceTable>>.Ok(table.Count == 0 ? [] : [new SourceTable(1, "Plik CSV", table)]);
    }

    /// <summary>UTF-8 when the bytes are UTF-8; else Windows-1250, in which Polish Excel saves "CSV (rozdzielany średnikami)".</summary>
    private static string Decode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1250).GetString(bytes);
        }
    }
}
