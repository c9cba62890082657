using Kierunek.Domain.Strategies.Mapping;
using Kierunek.Domain.Values;
using Kierunek.Import.Reading;
using Kierunek.Import.Strategies.Interpreters;
using System.Text.RegularExpressions;

namespace Kierunek.Import.Mapping;

/// <summary>The wizard's first proposal for a table, which the person then corrects: the header rows (the leading rows
/// with no code and no number but a year), each column's role from its header's words ("Lp." → code, "Wskaźnik" →
/// indicator, "2021" → that year, "Budżet gminy" → cost from the gmina's budget), levels from the codes when there are
/// any, the number convention each value column shows.</summary>
public static partial class MappingGuess
{
    private static readonly (string[] Words, ColumnRole Role)[] HeaderWords =
    [
        (["wartość bazowa", "bazow", "wyjściow", "stan wyjściowy"], ColumnRole.Baseline),
        (["docelow", "oczekiwan", "cel na"], ColumnRole.Target),
        (["jednostka", "j.m", "miara"], ColumnRole.Unit),
        (["wskaźnik", "miernik", "rezultat", "produkt"], ColumnRole.Indicator),
        (["koordynator", "odpowiedzial", "wiodąc"], ColumnRole.Coordinator),
        (["realizator", "partner", "wykonawc", "podmiot"], ColumnRole.Implementer),
        (["termin", "okres realizacji", "harmonogram", "lata realizacji"], ColumnRole.Deadline),
        (["koszt", "kwota", "budżet", "środki", "finansowani", "źródł", " zł", "nakład"], ColumnRole.Cost),
        (["uwagi", "komentarz", "opis", "status", "informacja"], ColumnRole.Notes),
        (["kod", "lp", "l.p", "nr", "symbol", "numer"], ColumnRole.Code),
        (["nazwa", "cel", "zadanie", "działanie", "kierunek", "priorytet", "obszar", "treść"], ColumnRole.Name),
    ];

    public static TableMapping For(SourceTable table, string fileName)
    {
        var headerRows = HeaderRows(table);
        var data = table.Rows.Skip(headerRows).ToList();
        var columns = new List<ColumnMapping>();
        for (var c = 1; c <= table.Width; c++)
        {
            var header = MappedTableInterpreter.Header(table, headerRows, c).ToLowerInvariant();
            var last = headerRows == 0 ? "" : ValueReader.Fold(table.Rows[headerRows - 1][c]);
            var year = Year().Match(last);
            if (!year.Success) year = Year().Match(header);
            if (year.Success)
            {
                columns.Add(new ColumnMapping(c, ColumnRole.Year) { Year = int.Parse(year.Groups[1].Value) });
                continue;
            }
            var role = HeaderWords.FirstOrDefault(h => h.Words.Any(w => header.Contains(w, StringComparison.Ordinal))).Role;
            // Words only say so much: a column of codes is a code column whatever its header says.
            var filled = data.Select(r => ValueReader.Fold(r[c])).Where(t => t.Length > 0).ToList();
            if (filled.Count > 0 && filled.Count(t => LevelCodes.Shape(t) is not null) * 2 > filled.Count && role is ColumnRole.Ignore or ColumnRole.Name)
                role = ColumnRole.Code;
            if (role == ColumnRole.Code && columns.Any(x => x.Role == ColumnRole.Code)) role = ColumnRole.Ignore;
            if (role == ColumnRole.Name && columns.Any(x => x.Role == ColumnRole.Name)) role = ColumnRole.Ignore;
            if (role == ColumnRole.Indicator && columns.Any(x => x.Role == ColumnRole.Indicator)) role = ColumnRole.Ignore;
            if (role == ColumnRole.Ignore && filled.Count > 0 && !columns.Any(x => x.Role == ColumnRole.Name) && filled.Average(t => t.Length) > 15)
                role = ColumnRole.Name;
            columns.Add(new ColumnMapping(c, role) { Funding = role == ColumnRole.Cost ? MappedTableInterpreter.Header(table, headerRows, c) : null });
        }
        var title = Path.GetFileNameWithoutExtension(fileName);
        var mapping = new TableMapping
        {
            Name = $"Mapowanie: {title}", DocumentKey = DocumentKeys.Slug(title), DocumentTitle = title,
            Table = table.Number, HeaderRows = headerRows, Columns = columns,
        };
        var codes = data.Select(r => mapping.Of(ColumnRole.Code) is { } code ? ValueReader.Fold(r[code.Column])
            : mapping.Of(ColumnRole.Name) is { } name ? LevelCodes.LeadingCode(ValueReader.Fold(r[name.Column])) ?? "" : "").Where(t => t.Length > 0).ToList();
        var indented = mapping.Of(ColumnRole.Name) is { } n && data.Any(r => r[n.Column].StartsWith("  ", StringComparison.Ordinal));
        return mapping with { Levels = codes.Count == 0 && indented ? LevelSource.Indentation : LevelSource.Codes };
    }

    /// <summary>Leading rows (at most three) that hold words or years but no code and no other number; after the first,
    /// only rows that fill several cells or name a year.</summary>
    private static int HeaderRows(SourceTable table)
    {
        var count = 0;
        foreach (var row in table.Rows.Take(3))
        {
            var cells = row.Cells.Select(ValueReader.Fold).Where(t => t.Length > 0).ToList();
            if (cells.Count == 0 || cells.Any(t => LevelCodes.Shape(t) is not null && !Year().IsMatch(t))
                || cells.Any(t => Number().IsMatch(t) && !Year().IsMatch(t))) break;
            // A second header row names several columns or years; a row with one name is the first goal.
            if (count > 0 && cells.Count < 2 && !cells.Any(t => Year().IsMatch(t))) break;
            count++;
        }
        return count == 0 && table.Rows.Count > 1 ? 1 : count;
    }

    [GeneratedRegex(@"^((?:19|20)\d{2})(?:\s*r\.?)?$")] private static partial Regex Year();
    [GeneratedRegex(@"^[\d\s.,%-]+$")] private static partial Regex Number();
}
