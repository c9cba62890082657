using Kierunek.Domain.Ozps;
using Kierunek.Domain.Ozps.Synthetic;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Domain.Results;
using Kierunek.Domain.Territory;
using Kierunek.Import.Reading;
using Kierunek.Import.Territory;
using System.Text;

namespace Kierunek.Import.Ozps;

/// <summary>Bulk OZPS data for many units: "jednostka;tabela;wiersz;rok;wartość[;komentarz]", one value per line.
/// jednostka — the TERYT code (7 digits for a gmina); tabela — a template table or multi-year table code
/// (<c>./kierunek ozps template</c> lists them); wiersz — the row number or code; rok — "2019", or "2020P" /
/// "prognoza 2020" for the forecast column. Every line is checked; one bad line and nothing is returned.</summary>
public static class OzpsCsvReader
{
    public const string Header = "jednostka;tabela;wiersz;rok;wartość";

    /// <summary>Large enough for every gmina of the country with six years of data.</summary>
    public const long MaxBytes = 512L * 1024 * 1024;

    public static Result<IReadOnlyList<OzpsUnitData>> Load(string path, TerritorialRegister? register = null)
    {
        var name = Path.GetFileName(path);
        if (InputFiles.NotAFile(path) is { } notAFile) return Result<IReadOnlyList<OzpsUnitData>>.Fail(notAFile);
        if (new FileInfo(path).Length > MaxBytes) return Fail(new SourceLocation(name), OzpsErrors.BadFile, $"Plik jest większy niż {MaxBytes / 1024 / 1024} MB.");
        try
        {
            using var reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
            return Read(name, reader, register);
        }
        catch (DecoderFallbackException)
        {
            return Fail(new SourceLocation(name), OzpsErrors.BadFile, "Plik nie jest zapisany w UTF-8: zapisz go z Excela jako „CSV UTF-8 (rozdzielany przecinkami)” ze średnikami.");
        }
    }

