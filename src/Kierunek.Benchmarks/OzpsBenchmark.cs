using Kierunek.Domain.Ozps.Barometer;
using Kierunek.Domain.Ozps.Comparisons;
using Kierunek.Domain.Ozps.Indicators;
using Kierunek.Domain.Ozps.Synthetic;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Domain.Territory;
using Kierunek.Import.Territory;
using Kierunek.Reports.Ozps;
using Kierunek.Reports.Rendering;
using System.Diagnostics;

namespace Kierunek.Benchmarks;

/// <summary>The whole country: synthetic OZPS data for every gmina (2 477) over six years, then every indicator
/// and staffing check for every year, the barometer of every voivodeship and the comparisons (country, voivodeship
/// and powiat means, ranks) for the assessment year, and the region XLSX. A voivodeship's data is made, computed
/// and let go before the next — the way a ROPS or the ministry would work through the country — so memory holds
/// one voivodeship's data and the whole country's indicators. Times each step and the peak memory up to the
/// comparisons (the goal's scope); the region XLSX is made afterwards.</summary>
public static class OzpsBenchmark
{
    public sealed record Result(int Gminas, int Years, long Values, int Rounds, double GenerateMs, double ComputeMs, double ComputeMedianMs, double FirstRoundMs, double IndicatorsMs, double BarometerMs, double ComparisonsMs,
        double XlsxMs, long XlsxBytes, long PeakMemoryMb, int IndicatorResults);

    /// <param name="rounds">How many times the computation runs over each voivodeship's data while it is held; the
    /// best and the median round are reported, as for the other benchmarks (the first round also warms the JIT).</param>
    public static Result Run(int rounds = 3, int fromYear = 2014, int toYear = 2019, string xlsxRegion = "06")
    {
        var template = OzpsTemplate.ForYear(toYear);
        var register = TercFile.Register;
        var (indicators, barometer, comparisons) = (new double[rounds], new double[rounds], new double[rounds]);
        var (generate, gminas, values, results) = (0.0, 0, 0L, 0);
        var assessed = new List<(TerritorialUnit, IndicatorResult[])>();
        var clock = new Stopwatch();
        foreach (var voivodeship in register.Units.Where(u => u.Kind == TerritorialUnitKind.Voivodeship).Select(u => u.Code).Order())
        {
            clock.Restart();
            var units = OzpsGenerator.Generate(register, voivodeship, fromYear, toYear, seed: 1, template);
            generate += clock.Elapsed.TotalMilliseconds;
            (gminas, values) = (gminas + units.Count, values + units.Sum(u => (long)u.Values.Count));
            for (var round = 0; round < rounds; round++)
            {
                clock.Restart();
                foreach (var unit in units)
                {
                    var all = OzpsIndicators.Compute(unit, template);
                    if (round == 0)
                    {
                        results += all.Count;
                        assessed.Add((unit.Unit, all.Where(r => r.Year == toYear).ToArray()));
                    }
                    for (var year = fromYear; year <= toYear; year++) StaffingCheck.For(unit, year);
                }
                indicators[round] += clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                PovertyBarometer.Compute(voivodeship, units, template, toYear);
                barometer[round] += clock.Elapsed.TotalMilliseconds;
            }
        }
        for (var round = 0; round < rounds; round++)
        {
            clock.Restart();
            var region = new RegionIndicators(assessed, template, toYear);
            foreach (var (unit, _) in assessed) region.Compare(unit.Code);
            comparisons[round] = clock.Elapsed.TotalMilliseconds;
        }
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024;

        // The region's summary afterwards (the same seed gives the same data): drawing its chart is not part of the goal.
        var xlsxUnits = OzpsGenerator.Generate(register, xlsxRegion, fromYear, toYear, seed: 1, template);
        clock.Restart();
        var xlsxBytes = XlsxReport.Render(OzpsRegionReport.Build(xlsxRegion, xlsxUnits, register, template, toYear)).Length;
        var xlsxMs = clock.Elapsed.TotalMilliseconds;

        var totals = Enumerable.Range(0, rounds).Select(r => indicators[r] + barometer[r] + comparisons[r]).Order().ToList();
        var best = Enumerable.Range(0, rounds).MinBy(r => indicators[r] + barometer[r] + comparisons[r]);
        return new Result(gminas, toYear - fromYear + 1, values, rounds, generate, totals[0], totals[rounds / 2], indicators[0] + barometer[0] + comparisons[0], indicators[best], barometer[best], comparisons[best], xlsxMs, xlsxBytes, peak, results);
    }
}
