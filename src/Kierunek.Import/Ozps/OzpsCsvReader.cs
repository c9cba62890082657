using Kierunek.Domain.Input;
using Kierunek.Domain.Ozps;
using Kierunek.Domain.Ozps.Synthetic;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Domain.Results;
using Kierunek.Domain.Territory;
using Kierunek.Import.Territory;

namespace Kierunek.Import.Ozps;

/// <summary>Bulk OZPS data for many units: "jednostka;tabela;wiersz;rok;wartość[;komentarz]", one value per line.
/// jednostka — the TERYT code (7 digits for a gmina); tabela — a template table or multi-year table code
/// (<c>./kierunek ozps template</c>); wiersz — the row number or code; rok — "2019", or "2020P" / "prognoza 2020"
/// for the forecast column. The file is read line by line — the whole country is four million lines — and each
/// value is handed on as soon as it is read; a bad line goes to <see cref="Errors"/> and its value is not handed on.</summary>
public sealed class OzpsCsvReader(string fileName, TextReader reader, TerritorialRegister? register = null)
{
    public const string Header = "jednostka;tabela;wiersz;rok;wartość";

    /// <summary>Enough errors to fix a file by; the rest of a wrong file would only repeat them.</summary>
    public const int MaxErrors = 100;

    private readonly TerritorialRegister register = register ?? TercFile.Register;
    private readonly List<Error> errors = [];

    /// <summary>What is wrong with the lines read so far (at most <see cref="MaxErrors"/>).</summary>
    public IReadOnlyList<Error> Errors => errors;

    /// <summary>Whether the file says on its first line that it holds generated data (it stays marked wherever it goes).</summary>
    public bool Synthetic { get; private set; }

    /// <summary>The line read last: where the file ends once <see cref="Values"/> is done.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Each well-formed value with its unit, in the order of the file. Stops at <see cref="MaxErrors"/> errors.</summary>
    public IEnumerable<(TerritorialUnit Unit, OzpsValue Value)> Values()
    {
        var header = reader.ReadLine()?.TrimStart('\uFEFF');
        LineNumber = 1;
        Synthetic = header?.StartsWith(OzpsGenerator.Marker, StringComparison.OrdinalIgnoreCase) == true;
        if (Synthetic)
        {
            header = reader.ReadLine();
            LineNumber++;
        }
        if (header is null || !header.StartsWith(Header, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new Error(new SourceLocation(fileName, LineNumber), OzpsErrors.BadHeader, $"Pierwszy wiersz musi być nagłówkiem „{Header}[;komentarz]”."));
            yield break;
        }
        var any = false;
        while (errors.Count < MaxErrors && reader.ReadLine() is { } line)
        {
            LineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (Read(line) is { } value)
            {
                any = true;
                yield return value;
            }
        }
        if (!any && errors.Count == 0)
            errors.Add(new Error(new SourceLocation(fileName, LineNumber), OzpsErrors.BadFile, $"Do końca pliku (wiersz {LineNumber}) nie ma żadnej wartości pod nagłówkiem."));
    }

    /// <summary>The whole file at once, for files small enough to hold (a test, one gmina's data).</summary>
    public static Result<IReadOnlyList<OzpsUnitData>> Read(string fileName, TextReader reader, TerritorialRegister? register = null)
    {
        var csv = new OzpsCsvReader(fileName, reader, register);
        var units = csv.Values().GroupBy(v => v.Unit.Code)
            .Select(g => new OzpsUnitData(g.First().Unit, g.Select(v => v.Value).ToList(), csv.Synthetic, Source: fileName)).ToList();
        return csv.Errors.Count > 0 ? Result<IReadOnlyList<OzpsUnitData>>.Fail(csv.Errors) : Result<IReadOnlyList<OzpsUnitData>>.Ok(units);
    }

