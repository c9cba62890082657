using Kierunek.Domain.Strategies;
using Kierunek.Import.Strategies;
using Kierunek.Reports;
using Kierunek.Reports.Model;
using Kierunek.Reports.Rendering;
using System.Diagnostics;

namespace Kierunek.Benchmarks;

/// <summary>How long a report takes in each format: the seed-000 implementation report, and a synthetic
/// report of 2 000 actions and 500 indicators × 5 years (the implementation table and the multi-year
/// table of one made-up strategy). Times are the best and the median of several rounds after a warm-up.</summary>
public static class ReportBenchmark
{
    public const int Actions = 2000, Indicators = 500, FromYear = 2021, ToYear = 2025;

    public sealed record Timing(string Report, int Charts, string Format, double BestMs, double MedianMs, int Rounds, long Bytes);

    public static async Task<IReadOnlyList<Timing>> RunAsync(string seedFolder, int rounds, bool withPdf, CancellationToken ct = default)
    {
        var seed = DocumentImporter.ImportFile(Path.Combine(seedFolder, "000_7a976b0a603a83d2.txt"));
        if (!seed.IsSuccess) throw new InvalidOperationException(string.Join("\n", seed.Errors));
        var synthetic = SyntheticStrategy.Create(Actions, Indicators, FromYear, ToYear);
        var timings = new List<Timing>();
        await using var printer = withPdf ? new WarmPdfPrinter(pages: 1) : null;
        foreach (var (name, build) in new (string, Func<Report>)[]
                 {
                     ("seed 000 (realizacja 2020)", () => ReportKinds.Build(ReportKind.Implementation, seed.Value!, 2020, [2020])),
                     ($"syntetyczny ({Actions} działań, {Indicators} wskaźników × {ToYear - FromYear + 1} lat)", () => Synthetic(synthetic)),
                 })
        {
            var report = build();
            var charts = ChartImages.ChartsIn(report).Count();
            // One timing loop for all formats: the renderers that need no waiting are wrapped in a finished task.
            Task<Timing> Measure(string format, int times, Func<long> make) => MeasureAsync(format, times, () => Task.FromResult(make()));
            Task<Timing> MeasureAsync(string format, int times, Func<Task<long>> make) => ReportBenchmark.MeasureAsync(name, charts, format, times, make);
            timings.Add(await Measure("model", rounds, () => { build(); return 0; }));
            timings.Add(await Measure("html", rounds, () => System.Text.Encoding.UTF8.GetByteCount(HtmlReport.Render(report))));
            timings.Add(await Measure("docx", rounds, () => DocxReport.Render(report).LongLength));
            var tablesOnly = WithoutCharts(report);
            timings.Add(await Measure("docx bez wykresów", rounds, () => DocxReport.Render(tablesOnly).LongLength));
            timings.Add(await Measure("xlsx", rounds, () => XlsxReport.Render(report).LongLength));
            // Printing is slow and steady: fewer rounds, the browser already started.
            if (printer is not null) timings.Add(await MeasureAsync("pdf", Math.Min(rounds, 2), async () => (await printer.PrintAsync(report, ct)).LongLength));
        }
        return timings;
    }

    /// <summary>The synthetic strategy's implementation table and multi-year table as one report.</summary>
    public static Report Synthetic(StrategyDocument document)
    {
        var implementation = ReportKinds.Build(ReportKind.Implementation, document, ToYear, [ToYear]);
        var multiYear = ReportKinds.Build(ReportKind.MultiYear, document, ToYear, Enumerable.Range(FromYear, ToYear - FromYear + 1).ToList());
        return implementation with { Sections = [.. implementation.Sections, .. multiYear.Sections] };
    }

    /// <summary>The same report without its charts: what the tables alone cost.</summary>
    private static Report WithoutCharts(Report report)
    {
        static Section Strip(Section section) => section with
        {
            Blocks = section.Blocks.Where(b => b is not Chart).Select(b => b is Section s ? Strip(s) : b).ToList(),
        };
        return report with { Sections = report.Sections.Select(Strip).ToList() };
    }

    private static async Task<Timing> MeasureAsync(string report, int charts, string format, int rounds, Func<Task<long>> make)
    {
        var bytes = await make(); // warm-up: JIT, fonts, the browser's first page
        var times = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            var watch = Stopwatch.StartNew();
            bytes = await make();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        return new Timing(report, charts, format, times.Min(), times.Order().ElementAt(times.Count / 2), rounds, bytes);
    }
}
