using Kierunek.Cli;
using Kierunek.Data;
using Kierunek.Data.Strategies;
using Kierunek.Domain.Results;
using Kierunek.Domain.Values;
using Kierunek.Import;
using Kierunek.Import.Strategies;
using Kierunek.Reports.Rendering;
using System.CommandLine;
using System.Diagnostics;

namespace Kierunek.Benchmarks;

/// <summary>kierunek benchmark: imports the four seed reports (read, interpret, store in a fresh
/// SQLite database) several times, then makes the seed-000 report and a synthetic report in every
/// format (<see cref="ReportBenchmark"/>), and prints the fastest and the median round of each.</summary>
public static class BenchmarkCommand
{
    private static readonly string[] Seeds = ["000_7a976b0a603a83d2.txt", "001_142e016f0c72b13d.txt", "002_476344e44f80bc03.txt", "004_2b08748660f27478.txt"];

    public static Command Create(TimeProvider clock)
    {
        var rounds = new Option<int>("--rounds") { Description = "Liczba powtórzeń", DefaultValueFactory = _ => 5 };
        var json = new Option<bool>("--json") { Description = "Wynik w formacie JSON" };
        var only = new Option<string?>("--only") { Description = "Tylko jedna część: tabela (wszystkie wiersze tabeli wydajności z celami), dzien-kampanii, import, raporty, api, ozps, ozps-import, ozps-region, kampania, pdf albo kreator" };
        only.AcceptOnlyFromAmong("tabela", "dzien-kampanii", "import", "raporty", "api", "ozps", "ozps-import", "ozps-region", "kampania", "pdf", "kreator");
        var seconds = new Option<int>("--sekundy") { Description = "Czas pomiaru API w sekundach", DefaultValueFactory = _ => 60 };
        var readers = new Option<int>("--czytelnicy") { Description = "Liczba równoczesnych czytelników strony regionu (ozps-region)", DefaultValueFactory = _ => 20 };
        var reporters = new Option<int>("--sprawozdawcy") { Description = "Liczba równoczesnych sprawozdawców w pomiarze API", DefaultValueFactory = _ => 50 };
        var pause = new Option<int>("--przerwa-ms") { Description = "Przerwa sprawozdawcy po każdym zapisie albo czytelnika po każdej stronie (ms); 0 — bez przerw", DefaultValueFactory = _ => 0 };
        var postgres = new Option<string?>("--postgres") { Description = "Serwer PostgreSQL do pomiaru API (Host=…;Username=…); domyślnie $KIERUNEK_TEST_POSTGRES" };
        var noPdf = new Option<bool>("--bez-pdf") { Description = "Raporty bez PDF (gdy nie ma przeglądarki Chromium)" };
        var command = new Command("benchmark", "Mierzy czas importu raportów przykładowych i tworzenia sprawozdań we wszystkich formatach") { rounds, json, only, noPdf, seconds, reporters, readers, pause, postgres };
        command.SetAction((p, ct) => p.GetValue(only) switch
        {
            "tabela" => TableAsync(p.GetValue(rounds), p.GetValue(postgres) ?? Environment.GetEnvironmentVariable("KIERUNEK_TEST_POSTGRES"), !p.GetValue(noPdf), p.GetValue(json), ct),
            "dzien-kampanii" => CampaignDayAsync(p.GetValue(reporters), p.GetValue(seconds), p.GetValue(pause), p.GetValue(postgres) ?? Environment.GetEnvironmentVariable("KIERUNEK_TEST_POSTGRES"), p.GetValue(json), ct),
            "ozps" => Task.FromResult(Ozps(p.GetValue(rounds), p.GetValue(json))),
            "kampania" => CampaignAsync(p.GetValue(json), ct),
            "pdf" => PdfAsync(p.GetValue(rounds), p.GetValue(json), ct),
            "kreator" => WizardAsync(p.GetValue(rounds), p.GetValue(json), ct),
            "ozps-region" => OzpsRegionAsync(p.GetValue(readers), p.GetValue(seconds), p.GetValue(pause), p.GetValue(postgres) ?? Environment.GetEnvironmentVariable("KIERUNEK_TEST_POSTGRES"), p.GetValue(json), ct),
            "ozps-import" => OzpsImportAsync(p.GetValue(postgres) ?? Environment.GetEnvironmentVariable("KIERUNEK_TEST_POSTGRES"), p.GetValue(json), ct),
            "api" => ApiAsync(p.GetValue(reporters), p.GetValue(seconds), p.GetValue(pause), p.GetValue(postgres) ?? Environment.GetEnvironmentVariable("KIERUNEK_TEST_POSTGRES"), p.GetValue(json), ct),
            _ => RunAsync(p.GetValue(rounds), p.GetValue(json), clock, p.GetValue(only), !p.GetValue(noPdf), ct),
        });
        return command;
    }

