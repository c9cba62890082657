using System.Diagnostics;

namespace Kierunek.Benchmarks;

/// <summary>Seed 000's implementation report downloaded as PDF the way the coordinator downloads it: signed in, the
/// reports page's "Pobierz" (GET /raporty/{key}?handler=Download…), the web application hosted in-process on a new
/// SQLite database with the demo data. The first download also starts the application's browser; the later ones find
/// it warm (<see cref="Reports.Rendering.WarmPdfPrinter"/>).</summary>
public static class PdfDownloadBenchmark
{
    public sealed record Result(double FirstMs, double MedianMs, double BestMs, int Downloads, long Bytes);

    private const string Download = "/raporty/strategia-rozwiazywania-problemow-spolecznych-miasta-lublin-2014-2020-raport-2020?handler=Download&rodzaj=realizacja&rok=2020&format=pdf";

    public static Task<Result> RunAsync(int downloads, CancellationToken ct) => BenchmarkHost.OnNewSqliteAsync("pdf-benchmark", async file =>
    {
        var (app, address) = await BenchmarkHost.StartAsync(file, ct);
        await using var _ = app;
        using var coordinator = await BenchmarkHost.SignedInAsync(address, "koordynator@kierunek.local", 1, ct);
        var times = new List<double>();
        long bytes = 0;
        for (var i = 0; i <= downloads; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await coordinator.GetAsync(Download, ct);
            var pdf = await response.Content.ReadAsByteArrayAsync(ct);
            times.Add(watch.Elapsed.TotalMilliseconds);
            if (!response.IsSuccessStatusCode || pdf.Length < 4 || pdf[0] != '%' || pdf[1] != 'P')
                throw new InvalidOperationException($"Pobranie PDF: {(int)response.StatusCode}, {pdf.Length} bajtów.");
            bytes = pdf.Length;
        }
        await app.StopAsync(ct);
        var warm = times.Skip(1).Order().ToList();
        return new Result(times[0], warm[warm.Count / 2], warm[0], downloads, bytes);
    });
}
