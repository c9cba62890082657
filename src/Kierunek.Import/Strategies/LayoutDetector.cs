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
        var at = new SourceLocation(grid.FileName);
        if (IsOzps(grid))
            return Result<DocumentLayout>.Fail(new Error(at, ImportErrorCodes.OzpsDocument,
                "To jest Ocena Zasobów Pomocy Społecznej (tabele „WYSZCZEGÓLNIENIE / Rok oceny”), nie raport ze strategii: polecenie „import” wczytuje tylko raporty z realizacji strategii i programów."));
        if (!grid.Rows.Any(r => r.Cells.Count >= 2))
            return Result<DocumentLayout>.Fail(new Error(at, ImportErrorCodes.NoTableRows,
                "W pliku nie ma żadnej tabeli (wierszy z kolumnami rozdzielonymi tabulatorem). Zapisz tabelę z Worda jako tekst rozdzielany tabulatorami."));
        return Result<DocumentLayout>.Fail(new Error(at, ImportErrorCodes.UnknownLayout,
            "Nieznany układ tabeli: nie znaleziono nagłówków żadnego ze znanych układów (np. „Zadania | Realizowane działania | Koordynator”, „L.p. | Zadania realizacyjne (działania) | … | Wskaźniki”, „Wskaźnik | Wskaźnik bazowy … | Wskaźnik docelowy”, „Wskaźniki monitorujące | 2021 | …”)."));
    }

    private static bool IsOzps(Grid grid) =>
        grid.Rows.Any(r => r.Cells.Any(c => c.Flat == "WYSZCZEGÓLNIENIE") && r.Cells.Any(c => c.Flat.StartsWith("Rok oceny")))
        || grid.Rows.Take(20).Any(r => r.Cells.Any(c => c.Flat.Contains("Ocena zasobów pomocy społecznej", StringComparison.OrdinalIgnoreCase)));
}