    public static async Task<int> RunAsync(int rounds, bool json, TimeProvider clock, string? only = null, bool withPdf = true, CancellationToken ct = default)
    {
        var folder = SeedFolder.Find();
        if (folder is null) return Output.Errors([Error.Of(CliErrors.NoSeeds, "Nie znaleziono katalogu seeds/.")], json);
        var code = only == "raporty" ? ExitCodes.Success : await ImportAsync(folder, rounds, json, clock, ct);
        if (code != ExitCodes.Success || only == "import") return code;
        try
        {
            var timings = await ReportBenchmark.RunAsync(folder, rounds, withPdf, ct);
            if (json) Output.WriteJson(timings);
            else PrintReports(timings);
            return ExitCodes.Success;
        }
        // Broken infrastructure, so an exception from the printer; still reported as an error with a code.
        catch (PdfPrinterMissingException e)
        {
            return Output.Errors([Error.Of(CliErrors.NoChromium, e.Message + " Pomiar bez PDF: --bez-pdf.")], json);
        }
    }

    /// <summary>Seed 000's PDF downloaded by the signed-in coordinator (<see cref="PdfDownloadBenchmark"/>): the table's PDF row alone.</summary>
    public static async Task<int> PdfAsync(int rounds, bool json, CancellationToken ct)
    {
        try
        {
            var r = await PdfDownloadBenchmark.RunAsync(rounds, ct);
            if (json) Output.WriteJson(r);
            else Console.WriteLine($"PDF seeda 000 pobrany przez koordynatora: pierwszy {r.FirstMs:F0} ms, potem mediana {r.MedianMs:F0} ms, najlepszy {r.BestMs:F0} ms ({r.Downloads} pobrań, {PolishFormat.FileSize(r.Bytes)})");
            return ExitCodes.Success;
        }
        catch (PdfPrinterMissingException e)
        {
            return Output.Errors([Error.Of(CliErrors.NoChromium, e.Message)], json);
        }
    }

    /// <summary>The speed issue's table: each row measured now, with its goal and the ratio (<see cref="SpeedTable"/>).</summary>
    public static async Task<int> TableAsync(int runs, string? postgres, bool withPdf, bool json, CancellationToken ct)
    {
        var seeds = SeedFolder.Find();
        if (seeds is null) return Output.Errors([Error.Of(CliErrors.NoSeeds, "Nie znaleziono katalogu seeds/.")], json);
        if (string.IsNullOrEmpty(postgres)) Console.Error.WriteLine("PostgreSQL pominięty: podaj --postgres albo KIERUNEK_TEST_POSTGRES.");
        var r = await SpeedTable.RunAsync(seeds, Math.Max(3, runs), postgres, withPdf, ct);
        if (json) Output.WriteJson(r);
        else SpeedTable.Print(r);
        return ExitCodes.Success;
    }

    /// <summary>A campaign's busiest day on SQLite and, when a server is given, PostgreSQL (<see cref="CampaignDayBenchmark"/>).</summary>
    public static async Task<int> CampaignDayAsync(int reporters, int seconds, int pauseMs, string? postgres, bool json, CancellationToken ct)
    {
        const int approvers = 10, readers = 5;
        var (duration, pause) = (TimeSpan.FromSeconds(seconds), TimeSpan.FromMilliseconds(pauseMs));
        var results = new List<CampaignDayBenchmark.Result>
        {
            await BenchmarkHost.OnNewSqliteAsync("dzien-kampanii", file => CampaignDayBenchmark.RunAsync(file, "SQLite", reporters, approvers, readers, duration, pause, ct)),
        };
        if (!string.IsNullOrEmpty(postgres)) results.Add(await CampaignDayBenchmark.RunOnPostgresAsync(postgres, reporters, approvers, readers, duration, pause, ct));
        else Console.Error.WriteLine("PostgreSQL pominięty: podaj --postgres albo KIERUNEK_TEST_POSTGRES.");
        if (json) Output.WriteJson(results);
        else
            foreach (var r in results)
            {
                Console.WriteLine($"Dzień kampanii, {r.Database}: {r.Institutions} instytucji, {r.Reporters} sprawozdawców, {r.Approvers} zatwierdzających, {r.Readers} czytelników pulpitu, przerwa {r.PauseMs} ms, {r.Seconds:F0} s mierzone po {CampaignDayBenchmark.WarmUp.TotalSeconds:F0} s rozgrzewki");
                foreach (var o in r.Operations)
                    Console.WriteLine($"  {o.Name,-34} {o.Requests,6} żądań, p50 {o.P50Ms,7:F1} ms, p95 {o.P95Ms,7:F1} ms, p99 {o.P99Ms,7:F1} ms, błędów: {o.Errors}");
            }
        return results.All(r => r.Errors == 0) ? ExitCodes.Success : ExitCodes.ProblemsFound;
    }

