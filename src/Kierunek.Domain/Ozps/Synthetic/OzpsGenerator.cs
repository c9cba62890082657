using Kierunek.Domain.Ozps.Template;
using Kierunek.Domain.Territory;
using Kierunek.Domain.Values;

namespace Kierunek.Domain.Ozps.Synthetic;

/// <summary>Plausible synthetic OZPS data for every gmina of a voivodeship (or of the country), for demos and
/// benchmarks: the same seed gives the same numbers. Every template table row, the multi-year rows the indicators
/// and the staffing check need, and the barometer's outside data; they keep every rule of the template — "w tym"
/// rows below their rows, parts adding up to their totals, forecasts near the assessment year — and every unit is
/// marked <see cref="OzpsUnitData.Synthetic"/>. Real data (seed 003) is never touched.</summary>
public static class OzpsGenerator
{
    public const string Marker = "# dane syntetyczne";

    public static IReadOnlyList<OzpsUnitData> Generate(TerritorialRegister register, string region, int fromYear, int toYear, int seed, OzpsTemplate? template = null)
    {
        template ??= OzpsTemplate.ForYear(toYear);
        var gminas = register.Units.Where(u => u.IsGmina && u.Code.StartsWith(region, StringComparison.Ordinal)).OrderBy(u => u.Code).ToList();
        return gminas.Select(g => Unit(g, fromYear, toYear, seed, template)).ToList();
    }

    public static OzpsUnitData Unit(TerritorialUnit unit, int fromYear, int toYear, int seed, OzpsTemplate template)
    {
        // A stable seed per unit (string hashes change between runs of .NET; the TERYT code does not).
        var random = new Random(unchecked(seed * 1_000_003 + int.Parse(unit.Code)));
        var profile = Profile.Draw(unit, random);
        var values = new List<OzpsValue>();
        for (var year = fromYear; year <= toYear; year++)
        {
            var columns = Tables(profile.At(year, fromYear), template, random);
            foreach (var ((table, row), number) in columns) values.Add(Value(table, row, year, false, number));
            foreach (var ((table, row), number) in Series(profile.At(year, fromYear), columns, random)) values.Add(Value(table, row, year, false, number));
            if (year == toYear)
            {
                // The forecast: the assessment year moved by the unit's trend, every row alike, so no rule breaks.
                var growth = 1 + (decimal)(random.NextDouble() * 0.06 - 0.02);
                foreach (var table in template.Tables)
                {
                    var at = table.Rows.ToDictionary(r => r.No, r => Math.Round(columns[(table.Code, r.Key)] * growth));
                    Settle(table, at, split: false, random);
                    foreach (var (no, number) in at) values.Add(Value(table.Code, table.KeyOf(no), year + 1, true, number));
                }
            }
        }
        var data = new OzpsUnitData(unit, values, Synthetic: true, AssessmentYear: toYear, Source: $"generator Kierunek (ziarno {seed})");
        data.Index(); // organised as it is made, like data read from a file
        return data;
    }

    /// <summary>What a unit is like, drawn once: its size, how much help it gives, how well it is staffed.</summary>
    private sealed record Profile(decimal Population, decimal HelpRate, decimal Drift, decimal Staffing, decimal Income, decimal Installations, decimal Floor, decimal Arrears, decimal Unemployment)
    {
        public static Profile Draw(TerritorialUnit unit, Random random)
        {
            var urban = unit.Kind is TerritorialUnitKind.UrbanGmina or TerritorialUnitKind.CityWithCountyRights;
            var population = urban ? 8_000 + (decimal)Math.Pow(random.NextDouble(), 3) * 150_000 : 3_000 + (decimal)random.NextDouble() * 17_000;
            return new Profile(Math.Round(population), Between(random, 0.025, 0.09), Between(random, -0.04, 0.01), Between(random, 0.8, 1.4),
                Between(random, 3_200, 7_500), Between(random, 70, 99), Between(random, 24, 40), Between(random, 5, 60), Between(random, 2, 12));
        }

