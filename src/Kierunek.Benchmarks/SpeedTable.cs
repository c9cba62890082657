using Kierunek.Domain.Values;
using System.Globalization;

namespace Kierunek.Benchmarks;

/// <summary><c>./kierunek benchmark --only tabela</c>: every row of the speed issue's table measured now, beside its goal
/// and the ratio of the two, as a Markdown table for the README. The command-line rows are whole processes started the
/// way a user starts them (<c>./kierunek …</c>, the script included), several runs, the median; a hello-world process
/// (this program with <c>hello</c>, which returns before it loads anything else) is timed in the same run, so a figure
/// can be read against what merely starting .NET costs on the machine.</summary>
public static class SpeedTable
{
    /// <param name="Goal">The "≤" goal in the row's unit; <see cref="Met"/> compares with it.</param>
    public sealed record Row(string Work, string Measured, string Goal, double Value, double GoalValue, string Unit)
    {
        public double Ratio => Value / GoalValue;
        public bool Met => Value <= GoalValue;
    }

    public sealed record Result(DateOnly Date, double HelloMs, long HelloMemoryMb, IReadOnlyList<Row> Rows);

    private static readonly string[] FourSeeds = ["000_7a976b0a603a83d2.txt", "001_142e016f0c72b13d.txt", "002_476344e44f80bc03.txt", "004_2b08748660f27478.txt"];

    public static async Task<Result> RunAsync(string seeds, int runs, string? postgres, bool withPdf, CancellationToken ct)
    {
        var root = Path.GetDirectoryName(seeds)!;
        var script = Path.Combine(root, "kierunek");
        var rows = new List<Row>();

        var hello = await MedianAsync(runs, () => ChildProcess.RunAsync(Environment.ProcessPath!, [typeof(SpeedTable).Assembly.Location, "hello"], ct));
        var helloMs = hello.Seconds * 1000;

        var folder = Directory.CreateTempSubdirectory("kierunek-speed-");
        try
        {
            // A first run builds the tool when its sources changed; it is not timed.
            await CheckedAsync(ChildProcess.RunAsync(script, ["--help"], ct, root));
            var n = 0;
            var fresh = await MedianAsync(runs, () => CheckedAsync(ChildProcess.RunAsync(script,
                ["import", .. FourSeeds.Select(s => Path.Combine(seeds, s)), "--db", Path.Combine(folder.FullName, $"nowa-{n++}.db")], ct, root)));
            rows.Add(new Row("`./kierunek import` 000, 001, 002, 004 do nowej bazy, cały proces",
                $"{Seconds(fresh.Seconds)} (mediana z {runs}; {Times(fresh.Seconds * 1000 / helloMs)} hello-world), {fresh.PeakMemoryMb} MB", "≤ 1 s", fresh.Seconds, 1, "s"));

            var existing = Path.Combine(folder.FullName, "istniejaca.db");
            await CheckedAsync(ChildProcess.RunAsync(script, ["import", Path.Combine(seeds, FourSeeds[0]), "--db", existing], ct, root));
            var one = await MedianAsync(runs, () => CheckedAsync(ChildProcess.RunAsync(script, ["import", Path.Combine(seeds, FourSeeds[3]), "--db", existing], ct, root)));
            rows.Add(new Row("`./kierunek import` jednego małego raportu (004) do istniejącej bazy",
                $"{Seconds(one.Seconds)} (mediana z {runs}; {Times(one.Seconds * 1000 / helloMs)} hello-world)", "≤ 1 s", one.Seconds, 1, "s"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }

        var ozps = OzpsBenchmark.Run(5);
        rows.Add(new Row($"OZPS, cały kraj ({PolishFormat.Number(ozps.Gminas)} gmin × {ozps.Years} lat): wskaźniki, porównania, barometr, dane w pamięci",
            $"{Milliseconds(ozps.ComputeMs)} (najlepsza z {ozps.Rounds} rund; jednostka po jednostce {Milliseconds(ozps.PerUnitMs)}), {PolishFormat.Number(ozps.PeakMemoryMb)} MB; suma kontrolna {(ozps.Same ? "zgodna" : "RÓŻNA")}",
            "≤ 100 ms, < 300 MB", ozps.Same ? ozps.ComputeMs : double.PositiveInfinity, 100, "ms"));

        var reports = await ReportBenchmark.RunAsync(seeds, 3, withPdf: false, ct);
        var docx = reports.Single(t => t.Report.StartsWith("syntetyczny", StringComparison.Ordinal) && t.Format == "docx");
        var xlsx = reports.Single(t => t.Report.StartsWith("syntetyczny", StringComparison.Ordinal) && t.Format == "xlsx");
        rows.Add(new Row($"raport syntetyczny ({ReportBenchmark.Actions} działań, {ReportBenchmark.Indicators} wskaźników × 5 lat), DOCX z {docx.Charts} wykresami",
            $"{Milliseconds(docx.BestMs)} (najlepszy z {docx.Rounds}), {PolishFormat.FileSize(docx.Bytes)}", "≤ 1 s", docx.BestMs, 1000, "ms"));
        rows.Add(new Row("ten sam raport, XLSX z wykresami", $"{Milliseconds(xlsx.BestMs)} (najlepszy z {xlsx.Rounds}), {PolishFormat.FileSize(xlsx.Bytes)}", "≤ 1 s", xlsx.BestMs, 1000, "ms"));
        if (withPdf)
        {
            var pdf = await PdfDownloadBenchmark.RunAsync(runs, ct);
            rows.Add(new Row("PDF sprawozdania z seeda 000 pobrany w przeglądarce (zalogowany koordynator, „Pobierz”)",
                $"{Milliseconds(pdf.MedianMs)} (mediana z {pdf.Downloads}; pierwsze, z uruchomieniem przeglądarki: {Milliseconds(pdf.FirstMs)}), {PolishFormat.FileSize(pdf.Bytes)}",
                "≤ 1,5 s", pdf.MedianMs, 1500, "ms"));
        }

        // A campaign's busiest day, at a person's pace (1 s after each step), 30 s on each database after the warm-up.
        var days = new List<CampaignDayBenchmark.Result>
        {
            await BenchmarkHost.OnNewSqliteAsync("speed-day", file => CampaignDayBenchmark.RunAsync(file, "SQLite", 50, 10, 5, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1), ct)),
        };
        if (!string.IsNullOrEmpty(postgres)) days.Add(await CampaignDayBenchmark.RunOnPostgresAsync(postgres, 50, 10, 5, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1), ct));
        foreach (var day in days)
        {
            var save = day.Of(CampaignDayBenchmark.TableSave);
            var board = day.Of(CampaignDayBenchmark.Dashboard);
            rows.Add(new Row($"dzień kampanii, {day.Database} (300 instytucji, 50 sprawozdawców, 10 zatwierdzających, pulpit; {day.Seconds:F0} s po {CampaignDayBenchmark.WarmUp.TotalSeconds:F0} s rozgrzewki): zapis tabeli 20 wartości",
                $"p50 {Milliseconds(save.P50Ms)}, p95 {Milliseconds(save.P95Ms)}, p99 {Milliseconds(save.P99Ms)}; błędów w dniu: {day.Errors}", "p95 ≤ 100 ms, 0 błędów",
                day.Errors == 0 ? save.P95Ms : double.PositiveInfinity, 100, "ms"));
            rows.Add(new Row($"dzień kampanii, {day.Database}: pulpit strategii", $"p50 {Milliseconds(board.P50Ms)}, p95 {Milliseconds(board.P95Ms)}, p99 {Milliseconds(board.P99Ms)}",
                "p95 ≤ 50 ms", board.P95Ms, 50, "ms"));
        }

        var import = await OzpsImportBenchmark.RunAsync(postgres, ct);
        foreach (var run in import.Runs)
            rows.Add(new Row($"import CSV OZPS całego kraju ({PolishFormat.FileSize(import.FileBytes)}, {PolishFormat.Number(import.Values)} wartości), {run.Database}",
                run.ExitCode == 0 ? $"{Seconds(run.Seconds)}, {PolishFormat.Number(run.PeakMemoryMb)} MB" : $"BŁĄD (kod {run.ExitCode}) po {Seconds(run.Seconds)}",
                "< 60 s, < 500 MB", run.ExitCode == 0 ? run.Seconds : double.PositiveInfinity, 60, "s"));

        return new Result(DateOnly.FromDateTime(DateTime.Now), helloMs, hello.PeakMemoryMb, rows);
    }

