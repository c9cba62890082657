using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Kierunek.Application.Strategies;
using Kierunek.Data;
using Microsoft.Extensions.Caching.Memory;
using System.Diagnostics;
using System.Globalization;

namespace Kierunek.Benchmarks;

/// <summary>The mapping wizard on a big sheet: an .xlsx of about 10 MB with 50 000 rows (50 goals × 20 operational goals
/// × 49 actions, each with an indicator, a baseline, three years written with dot thousands, the last year empty, a
/// cost and a long note), generated once and not timed. Timed as the wizard's steps go: the upload (the file kept, its
/// tables parsed and listed), the preview of "Pokaż odczyt" (every cell read by the mapping, the plan of the version it
/// becomes; the tables parsed at the upload), and the store into a fresh SQLite database (the document, its projection
/// and the mapping in one transaction). The preview's parts from the file alone are timed once (the first round).
/// Best and median of the rounds.</summary>
public static class WizardBenchmark
{
    public sealed record Result(int Rows, long FileBytes, int Cells, int Doubtful, double UploadBestMs, double UploadMedianMs, double PreviewBestMs, double PreviewMedianMs,
        double ReadMs, double MapMs, double PlanMs, double StoreBestMs, double StoreMedianMs, long PeakMemoryMb);

    public static async Task<Result> RunAsync(int rounds, CancellationToken ct = default)
    {
        var bytes = Sheet(goals: 50, subgoals: 20, actions: 49, out var rows);
        var upload = new MappedImports.Upload("", "benchmark.xlsx", bytes);
        var mapping = MappedImports.Guess(upload, 1).Value! with
        {
            Name = "benchmark", DocumentKey = "benchmark-kreator", DocumentTitle = "Strategia syntetyczna", LevelNames = ["Cel strategiczny", "Cel operacyjny", "Działanie"],
        };
        var uploads = new List<double>();
        var previews = new List<double>();
        double read = 0, map = 0, plan = 0;
        var stores = new List<double>();
        int cells = 0, doubtful = 0;
        for (var round = 0; round < rounds; round++)
        {
            var file = Path.Combine(Path.GetTempPath(), $"kierunek-benchmark-kreator-{Guid.NewGuid():N}.db");
            try
            {
                await using var db = Database.Open(file);
                var wizard = new MappedImports(db, new DocumentImports(db, TimeProvider.System), TimeProvider.System, new MemoryCache(new MemoryCacheOptions()));
                // The preview's three parts, timed apart once (the first round) to show where its time goes.
                if (round == 0)
                {
                    var parts = Stopwatch.StartNew();
                    var table = MappedImports.Table(upload, 1).Value!;
                    read = parts.Elapsed.TotalMilliseconds;
                    parts.Restart();
                    var mapped = Import.Mapping.MappedTableInterpreter.Interpret(table, mapping, upload.FileName).Value!;
                    map = parts.Elapsed.TotalMilliseconds;
                    parts.Restart();
                    await new DocumentImports(db, TimeProvider.System).PreviewAsync([mapped.Document], ct);
                    plan = parts.Elapsed.TotalMilliseconds;
                }
                // As the wizard goes: the file uploaded and its tables listed (one request), then "Pokaż odczyt" (another).
                var watch = Stopwatch.StartNew();
                var kept = (await wizard.KeepAsync(upload.FileName, bytes, "benchmark", ct)).Value!;
                if (!wizard.TablesOf(kept).IsSuccess) throw new InvalidOperationException("Arkusz nie daje się odczytać.");
                uploads.Add(watch.Elapsed.TotalMilliseconds);
                watch.Restart();
                var preview = await wizard.PreviewAsync(kept, mapping, ct);
                previews.Add(watch.Elapsed.TotalMilliseconds);
                if (!preview.IsSuccess) throw new InvalidOperationException(string.Join("\n", preview.Errors.Take(5)));
                cells = preview.Value!.Read.Cells.Count;
                doubtful = preview.Value.Read.Cells.Count(c => c.Doubt is not null);
                watch.Restart();
                var stored = await wizard.ImportAsync(kept, mapping, "benchmark", replace: false, ct);
                stores.Add(watch.Elapsed.TotalMilliseconds);
                if (!stored.IsSuccess) throw new InvalidOperationException(string.Join("\n", stored.Errors.Take(5)));
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f);
            }
        }
        return new Result(rows, bytes.LongLength, cells, doubtful, uploads.Min(), Median(uploads), previews.Min(), Median(previews), read, map, plan, stores.Min(), Median(stores),
            Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    /// <summary>The sheet, written row by row with the SDK's forward-only writer.</summary>
    private static byte[] Sheet(int goals, int subgoals, int actions, out int rows)
    {
        var random = new Random(16);
        string[] words = ["wsparcie", "rodzin", "dzieci", "seniorów", "osób", "niepełnosprawnych", "aktywizacja", "zawodowa", "społeczna", "przeciwdziałanie",
            "ubóstwu", "wykluczeniu", "przemocy", "w rodzinie", "integracja", "mieszkańców", "gminy", "usługi", "opiekuńcze", "asystentura", "poradnictwo",
            "specjalistyczne", "mieszkania", "wspomagane", "kluby", "seniora", "dzienny", "dom", "pomocy", "świetlice", "środowiskowe", "profilaktyka", "uzależnień"];
        string Text(int n) => string.Join(" ", Enumerable.Range(0, n).Select(_ => words[random.Next(words.Length)]));
        string Dots(long value) => value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

        using var stream = new MemoryStream();
        rows = 0;
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(sheetPart))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                var r = 0;
                void Row(params string[] cells)
                {
                    r++;
                    writer.WriteStartElement(new Row { RowIndex = (uint)r });
                    for (var c = 0; c < cells.Length; c++)
                    {
                        if (cells[c].Length == 0) continue;
                        writer.WriteElement(new Cell
                        {
                            CellReference = $"{(char)('A' + c)}{r}", DataType = CellValues.InlineString,
                            InlineString = new InlineString(new Text(cells[c])),
                        });
                    }
                    writer.WriteEndElement();
                }
                Row("Kod", "Nazwa", "Wskaźnik", "Jednostka", "Wartość bazowa", "2023", "2024", "2025", "2026", "Budżet gminy (zł)", "Uwagi");
                for (var g = 1; g <= goals; g++)
                {
                    Row($"{g}.", "CEL " + Text(6).ToUpperInvariant());
                    for (var s = 1; s <= subgoals; s++)
                    {
                        Row($"{g}.{s}", Text(10));
                        for (var a = 1; a <= actions; a++)
                        {
                            var baseline = random.Next(500, 5_000);
                            Row($"{g}.{s}.{a}", Text(14), "liczba " + Text(5), "osoby", Dots(baseline), Dots(baseline + random.Next(0, 400)),
                                random.Next(10) == 0 ? "b.d." : Dots(baseline + random.Next(0, 800)), Dots(baseline + random.Next(0, 1200)), "",
                                random.Next(5) == 0 ? "w ramach działalności statutowej" : Dots(random.Next(1_000, 9_000_000)),
                                $"{Text(40)} (nr sprawy {random.Next(100_000, 999_999)}/{random.Next(2019, 2024)}, {Text(25)})");
                        }
                    }
                }
                rows = r;
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Strategia" }));
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }
}
