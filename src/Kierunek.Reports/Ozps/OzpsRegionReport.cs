using Kierunek.Domain.Language;
using Kierunek.Domain.Ozps;
using Kierunek.Domain.Ozps.Barometer;
using Kierunek.Domain.Ozps.Comparisons;
using Kierunek.Domain.Ozps.Indicators;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Domain.Territory;
using Kierunek.Domain.Values;
using Kierunek.Reports.Model;

namespace Kierunek.Reports.Ozps;

/// <summary>What a ROPS needs from every gmina of its region for one year: each gmina's indicators, the staffing
/// check and the poverty barometer, powiat by powiat with the powiat's means, the voivodeship's means, and the
/// gminas ranked by the barometer. Synthetic data says so in the title and on every sheet.</summary>
public static class OzpsRegionReport
{
    /// <param name="units">The region's gminas and the rest of their voivodeship: the barometer is standardised, and
    /// the voivodeship's means taken, over the whole voivodeship even when the region is one powiat.</param>
    public static Report Build(string region, IReadOnlyList<OzpsUnitData> units, TerritorialRegister register, OzpsTemplate template, int year)
    {
        var inRegion = units.Where(u => u.Unit.IsGmina && u.Unit.Code.StartsWith(region, StringComparison.Ordinal)).OrderBy(u => u.Unit.Code).ToList();
        var voivodeships = inRegion.Select(u => u.Unit.Code[..2]).Distinct().ToHashSet();
        var around = units.Where(u => u.Unit.IsGmina && voivodeships.Contains(u.Unit.Code[..2])).ToList();
        var indicators = new RegionIndicators(around, template, year);
        var barometers = around.GroupBy(u => u.Unit.Code[..2]).Select(v => PovertyBarometer.Compute(v.Key, v, template, year)).ToList();
        var synthetic = inRegion.Any(u => u.Synthetic);
        var name = RegionName(region, register);
        var report = new Report($"Ocena zasobów pomocy społecznej — zestawienie regionalne: {name}, {year} r.",
            synthetic ? "DANE SYNTETYCZNE — wygenerowane do pokazu i pomiarów, nie opisują rzeczywistych gmin." : null,
            [
                new Section("Gminy, powiaty i województwo", 2, [Summary(inRegion, indicators, barometers, template, register, year, synthetic)]) { Landscape = true },
                new Section("Ranking gmin według barometru ubóstwa", 2, Ranking(inRegion, barometers, synthetic)),
            ])
        { Source = $"Dane OZPS {PolishNoun.Gmina.Count(inRegion.Count)} ze wzoru {template.Version}; wskaźniki, warunek kadrowy (art. 110 ust. 11–12) i barometr policzone przez Kierunek." };
        return report;
    }

    private static Table Summary(List<OzpsUnitData> units, RegionIndicators indicators, List<RegionBarometer> barometers, OzpsTemplate template, TerritorialRegister register, int year, bool synthetic)
    {
        var dimensions = template.Barometer.Dimensions;
        var header = new List<HeaderCell> { new("TERYT"), new("Gmina"), new("Mieszkańcy") };
        header.AddRange(template.Indicators.Select(i => new HeaderCell($"{i.Name} ({i.Unit})")));
        header.AddRange([new("Warunek kadrowy (art. 110)"), new("Brakujący pracownicy socjalni")]);
        header.AddRange(dimensions.Select(d => new HeaderCell(d.Name)));
        header.AddRange([new("Barometr ubóstwa"), new("Miejsce w województwie (barometr)")]);
        var rows = new List<Row>();
        foreach (var powiat in units.GroupBy(u => u.Unit.Code[..4]))
        {
            rows.Add(new Row([new ReportCell($"{register.Find(powiat.Key)?.Name ?? powiat.Key} ({powiat.Key})") { ColumnSpan = header.Count }], RowKind.Group));
            foreach (var unit in powiat)
            {
                var barometer = barometers.Select(b => b.Of(unit.Unit.Code)).FirstOrDefault(b => b is not null);
                var region = barometers.First(b => b.Voivodeship == unit.Unit.Code[..2]);
                var staffing = StaffingCheck.For(unit, year);
                var cells = new List<ReportCell> { new(unit.Unit.Code), new(NameOf(unit.Unit, units) + (synthetic ? " *" : "")), Count(Residents(unit, year)) };
                cells.AddRange(indicators.Of(unit.Unit.Code).Select(r => Number(r.Value, r.Definition)));
                cells.Add(new ReportCell(staffing?.Answer ?? "b.d."));
                cells.Add(staffing is null ? new ReportCell("b.d.") : Count(staffing.Shortfall));
                cells.AddRange(dimensions.Select(d => Index(barometer?.Dimensions[d.Code])));
                cells.Add(Index(barometer?.Value));
                cells.Add(barometer?.Value is { } v ? Count(1 + region.Gminas.Count(g => g.Value > v)) : ReportCell.Empty);
                rows.Add(new Row(cells));
            }
            rows.Add(Means($"{register.Find(powiat.Key)?.Name ?? powiat.Key} — średnia", powiat.Key, powiat.Count(), indicators, barometers, template, dimensions));
        }
        foreach (var voivodeship in barometers)
            rows.Add(Means($"województwo {register.Find(voivodeship.Voivodeship)?.Name.ToLowerInvariant() ?? voivodeship.Voivodeship} — średnia", voivodeship.Voivodeship, voivodeship.Gminas.Count, indicators, barometers, template, dimensions));
        return new Table($"Wskaźniki OZPS, warunek kadrowy i barometr ubóstwa gmin, {year} r.{(synthetic ? " (* dane syntetyczne)" : "")}", [header], rows);
    }

