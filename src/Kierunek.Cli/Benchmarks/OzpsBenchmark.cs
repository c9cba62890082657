using System.Diagnostics;
using Kierunek.Domain.Territory;
using Kierunek.Import.Territory;
using Kierunek.Ozps.Barometer;
using Kierunek.Ozps.Comparisons;
using Kierunek.Ozps.Indicators;
using Kierunek.Ozps.Synthetic;
using Kierunek.Ozps.Template;
using Kierunek.Reports.Kinds.Ozps;
using Kierunek.Reports.Rendering;

namespace Kierunek.Cli.Benchmarks;

/// <summary>The whole country: synthetic OZPS data for every gmina (2 477) over six years, then every indicator
/// and staffing check for every year, the barometer of every voivodeship and the comparisons (country, voivodeship
/// and powiat means, ranks) for the assessment year, and the region XLSX. A voivodeship's data is made, computed
/// and let go before the next — the way a ROPS or the ministry would work through the country — so memory holds
/// one voivodeship's data and the whole country's indicators. Times each step and the peak memory.</summary>
public static class OzpsBenchmark
{
    public sealed record Result(int Gminas, int Years, long Values, double GenerateMs, double ComputeMs, double IndicatorsMs, double BarometerMs, double ComparisonsMs,
        double XlsxMs, long XlsxBytes, long PeakMemoryMb, int IndicatorResults);

    public static Result Run(int fromYear = 2014, int toYear = 2019, string xlsxRegion = "06")
    {
        var template = OzpsTemplate.ForYear(toYear);
        var register = TercFile.Register;
        var (generate, indicators, barometer, xlsxMs) = (0.0, 0.0, 0.0, 0.0);
        var (gminas, values, results, xlsxBytes) = (0, 0L, 0, 0L);
        var assessed = new List<(TerritorialUnit, IndicatorResult[])>();
        var clock = new Stopwatch();
        foreach (var voivodeship in register.Units.Where(u => u.Kind == TerritorialUnitKind.Voivodeship).Select(u => u.Code).Order())
        {
            clock.Restart();
            var units = OzpsGenerator.Generate(register, voivodeship, fromYear, toYear, seed: 1, template);
            generate += clock.Elapsed.TotalMilliseconds;
            (gminas, values) = (gminas + units.Count, values + units.Sum(u => (long)u.Values.Count));

            clock.Restart();
            foreach (var unit in units)
            {
                var all = OzpsIndicators.Compute(unit, template);
                results += all.Count;
                assessed.Add((unit.Unit, all.Where(r => r.Year == toYear).ToArray()));
                for (var year = fromYear; year <= toYear; year++) StaffingCheck.For(unit, year);
            }
            indicators += clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            PovertyBarometer.Compute(voivodeship, units, template, toYear);
            barometer += clock.Elapsed.TotalMilliseconds;

            if (voivodeship == xlsxRegion)
            {
                clock.Restart();
                xlsxBytes = XlsxReport.Render(OzpsRegionReport.Build(xlsxRegion, units, register, template, toYear)).Length;
                xlsxMs = clock.Elapsed.TotalMilliseconds;
            }
        }
        clock.Restart();
        var comparisons = new RegionIndicators(assessed, template, toYear);
        foreach (var (unit, _) in assessed) comparisons.Compare(unit.Code);
        var compare = clock.Elapsed.TotalMilliseconds;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024;
        return new Result(gminas, toYear - fromYear + 1, values, generate, indicators + barometer + compare, indicators, barometer, compare, xlsxMs, xlsxBytes, peak, results);
    }
}
