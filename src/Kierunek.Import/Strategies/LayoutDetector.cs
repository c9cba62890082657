using Kierunek.Domain.Input;
using Kierunek.Domain.Results;
using Kierunek.Domain.Strategies;
using Kierunek.Import.Grids;

namespace Kierunek.Import.Strategies;

/// <summary>Recognises a document's layout from its table headers (seeds 000, 001, 002, 004),
/// and an OZPS (seed 003), which has its own importer.</summary>
public static class LayoutDetector
{
    public static Result<DocumentLayout> Detect(Grid grid)
    {
        foreach (var row in grid.Rows)
        {
            var cells = row.Cells.Select(c => c.Flat).ToList();
            if (cells.Contains("Zadania") && cells.Contains("Realizowane działania") && cells.Contains("Koordynator"))
                return Result<DocumentLayout>.Ok(DocumentLayout.ImplementationTable);
            if (cells.Contains("L.p.") && cells.Any(c => c.StartsWith("Zadania realizacyjne")) && cells.Contains("Wskaźniki"))
                return Result<DocumentLayout>.Ok(DocumentLayout.IndicatorTable);
            if (cells.Contains("Wskaźnik") && cells.Any(c => c.StartsWith("Wskaźnik bazowy")) && cells.Contains("Wskaźnik docelowy"))
                return Result<DocumentLayout>.Ok(DocumentLayout.MonitoringReport);
            if (cells.Count >= 2 && cells[0] == "Wskaźniki monitorujące" && cells.Skip(1).Any(c => c.Length == 4 && int.TryParse(c, out _)))
                return Result<DocumentLayout>.Ok(DocumentLayout.MultiYearTable);
        }
        var end = new SourceLocation(grid.FileName, grid.Rows.Count > 0 ? grid.Rows[^1].Line : 1);
        if (IsOzps(grid))
            return Result<DocumentLayout>.Fail(new Error(new SourceLocation(grid.FileName, grid.Rows.FirstOrDefault(r => r.Cells.Any(c => c.Flat.StartsWith("WYSZCZEGÓLNIENIE", StringComparison.Ordinal)))?.Line ?? 1), ImportErrorCodes.OzpsDocument,
                "To jest Ocena Zasobów Pomocy Społecznej (tabele „WYSZCZEGÓLNIENIE / Rok oceny”), nie raport ze strategii: polecenie „import” wczytuje tylko raporty z realizacji strategii i programów; ocenę wczytuje „ozps import”."));
        if (grid.Rows.FirstOrDefault(r => r.Cells.Count >= 2) is not { } firstRow)
            return Result<DocumentLayout>.Fail(new Error(end, ImportErrorCodes.NoTableRows,
                $"Do końca pliku (wiersz {end.Line}) nie ma żadnej tabeli (wierszy z kolumnami rozdzielonymi tabulatorem). Zapisz tabelę z Worda jako tekst rozdzielany tabulatorami."));
        var header = string.Join(" | ", firstRow.Cells.Select(c => c.Flat).Where(c => c.Length > 0));
        return Result<DocumentLayout>.Fail(new Error(new SourceLocation(grid.FileName, firstRow.Line), ImportErrorCodes.UnknownLayout,
            $"Nieznany układ tabeli: pierwsza tabela zaczyna się wierszem „{InputText.Quote(header)}”, a w całym pliku nie ma nagłówków żadnego ze znanych układów (np. „Zadania | Realizowane działania | Koordynator”, „L.p. | Zadania realizacyjne (działania) | … | Wskaźniki”, „Wskaźnik | Wskaźnik bazowy … | Wskaźnik docelowy”, „Wskaźniki monitorujące | 2021 | …”). Tabelę w innym układzie można wczytać kreatorem mapowania (strona „Kreator mapowania tabeli”) albo poleceniem import z plikiem mapowania (--mapping)."));
    }

    private static bool IsOzps(Grid grid) =>
        grid.Rows.Any(r => r.Cells.Any(c => c.Flat == "WYSZCZEGÓLNIENIE") && r.Cells.Any(c => c.Flat.StartsWith("Rok oceny")))
        || grid.Rows.Take(20).Any(r => r.Cells.Any(c => c.Flat.Contains("Ocena zasobów pomocy społecznej", StringComparison.OrdinalIgnoreCase)));
}