    private static Row Means(string label, string level, int gminas, RegionIndicators indicators, List<RegionBarometer> barometers, OzpsTemplate template, IReadOnlyList<BarometerDimension> dimensions)
    {
        var cells = new List<ReportCell> { new(level), new($"{label} ({PolishNoun.Gmina.Count(gminas)})"), ReportCell.Empty };
        cells.AddRange(template.Indicators.Select(i => Number(indicators.MeanOf(level, i.Code).Mean, i)));
        cells.AddRange([ReportCell.Empty, ReportCell.Empty]);
        var region = barometers.FirstOrDefault(b => b.Voivodeship == level[..2]);
        if (level.Length == 4 && region is not null)
        {
            var powiat = region.Powiat(level);
            cells.AddRange(dimensions.Select(d => Index(powiat.Dimensions[d.Code])));
            cells.Add(Index(powiat.Value));
        }
        else
        {
            cells.AddRange(dimensions.Select(d => Index(region is null ? null : PovertyBarometer.Mean(region.Gminas.Select(g => g.Dimensions[d.Code])))));
            cells.Add(Index(region is null ? null : PovertyBarometer.Mean(region.Gminas.Select(g => g.Value))));
        }
        cells.Add(ReportCell.Empty);
        return new Row(cells, RowKind.Total);
    }

    private static IReadOnlyList<Block> Ranking(List<OzpsUnitData> units, List<RegionBarometer> barometers, bool synthetic)
    {
        var listed = units.Select(u => u.Unit.Code).ToHashSet();
        var ranked = barometers.SelectMany(b => b.Gminas).Where(g => g.Value is not null && listed.Contains(g.Unit.Code)).OrderByDescending(g => g.Value).ToList();
        var rows = ranked.Select((g, i) => new Row([Count(i + 1), new ReportCell(g.Unit.Code), new ReportCell(NameOf(g.Unit, units) + (synthetic ? " *" : "")), Index(g.Value)])).ToList();
        var blocks = new List<Block>
        {
            new Paragraph($"Barometr jest średnią trzech wymiarów standaryzowanych względem gmin województwa (województwo = 0, wyżej = lepiej). Ranking obejmuje {PolishNoun.Gmina.Count(ranked.Count)} z kompletem składników; bez kompletu: {units.Count - ranked.Count}."),
            new Table("Gminy od najwyższego barometru ubóstwa", [[new("Miejsce"), new("TERYT"), new("Gmina"), new("Barometr ubóstwa")]], rows),
        };
        if (ranked.Count > 0)
        {
            var shown = ranked.Count <= 20 ? ranked : ranked.Take(10).Concat(ranked.TakeLast(10)).ToList();
            var title = ranked.Count <= 20 ? "Barometr ubóstwa gmin" : "Barometr ubóstwa: 10 gmin najwyżej i 10 najniżej";
            blocks.Insert(1, new StackedBarChart(title,
                $"Barometr ubóstwa — najwyżej {NameOf(shown[0].Unit, units)} ({PolishFormat.Number(shown[0].Value!.Value, 2)}), najniżej {NameOf(shown[^1].Unit, units)} ({PolishFormat.Number(shown[^1].Value!.Value, 2)}).",
                shown.Select(g => NameOf(g.Unit, units)).ToList(), [new ChartSeries("barometr", shown.Select(g => g.Value!.Value).ToList(), "#1F5FA8")], NumberStyle.Decimal));
        }
        return blocks;
    }

    /// <summary>The gmina's name, with its kind where another gmina listed has the same name (Lubartów miasto and gmina).</summary>
    private static string NameOf(TerritorialUnit unit, IEnumerable<OzpsUnitData> listed) =>
        listed.Count(u => u.Unit.Name == unit.Name) < 2 ? unit.Name : unit.Kind switch
        {
            TerritorialUnitKind.UrbanGmina => $"{unit.Name} (miasto)",
            TerritorialUnitKind.RuralGmina => $"{unit.Name} (gmina wiejska)",
            TerritorialUnitKind.UrbanRuralGmina => $"{unit.Name} (gmina miejsko-wiejska)",
            _ => unit.Name,
        };

    private static decimal? Residents(OzpsUnitData unit, int year) => unit.Number("kadra", "mieszkancy", year) ?? unit.Number(OzpsKey.Narrative, "ludnosc", year);

    private static ReportCell Count(decimal? n) => OzpsReportCells.Count(n);

    private static ReportCell Index(decimal? n) => OzpsReportCells.Index(n);

    private static ReportCell Number(decimal? value, IndicatorDefinition definition) =>
        value is { } v ? OzpsReportCells.Indicator(v, definition) : new ReportCell("–");

    private static string RegionName(string region, TerritorialRegister register) =>
        region.Length == 0 ? "Polska" : register.Find(region) is not { } unit ? region : unit.Kind switch
        {
            TerritorialUnitKind.Voivodeship => $"województwo {unit.Name.ToLowerInvariant()}",
            TerritorialUnitKind.CityWithCountyRights => $"miasto na prawach powiatu {unit.Name}",
            _ => $"powiat {unit.Name}",
        };
}