        /// <summary>The profile in a year: population and help drifting a little every year.</summary>
        public Profile At(int year, int fromYear)
        {
            var factor = (decimal)Math.Pow((double)(1 + Drift), year - fromYear);
            return this with { Population = Math.Round(Population * (1 + Drift / 4) * factor), HelpRate = HelpRate * factor };
        }
    }

    /// <summary>Every numbered row: parents before their "w tym" rows, parts split from their totals, totals summed from their parts.</summary>
    private static Dictionary<(string Table, string Row), decimal> Tables(Profile profile, OzpsTemplate template, Random random)
    {
        var values = new Dictionary<(string, string), decimal>();
        var population = profile.Population;
        foreach (var table in template.Tables)
        {
            var at = new Dictionary<int, decimal>();
            foreach (var row in table.Rows)
            {
                decimal value;
                if (row.PartOf is { Count: > 0 } parents) value = Math.Floor(parents.Min(p => at.GetValueOrDefault(p)) * Between(random, 0.2, 0.9));
                else if (row.AtLeast is { Count: > 0 } others) value = Math.Round(others.Max(o => at.GetValueOrDefault(o)) * Between(random, 1.3, 2.2));
                else value = Base(table.Code, row, population, profile, at, random);
                at[row.No] = Math.Max(0, value);
            }
            Settle(table, at, split: true, random);
            foreach (var (no, value) in at) values[(table.Code, table.KeyOf(no))] = value;
        }
        return values;
    }

    /// <summary>Makes a table keep its rules: totals split into parts (or parts added into totals), then every "w tym"
    /// row brought under its row — repeated until nothing moves, since each step can disturb the other.</summary>
    private static void Settle(TemplateTable table, Dictionary<int, decimal> at, bool split, Random random)
    {
        for (var pass = 0; pass < 10; pass++)
        {
            var before = at.ToDictionary();
            foreach (var sum in table.SumRules)
            {
                if (split && pass == 0 && sum.Parts.All(p => table.Row(p)?.PartOf?.Contains(sum.Total) == true)) Split(at, sum.Total, sum.Parts, random);
                else at[sum.Total] = sum.Parts.Sum(p => at.GetValueOrDefault(p));
            }
            foreach (var row in table.Rows)
                foreach (var parent in row.PartOf ?? [])
                    if (at[row.No] > at[parent]) at[row.No] = at[parent];
            if (before.All(kv => at[kv.Key] == kv.Value)) return;
        }
    }

    /// <summary>A row no other row bounds: people and families from the population, money from the people.</summary>
    private static decimal Base(string table, TemplateRow row, decimal population, Profile profile, Dictionary<int, decimal> at, Random random)
    {
        var helped = Math.Round(population * profile.HelpRate);
        if (table == "korzystajacy" && row.No == 1) return helped;
        if (table == "korzystajacy" && row.No is 7 or 15) return Math.Round(at.GetValueOrDefault(2) * Between(random, 0.7, 0.85));
        if (table == "korzystajacy" && row.No == 14) return Math.Round(at.GetValueOrDefault(2) * Between(random, 0.8, 0.9));
        if (row.Unit == "zł") return Math.Round(population * Between(random, table == "wydatki" ? 2 : 5, table == "wydatki" ? 60 : 25));
        return row.Unit switch
        {
            "osoby" => Math.Round(helped * Between(random, 0.01, 0.3)),
            "rodziny" => Math.Round(helped * Between(random, 0.005, 0.1)),
            "gospodarstwa domowe" => Math.Round(population * Between(random, 0.002, 0.01)),
            "miejsca" => Math.Round(population * Between(random, 0, 0.003)),
            _ => Math.Round(population * Between(random, 0, 0.0005)),
        };
    }