    /// <summary>The mapping wizard on a 50 000-row sheet: preview and store (<see cref="WizardBenchmark"/>).</summary>
    public static async Task<int> WizardAsync(int rounds, bool json, CancellationToken ct)
    {
        var r = await WizardBenchmark.RunAsync(rounds, ct);
        if (json) Output.WriteJson(r);
        else
        {
            Console.WriteLine($"Kreator mapowania: arkusz .xlsx {PolishFormat.FileSize(r.FileBytes)}, {PolishFormat.Number(r.Rows)} wierszy, {PolishFormat.Number(r.Cells)} odczytanych komórek (do sprawdzenia: {PolishFormat.Number(r.Doubtful)})");
            Console.WriteLine($"  wczytanie pliku i lista tabel: najlepszy {r.UploadBestMs:F0} ms, mediana {r.UploadMedianMs:F0} ms");
            Console.WriteLine($"  podgląd „Pokaż odczyt” (mapowanie każdej komórki, plan wersji): najlepszy {r.PreviewBestMs:F0} ms, mediana {r.PreviewMedianMs:F0} ms");
            Console.WriteLine($"  to samo prosto z pliku, w pierwszej rundzie: odczyt arkusza {r.ReadMs:F0} ms, mapowanie {r.MapMs:F0} ms, plan {r.PlanMs:F0} ms");
            Console.WriteLine($"  zapis do nowej bazy SQLite (dokument i mapowanie): najlepszy {r.StoreBestMs:F0} ms, mediana {r.StoreMedianMs:F0} ms");
            Console.WriteLine($"  szczytowe zużycie pamięci procesu: {PolishFormat.Number(r.PeakMemoryMb)} MB");
        }
        return ExitCodes.Success;
    }

    /// <summary>A campaign of 300 institutions × 20 items: packets out, packets back, response rate, report (<see cref="CampaignBenchmark"/>).</summary>
    public static async Task<int> CampaignAsync(bool json, CancellationToken ct)
    {
        var r = await CampaignBenchmark.RunAsync(ct: ct);
        if (json) Output.WriteJson(r);
        else
        {
            Console.WriteLine($"Kampania monitoringu: {r.Institutions} instytucji × {r.ItemsEach} pozycji (SQLite)");
            Console.WriteLine($"  arkusze Excel dla wszystkich instytucji: {r.PacketsMs:F0} ms, razem {PolishFormat.Number(r.PacketBytes / 1024)} KB");
            Console.WriteLine($"  wczytanie wszystkich wypełnionych arkuszy: {r.UploadsMs:F0} ms; jeden arkusz ({r.ItemsEach} wartości, sprawdzenie i zapis): mediana {r.UploadMedianMs:F0} ms, p95 {r.UploadP95Ms:F0} ms");
            Console.WriteLine($"  odsetek odpowiedzi: {r.ResponseMs:F0} ms ({r.Response}); sprawozdanie z realizacji za rok: {r.ReportMs:F0} ms");
            Console.WriteLine($"  szczytowe zużycie pamięci procesu: {PolishFormat.Number(r.PeakMemoryMb)} MB");
        }
        return ExitCodes.Success;
    }

