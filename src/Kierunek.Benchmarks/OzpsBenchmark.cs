using Kierunek.Domain.Ozps;
using Kierunek.Domain.Ozps.Columns;
using Kierunek.Domain.Ozps.Synthetic;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Domain.Territory;
using Kierunek.Import.Territory;
using Kierunek.Reports.Ozps;
using Kierunek.Reports.Rendering;
using System.Diagnostics;

namespace Kierunek.Benchmarks;

/// <summary>The whole country: synthetic OZPS data for every gmina (2 477) over six years, copied a powiat at a time
/// into columns (<see cref="OzpsColumns"/>; each powiat's objects let go before the next), then every
/// indicator and staffing check for every year, the barometer of every voivodeship and the comparisons for the
/// assessment year (<see cref="CountryComputation"/>), several rounds. The peak memory is taken after the rounds.
/// Then the proof: the same country computed unit by unit (<see cref="Domain.Ozps.Indicators.OzpsIndicators"/>,
/// PovertyBarometer, RegionIndicators — the computation before the columns) and both results' checksums, which must
/// be equal; and the region XLSX.</summary>
public static class OzpsBenchmark
{
    public sealed record Result(int Gminas, int Years, long Values, int Rounds, double GenerateMs, double LoadMs, double ComputeMs, double ComputeMedianMs, double FirstRoundMs,
        long PeakMemoryMb, long HeldMemoryMb, long IndicatorResults, double PerUnitMs, OzpsChecksum Checksum, OzpsChecksum PerUnitChecksum, double XlsxMs, long XlsxBytes)
    {
        public bool Same => Checksum == PerUnitChecksum;
    }

    /// <param name="rounds">How many times the computation runs over the columns; the best and the median round are
    /// reported, as for the other benchmarks (the first round also warms the JIT).</param>
    public static Result Run(int rounds = 3, int fromYear = 2014, int toYear = 2019, string xlsxRegion = "06")
    {
        var template = OzpsTemplate.ForYear(toYear);
        var register = TercFile.Register;
        var voivodeships = register.Units.Where(u => u.Kind == TerritorialUnitKind.Voivodeship).Select(u => u.Code).Order().ToList();
        IReadOnlyList<OzpsUnitData> Generate(string region) => OzpsGenerator.Generate(register, region, fromYear, toYear, seed: 1, template);

        var (generate, load, values) = (0.0, 0.0, 0L);
        var builder = new OzpsColumns.Builder(OzpsColumns.RowsRead(template), fromYear, toYear);
        var clock = new Stopwatch();
        // Made and copied in a powiat at a time (the units come in the same order, with the same numbers: a unit's seed is
        // its code), so no more than a powiat's objects are alive at once.
        foreach (var powiat in register.Units.Where(u => u.IsGmina).Select(u => u.Code[..4]).Distinct().Order())
        {
            clock.Restart();
            var units = Generate(powiat);
            generate += clock.Elapsed.TotalMilliseconds;
            values += units.Sum(u => (long)u.Values.Count);
            clock.Restart();
            builder.Add(units);
            load += clock.Elapsed.TotalMilliseconds;
            // The powiat's objects are garbage now; collected before the next is made, or the server GC (this program
            // runs with the web application's) lets the heap grow with every one of them.
            GC.Collect();
        }
        clock.Restart();
        var columns = builder.Build();
        load += clock.Elapsed.TotalMilliseconds;
        GC.Collect(); // the generated objects are gone; what stays is the columns

        var times = new List<double>();
        CountryComputation? country = null;
        for (var round = 0; round < rounds; round++)
        {
            clock.Restart();
            country = new CountryComputation(columns, template, toYear);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024;
        var held = GC.GetTotalMemory(forceFullCollection: true) / 1024 / 1024;
        var results = country!.Indicators.Sum(i => (long)i.Has.Length);
        var checksum = OzpsChecksum.Of(country);

        // The per-unit computation of the same country, for its time and its checksum (generating again is not timed).
        var perUnit = 0.0;
        IEnumerable<IReadOnlyList<OzpsUnitData>> Timed()
        {
            foreach (var voivodeship in voivodeships)
            {
                var units = Generate(voivodeship);
                clock.Restart();
                yield return units;
                perUnit += clock.Elapsed.TotalMilliseconds;
            }
        }
        var perUnitChecksum = OzpsChecksum.OfUnits(Timed(), template, fromYear, toYear);

        // The region's summary afterwards (the same seed gives the same data): drawing its chart is not part of the goal.
        var xlsxUnits = Generate(xlsxRegion);
        clock.Restart();
        var xlsxBytes = XlsxReport.Render(OzpsRegionReport.Build(xlsxRegion, xlsxUnits, register, template, toYear)).Length;
        var xlsxMs = clock.Elapsed.TotalMilliseconds;

        var sorted = times.Order().ToList();
        return new Result(columns.Units.Count, toYear - fromYear + 1, values, rounds, generate, load, sorted[0], sorted[rounds / 2], times[0], peak, held, results,
            perUnit, checksum, perUnitChecksum, xlsxMs, xlsxBytes);
    }
}