    public static Result<IReadOnlyList<OzpsUnitData>> Read(string fileName, TextReader reader, TerritorialRegister? register = null)
    {
        register ??= TercFile.Register;
        var errors = new List<Error>();
        var byUnit = new Dictionary<string, List<OzpsValue>>();
        var header = reader.ReadLine()?.TrimStart('\uFEFF');
        var lineNumber = 1;
        // Generated data says so on its first line, and stays marked wherever it is stored or shown.
        var synthetic = header?.StartsWith(OzpsGenerator.Marker, StringComparison.OrdinalIgnoreCase) == true;
        if (synthetic)
        {
            header = reader.ReadLine();
            lineNumber++;
        }
        if (header is null || !header.StartsWith(Header, StringComparison.OrdinalIgnoreCase))
            return Fail(new SourceLocation(fileName, lineNumber), OzpsErrors.BadHeader, $"Pierwszy wiersz musi być nagłówkiem „{Header}[;komentarz]”.");
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Trim().Length == 0) continue;
            if (errors.Count >= 100) break; // enough to fix the file; the rest would repeat them
            var cells = line.Split(';');
            SourceLocation At(string column) => new(fileName, lineNumber, column);
            if (cells.Length is < 5 or > 6)
            {
                errors.Add(new Error(At("jednostka"), OzpsErrors.FieldCount, $"Wiersz ma {cells.Length} pól, a powinien mieć 5 albo 6 ({Header};komentarz)."));
                continue;
            }
            var code = cells[0].Trim();
            if (register.Find(code) is not { } unit)
            {
                errors.Add(new Error(At("jednostka"), OzpsErrors.UnknownUnit, $"Kod TERYT „{code}” nie istnieje w rejestrze TERC."));
                continue;
            }
            if (Year(cells[3]) is not var (year, forecast))
            {
                errors.Add(new Error(At("rok"), OzpsErrors.BadYear, $"„{cells[3].Trim()}” nie jest rokiem (np. 2019, albo 2020P dla prognozy)."));
                continue;
            }
            var template = OzpsTemplate.ForYear(forecast ? year - 1 : year);
            var tableCode = cells[1].Trim();
            var rowCode = cells[2].Trim();
            string unitOfRow;
            if (template.Table(tableCode) is { } table)
            {
                if (!int.TryParse(rowCode, out var number) || table.Row(number) is not { } row)
                {
                    errors.Add(new Error(At("wiersz"), OzpsErrors.UnknownRow, $"Tabela „{tableCode}” ({table.Title}) nie ma wiersza „{rowCode}” (wiersze 1–{table.Rows.Max(r => r.No)})."));
                    continue;
                }
                unitOfRow = row.Unit;
            }
            else if (template.SeriesOf(tableCode) is { } series)
            {
                if (forecast || series.Row(rowCode) is not { } row)
                {
                    errors.Add(new Error(At("wiersz"), OzpsErrors.UnknownRow, forecast
                        ? $"Tabela wieloletnia „{tableCode}” nie ma kolumny prognozy."
                        : $"Tabela „{tableCode}” ({series.Title}) nie ma wiersza „{rowCode}” (są: {string.Join(", ", series.Rows.Select(r => r.Code))})."));
                    continue;
                }
                unitOfRow = row.Unit;
            }
            else if (tableCode == OzpsKey.Narrative)
            {
                if (forecast || template.TextFigures.FirstOrDefault(f => f.Code == rowCode) is not { } figure)
                {
                    errors.Add(new Error(At("wiersz"), OzpsErrors.UnknownRow, $"Wzór nie zna liczby opisu „{rowCode}” (są: {string.Join(", ", template.TextFigures.Select(f => f.Code))})."));
                    continue;
                }
                unitOfRow = figure.Unit;
            }
            else
            {
                errors.Add(new Error(At("tabela"), OzpsErrors.UnknownTable, $"Wzór OZPS {template.Version} nie ma tabeli „{tableCode}”; kody tabel podaje ./kierunek ozps template."));
                continue;
            }
            var (value, error) = OzpsCells.Read(cells[4], unitOfRow);
            if (error is not null)
            {
                errors.Add(new Error(At("wartość"), OzpsErrors.BadCell, $"Tabela „{tableCode}”, wiersz {rowCode}, rok {cells[3].Trim()}: {error}"));
                continue;
            }
            var comment = cells.Length == 6 && cells[5].Trim().Length > 0 ? cells[5].Trim() : null;
            if (!byUnit.TryGetValue(unit.Code, out var values)) byUnit[unit.Code] = values = [];
            values.Add(new OzpsValue(new OzpsKey(tableCode, rowCode, year, forecast), value!, comment, At("wartość")));
        }
        if (errors.Count > 0) return Result<IReadOnlyList<OzpsUnitData>>.Fail(errors);
        if (byUnit.Count == 0) return Fail(new SourceLocation(fileName, lineNumber), OzpsErrors.BadFile, $"Do końca pliku (wiersz {lineNumber}) nie ma żadnej wartości pod nagłówkiem.");
        return Result<IReadOnlyList<OzpsUnitData>>.Ok(byUnit.Select(u => new OzpsUnitData(register.Find(u.Key)!, u.Value, synthetic, Source: fileName)).ToList());
    }

    /// <summary>"2019" → (2019, false); "2020P", "2020 P", "prognoza 2020" → (2020, true).</summary>
    private static (int Year, bool Forecast)? Year(string text)
    {
        var t = text.Trim().ToLowerInvariant().Replace("prognoza", "p").Replace(" ", "");
        var forecast = t.StartsWith('p') || t.EndsWith('p');
        t = t.Trim('p');
        return int.TryParse(t, out var year) && year is > 1990 and < 2100 ? (year, forecast) : null;
    }

    private static Result<IReadOnlyList<OzpsUnitData>> Fail(SourceLocation at, string code, string message) =>
        Result<IReadOnlyList<OzpsUnitData>>.Fail(new Error(at, code, message));
}