    /// <summary>OZPS for the whole country: generate, compute, write the region XLSX (<see cref="OzpsBenchmark"/>).</summary>
    public static int Ozps(int rounds, bool json)
    {
        var r = OzpsBenchmark.Run(Math.Max(1, rounds));
        if (json) Output.WriteJson(r);
        else
        {
            Console.WriteLine($"OZPS, cały kraj: {PolishFormat.Number(r.Gminas)} gmin × {r.Years} lat, {PolishFormat.Number(r.Values)} wartości (dane syntetyczne)");
            Console.WriteLine($"  generowanie danych: {r.GenerateMs:F0} ms; przepisanie do kolumn (powiat po powiecie): {r.LoadMs:F0} ms");
            Console.WriteLine($"  wszystkie wskaźniki ({PolishFormat.Number(r.IndicatorResults)}), warunek kadrowy, barometr 16 województw, porównania: najlepsza z {r.Rounds} rund {r.ComputeMs:F1} ms, mediana {r.ComputeMedianMs:F1} ms (pierwsza, z kompilacją JIT: {r.FirstRoundMs:F0} ms)");
            Console.WriteLine($"  szczytowe zużycie pamięci procesu do końca obliczeń: {PolishFormat.Number(r.PeakMemoryMb)} MB (sterta po obliczeniach: {PolishFormat.Number(r.HeldMemoryMb)} MB)");
            Console.WriteLine($"  to samo liczone jednostka po jednostce (sposób sprzed kolumn): {r.PerUnitMs:F0} ms");
            Console.WriteLine($"  suma kontrolna wyników ({PolishFormat.Number(r.Checksum.Lines)} liczb): kolumny {r.Checksum.Sha256[..16]}…, jednostka po jednostce {r.PerUnitChecksum.Sha256[..16]}… — {(r.Same ? "zgodne" : "RÓŻNE")}");
            Console.WriteLine($"  zestawienie regionalne XLSX (województwo 06): {r.XlsxMs:F0} ms, {PolishFormat.Number(r.XlsxBytes / 1024)} KB");
        }
        return r.Same ? ExitCodes.Success : ExitCodes.ProblemsFound;
    }