    private (TerritorialUnit, OzpsValue)? Read(string line)
    {
        var cells = line.Split(';');
        var lineNumber = LineNumber;
        SourceLocation At(string column) => new(fileName, lineNumber, column);
        if (cells.Length is < 5 or > 6)
            return Refuse(At("jednostka"), OzpsErrors.FieldCount, $"Wiersz ma {cells.Length} pól, a powinien mieć 5 albo 6 ({Header};komentarz).");
        var code = cells[0].Trim();
        if (register.Find(code) is not { } unit)
            return Refuse(At("jednostka"), OzpsErrors.UnknownUnit, $"Kod TERYT „{code}” nie istnieje w rejestrze TERC.");
        if (Year(cells[3]) is not var (year, forecast))
            return Refuse(At("rok"), OzpsErrors.BadYear, $"„{cells[3].Trim()}” nie jest rokiem (np. 2019, albo 2020P dla prognozy).");
        var template = OzpsTemplate.ForYear(forecast ? year - 1 : year);
        var tableCode = cells[1].Trim();
        var rowCode = cells[2].Trim();
        string unitOfRow;
        if (template.Table(tableCode) is { } table)
        {
            // The printed number in the template of the line's year; a row added in a later template, back-filled for an
            // earlier year, by its code.
            if ((int.TryParse(rowCode, out var number) ? table.Row(number) : table.RowByKey(rowCode) ?? OzpsTemplate.KnownRow(tableCode, rowCode)) is not { } row)
                return Refuse(At("wiersz"), OzpsErrors.UnknownRow, $"Tabela „{tableCode}” ({table.Title}) nie ma wiersza „{rowCode}” (wiersze 1–{table.Rows.Max(r => r.No)}).");
            unitOfRow = row.Unit;
            rowCode = row.Key;
        }
        else if (template.SeriesOf(tableCode) is { } series)
        {
            if (forecast || series.Row(rowCode) is not { } row)
                return Refuse(At("wiersz"), OzpsErrors.UnknownRow, forecast
                    ? $"Tabela wieloletnia „{tableCode}” nie ma kolumny prognozy."
                    : $"Tabela „{tableCode}” ({series.Title}) nie ma wiersza „{rowCode}” (są: {string.Join(", ", series.Rows.Select(r => r.Code))}).");
            unitOfRow = row.Unit;
        }
        else if (tableCode == OzpsKey.Narrative)
        {
            if (forecast || template.TextFigures.FirstOrDefault(f => f.Code == rowCode) is not { } figure)
                return Refuse(At("wiersz"), OzpsErrors.UnknownRow, $"Wzór nie zna liczby opisu „{rowCode}” (są: {string.Join(", ", template.TextFigures.Select(f => f.Code))}).");
            unitOfRow = figure.Unit;
        }
        else return Refuse(At("tabela"), OzpsErrors.UnknownTable, $"Wzór OZPS {template.Version} nie ma tabeli „{tableCode}”; kody tabel podaje ./kierunek ozps template.");
        // The same hygiene as every door: a control character is refused, never stored (PostgreSQL cannot even hold NUL).
        if ((InputText.Check(cells[4], "wartość", InputText.ValueLength, "wartość") ?? (cells.Length == 6 ? InputText.Check(cells[5], "komentarz", InputText.CommentLength, "komentarz") : null)) is { } unfit)
            return Refuse(At(unfit.Field ?? "wartość"), unfit.Code, $"Tabela „{tableCode}”, wiersz {rowCode}, rok {cells[3].Trim()}: {unfit.Message}");
        var (value, error) = OzpsCells.Read(cells[4], unitOfRow);
        if (error is not null) return Refuse(At("wartość"), OzpsErrors.BadCell, $"Tabela „{tableCode}”, wiersz {rowCode}, rok {cells[3].Trim()}: {error}");
        var comment = cells.Length == 6 && cells[5].Trim().Length > 0 ? cells[5].Trim() : null;
        return (unit, new OzpsValue(new OzpsKey(tableCode, rowCode, year, forecast), value!, comment, At("wartość")));
    }

    private (TerritorialUnit, OzpsValue)? Refuse(SourceLocation at, string code, string message)
    {
        errors.Add(new Error(at, code, message));
        return null;
    }

    /// <summary>"2019" → (2019, false); "2020P", "2020 P", "prognoza 2020" → (2020, true).</summary>
    private static (int Year, bool Forecast)? Year(string text)
    {
        var t = text.Trim().ToLowerInvariant().Replace("prognoza", "p").Replace(" ", "");
        var forecast = t.StartsWith('p') || t.EndsWith('p');
        t = t.Trim('p');
        return int.TryParse(t, out var year) && year is > 1990 and < 2100 ? (year, forecast) : null;
    }
}