    /// <summary>Splits a total into parts that add up to it exactly.</summary>
    private static void Split(Dictionary<int, decimal> at, int total, IReadOnlyList<int> parts, Random random)
    {
        var weights = parts.Select(_ => 0.2 + random.NextDouble()).ToList();
        var left = at[total];
        for (var i = 0; i < parts.Count; i++)
        {
            var share = i == parts.Count - 1 ? left : Math.Floor(at[total] * (decimal)(weights[i] / weights.Sum()));
            at[parts[i]] = share;
            left -= share;
        }
    }

    /// <summary>The multi-year rows: residents, social work, staff, and the barometer's outside data.</summary>
    private static IEnumerable<((string Table, string Row), decimal)> Series(Profile profile, Dictionary<(string Table, string Row), decimal> tables, Random random)
    {
        var families = tables[("korzystajacy", "7")];
        var inSocialWork = Math.Round(families * Between(random, 0.8, 1.35));
        var workers = Math.Max(3, Math.Ceiling(profile.Population / 2000 * profile.Staffing * Between(random, 0.9, 1.1)));
        yield return (("kadra", "mieszkancy"), profile.Population);
        yield return (("kadra", "rodziny-praca-socjalna"), inSocialWork);
        yield return (("kadra", "pracownicy-socjalni"), workers);
        yield return (("kadra", "pracownicy-specjalizacja"), Math.Floor(workers * Between(random, 0.15, 0.6)));
        yield return (("praca-socjalna", "rodziny-praca-socjalna"), inSocialWork);
        yield return (("praca-socjalna", "rodziny-swiadczenia"), families);
        yield return (("swiadczeniobiorcy", "gmina"), tables[("korzystajacy", "2")]);
        yield return (("barometr-dane", "dochod-na-mieszkanca"), Math.Round(profile.Income * Between(random, 0.97, 1.05)));
        yield return (("barometr-dane", "mieszkania-instalacje"), Math.Round(Math.Min(100, profile.Installations * Between(random, 0.99, 1.01)), 1));
        yield return (("barometr-dane", "powierzchnia-na-osobe"), Math.Round(profile.Floor * Between(random, 0.99, 1.02), 1));
        yield return (("barometr-dane", "mieszkania-zaleglosci"), Math.Round(profile.Arrears * Between(random, 0.9, 1.1), 1));
        yield return (("barometr-dane", "bezrobocie"), Math.Round(profile.Unemployment * Between(random, 0.85, 1.1), 1));
        var unemployed = Math.Round(profile.Population * 0.62m * profile.Unemployment / 100);
        yield return (("bezrobotni", "ogolem"), unemployed);
        yield return (("bezrobotni", "kobiety"), Math.Floor(unemployed * Between(random, 0.45, 0.6)));
        yield return (("bezrobotni", "z-prawem-do-zasilku"), Math.Floor(unemployed * Between(random, 0.1, 0.2)));
        yield return (("bezrobotni", "dlugotrwale"), Math.Floor(unemployed * Between(random, 0.4, 0.65)));
        yield return ((OzpsKey.Narrative, "stopa-bezrobocia-powiat"), Math.Round(profile.Unemployment * Between(random, 1.1, 1.6), 1));
        yield return ((OzpsKey.Narrative, "stopa-bezrobocia-wojewodztwo"), Math.Round(Between(random, 5, 9), 1));
        yield return ((OzpsKey.Narrative, "stopa-bezrobocia-kraj"), 5.2m);
    }

    private static decimal Between(Random random, double from, double to) => (decimal)(from + random.NextDouble() * (to - from));

    private static OzpsValue Value(string table, string row, int year, bool forecast, decimal number)
    {
        var text = PolishFormat.Natural(number);
        return new OzpsValue(new OzpsKey(table, row, year, forecast),
            new RecordedValue(text, new ValueReading { Kind = ValueKind.Number, Text = text, Number = number }));
    }
}