    /// <summary>The national OZPS CSV imported by the command-line tool (<see cref="OzpsImportBenchmark"/>).</summary>
    public static async Task<int> OzpsImportAsync(string? postgres, bool json, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(postgres)) Console.Error.WriteLine("PostgreSQL pominięty: podaj --postgres albo KIERUNEK_TEST_POSTGRES.");
        var r = await OzpsImportBenchmark.RunAsync(postgres, ct);
        if (json) Output.WriteJson(r);
        else
        {
            Console.WriteLine($"Import OZPS całego kraju: plik CSV {PolishFormat.FileSize(r.FileBytes)}, {PolishFormat.Number(r.Values)} wartości (dane syntetyczne)");
            Console.WriteLine($"  samo czytanie i sprawdzanie (bez zapisu): {PolishFormat.Number((decimal)r.ReadSeconds, 1)} s");
            foreach (var run in r.Runs)
                Console.WriteLine(run.ExitCode == 0
                    ? $"  kierunek ozps import, {run.Database}: {PolishFormat.Number((decimal)run.Seconds, 1)} s, szczyt pamięci procesu {PolishFormat.Number(run.PeakMemoryMb)} MB"
                    : $"  kierunek ozps import, {run.Database}: BŁĄD (kod {run.ExitCode}) po {PolishFormat.Number((decimal)run.Seconds, 1)} s\n{run.Output}");
        }
        return r.Runs.All(run => run.ExitCode == 0) ? ExitCodes.Success : ExitCodes.ProblemsFound;
    }

    /// <summary>The API under load: SQLite always, PostgreSQL when a server is given.</summary>
    public static async Task<int> ApiAsync(int reporters, int seconds, int pauseMs, string? postgres, bool json, CancellationToken ct = default)
    {
        var duration = TimeSpan.FromSeconds(seconds);
        var pause = TimeSpan.FromMilliseconds(pauseMs);
        var results = new List<ApiBenchmark.Result> { await BenchmarkHost.OnNewSqliteAsync("api-benchmark", file => ApiBenchmark.RunAsync(file, "SQLite", reporters, duration, pause, ct)) };
        if (!string.IsNullOrEmpty(postgres)) results.Add(await ApiBenchmark.RunOnPostgresAsync(postgres, reporters, duration, pause, ct));
        // A notice, not a failure: the run goes on and is measured on SQLite alone, so it is no Error and no exit code.
        else Console.Error.WriteLine("PostgreSQL pominięty: podaj --postgres albo KIERUNEK_TEST_POSTGRES.");
        if (json) Output.WriteJson(results);
        else
            foreach (var r in results)
                Console.WriteLine($"API, {r.Database}: {r.Reporters} sprawozdawców, przerwa {r.PauseMs} ms, {r.Seconds:F0} s — {r.Requests} żądań, {r.PerSecond:F0}/s, " +
                                  $"p50 {r.P50Ms:F1} ms, p95 {r.P95Ms:F1} ms, p99 {r.P99Ms:F1} ms, błędów: {r.Errors}");
        return results.All(r => r.Errors == 0) ? ExitCodes.Success : ExitCodes.ProblemsFound;
    }

    /// <summary>The ROPS's region page with many readers at once, and the country view, on PostgreSQL (<see cref="OzpsRegionBenchmark"/>).</summary>
    public static async Task<int> OzpsRegionAsync(int readers, int seconds, int pauseMs, string? postgres, bool json, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(postgres))
            return Output.Errors([Error.Of(CliErrors.NoPostgres, "Pomiar strony regionu wymaga PostgreSQL: podaj --postgres albo KIERUNEK_TEST_POSTGRES.")], json);
        var r = await OzpsRegionBenchmark.RunOnPostgresAsync(postgres, readers, TimeSpan.FromSeconds(seconds), TimeSpan.FromMilliseconds(pauseMs), ct);
        if (json) Output.WriteJson(r);
        else
        {
            Console.WriteLine($"Strona regionu /ozps/region/06/2019 ({r.Database}, 213 gmin): {r.Readers} równoczesnych czytelników, przerwa {r.PauseMs} ms, {r.Seconds:F0} s — {r.Requests} żądań, {r.PerSecond:F0}/s, " +
                              $"p50 {r.P50Ms:F1} ms, p95 {r.P95Ms:F1} ms, p99 {r.P99Ms:F1} ms (pierwsze, z liczeniem barometru: {r.FirstMs:F0} ms)");
            Console.WriteLine($"Widok kraju /ozps/kraj/2019: {r.CountryRequests} żądań po kolei, p50 {r.CountryP50Ms:F1} ms, p95 {r.CountryP95Ms:F1} ms; błędów: {r.Errors}");
        }
        return r.Errors == 0 ? ExitCodes.Success : ExitCodes.ProblemsFound;
    }

    private static void PrintReports(IReadOnlyList<ReportBenchmark.Timing> timings)
    {
        foreach (var report in timings.GroupBy(t => t.Report))
        {
            Console.WriteLine($"Raport {report.Key}, wykresów: {report.First().Charts}:");
            foreach (var t in report)
                Console.WriteLine($"  {t.Format,-18} najlepszy {t.BestMs,7:F0} ms, mediana {t.MedianMs,7:F0} ms" +
                                  (t.Format == "model" ? "" : $", {t.Bytes / 1024.0:F0} KB") + $" ({t.Rounds} powtórzeń)");
        }
    }

    private static async Task<int> ImportAsync(string folder, int rounds, bool json, TimeProvider clock, CancellationToken ct)
    {
        var times = new List<double>();
        var importTimes = new List<double>();
        for (var round = 0; round <= rounds; round++)
        {
            var file = Path.Combine(Path.GetTempPath(), $"kierunek-benchmark-{Guid.NewGuid():N}.db");
            try
            {
                await using var db = Database.Open(file); // schema creation is not part of the import
                var store = new DocumentStore(db, clock);
                var watch = Stopwatch.StartNew();
                var results = Seeds.Select(seed => DocumentImporter.ImportFile(Path.Combine(folder, seed))).ToList();
                var reading = watch.Elapsed;
                if (results.FirstOrDefault(r => !r.IsSuccess) is { } failed) return Output.Errors(failed.Errors, json);
                await store.SaveAllAsync(results.Select(r => r.Value!).ToList(), "benchmark", ct);
                watch.Stop();
                if (round == 0) continue; // round 0 warms up the JIT
                times.Add(watch.Elapsed.TotalMilliseconds);
                importTimes.Add(reading.TotalMilliseconds);
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                foreach (var part in new[] { file, file + "-wal", file + "-shm" }) File.Delete(part);
            }
        }
        var (best, median) = (times.Min(), Median(times));
        var readingMedian = Median(importTimes);
        if (json) Output.WriteJson(new { seeds = Seeds.Length, rounds, bestMs = best, medianMs = median, readingMedianMs = readingMedian, storingMedianMs = median - readingMedian });
        else Console.WriteLine($"Import 4 raportów (000, 001, 002, 004) do nowej bazy SQLite: najlepszy {best:F0} ms, mediana {median:F0} ms " +
                               $"(odczyt i interpretacja {readingMedian:F0} ms, zapis {median - readingMedian:F0} ms; {rounds} powtórzeń)");
        return ExitCodes.Success;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