    public static void Print(Result r)
    {
        Console.WriteLine($"Pomiar z {r.Date:yyyy-MM-dd} na {Environment.ProcessorCount} rdzeniach; hello-world (proces .NET, który tylko wypisuje wiersz): {Milliseconds(r.HelloMs)}, {r.HelloMemoryMb} MB");
        Console.WriteLine();
        Console.WriteLine("| praca | teraz | cel | teraz / cel |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var row in r.Rows)
            Console.WriteLine($"| {row.Work} | {row.Measured} | {row.Goal} | {Ratio(row)}{(row.Met ? "" : " — nie spełnia")} |");
    }

    private static string Ratio(Row row) => double.IsInfinity(row.Value) ? "—" : row.Ratio.ToString("0.00", CultureInfo.GetCultureInfo("pl-PL"));

    private static async Task<ChildProcess.Run> MedianAsync(int runs, Func<Task<ChildProcess.Run>> run)
    {
        var all = new List<ChildProcess.Run>();
        for (var i = 0; i < runs; i++) all.Add(await run());
        return all.OrderBy(r => r.Seconds).ElementAt(all.Count / 2);
    }

    private static async Task<ChildProcess.Run> CheckedAsync(Task<ChildProcess.Run> running)
    {
        var run = await running;
        return run.ExitCode == 0 ? run : throw new InvalidOperationException($"Polecenie zakończyło się kodem {run.ExitCode}:\n{run.Output}");
    }

    private static string Seconds(double s) => $"{s.ToString("0.00", CultureInfo.GetCultureInfo("pl-PL"))} s";
    private static string Milliseconds(double ms) => ms < 100 ? $"{PolishFormat.Number((decimal)ms, 1)} ms" : $"{PolishFormat.Number((decimal)ms)} ms";
    private static string Times(double x) => $"{x.ToString("0.0", CultureInfo.GetCultureInfo("pl-PL"))}×";
}
