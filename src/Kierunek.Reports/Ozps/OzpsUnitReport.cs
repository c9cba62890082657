using Kierunek.Domain.Language;
using Kierunek.Domain.Ozps;
using Kierunek.Domain.Ozps.Barometer;
using Kierunek.Domain.Ozps.Comparisons;
using Kierunek.Domain.Ozps.Indicators;
using Kierunek.Domain.Ozps.Narrative;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Domain.Territory;
using Kierunek.Domain.Values;
using Kierunek.Reports.Model;

namespace Kierunek.Reports.Ozps;

/// <summary>The OZPS document of one gmina for one year: the narrative, the template tables as the ministry's
/// form prints them (numbered rows; previous year, assessment year, forecast), the indicators over the years with
/// charts, the statutory staffing check, the comparisons with the powiat, voivodeship and country, the poverty
/// barometer, and the conclusions — the team's own text, or points suggested from what worsened.</summary>
public static class OzpsUnitReport
{
    /// <param name="region">Every stored gmina (at least of the unit's voivodeship): the means, ranks and barometer
    /// are computed over them.</param>
    /// <param name="conclusions">The team's conclusions, one paragraph per item; null — the suggested points.</param>
    /// <param name="recommendations">The assessment's recommendations with the strategy items each concerns; none — no section.</param>
    public static Report Build(OzpsUnitData unit, IReadOnlyList<OzpsUnitData> region, OzpsTemplate template, int year, NarrativeFile sentences, IReadOnlyList<string>? conclusions = null,
        IReadOnlyList<CouncilRecommendation>? recommendations = null)
    {
        var sections = new List<Section> { Introduction(unit, template, year) };
        sections.AddRange(OzpsNarrative.Write(unit, template, year, sentences).Select(c => new Section(c.Title, 3, c.Sentences.Select(s => (Block)new Paragraph(s)).ToList())) is var chapters && chapters.Any()
            ? [new Section("Opis sytuacji", 2, [.. chapters])] : []);
        sections.Add(new Section("Tabele oceny zasobów pomocy społecznej", 2, template.Tables.Where(t => HasData(unit, t, year)).Select(t => (Block)TemplateTable(unit, t, year)).ToList()));
        sections.Add(Indicators(unit, template));
        if (Staffing(unit) is { } staffing) sections.Add(staffing);
        sections.Add(Comparisons(unit, region, template, year));
        sections.Add(Barometer(unit, region, template, year));
        sections.Add(Conclusions(unit, template, year, sentences, conclusions));
        if (recommendations is { Count: > 0 })
            sections.Add(new Section("Rekomendacje", 2, recommendations.SelectMany((r, i) => r.Links.Count == 0
                ? [new Paragraph($"{i + 1}. {r.Text}")]
                : new Block[] { new Paragraph($"{i + 1}. {r.Text}"), new BulletList(r.Links.Select(l => $"Pozycja strategii: {l.Code} {l.Title}").ToList()) }).ToList()));
        return new Report($"Ocena zasobów pomocy społecznej — {Title(unit.Unit)} — {year} rok",
            unit.Synthetic ? "DANE SYNTETYCZNE — wygenerowane do pokazu i pomiarów, nie opisują rzeczywistej gminy." : null, sections)
        {
            Source = $"Dane: {unit.Source ?? "baza Kierunek"}; wzór tabel {template.Version}. Wskaźniki, warunek kadrowy, porównania i barometr policzył Kierunek.",
        };
    }

    private static Section Introduction(OzpsUnitData unit, OzpsTemplate template, int year) => new("Wprowadzenie", 2,
    [
        new Paragraph($"Zgodnie z art. 16a ustawy z 12 marca 2004 r. o pomocy społecznej gmina i powiat oraz samorząd województwa sporządzają corocznie ocenę zasobów pomocy społecznej. Ocena dotyczy roku {year}; tabele podają rok poprzedni, rok oceny i prognozę na rok {year + 1}."),
        new Paragraph(template.ForecastRule),
    ]);

    private static bool HasData(OzpsUnitData unit, TemplateTable table, int year) =>
        table.Rows.Any(r => unit[new OzpsKey(table.Code, r.Key, year)] is not null);

    /// <summary>A template table as the form prints it: WYSZCZEGÓLNIENIE, the row number, three columns.</summary>
    internal static Table TemplateTable(OzpsUnitData unit, TemplateTable table, int year)
    {
        var rows = new List<Row>();
        string? group = null;
        foreach (var row in table.Rows)
        {
            if (row.Group is { } g && g != group)
            {
                rows.Add(new Row([new ReportCell(g) { ColumnSpan = 5 }], RowKind.Group));
                group = g;
            }
            var code = row.Key;
            rows.Add(new Row(
            [
                new ReportCell(row.Label), new ReportCell(row.No.ToString()),
                ValueCells.Of(unit[new OzpsKey(table.Code, code, year - 1)]?.Value),
                ValueCells.Of(unit[new OzpsKey(table.Code, code, year)]?.Value),
                Forecast(unit[new OzpsKey(table.Code, code, year + 1, true)]),
            ]));
        }
        return new Table(table.Title, [[new("WYSZCZEGÓLNIENIE"), new("Nr"), new($"Rok {year - 1}"), new($"Rok oceny {year}"), new($"Prognoza {year + 1}")]], rows);
    }

    private static ReportCell Forecast(OzpsValue? value) =>
        ValueCells.Of(value?.Value) with { Footnote = value?.Comment };

    private static Section Indicators(OzpsUnitData unit, OzpsTemplate template)
    {
        // The years any indicator can be computed or was printed for: a year of raw counts alone adds an empty column.
        var all = OzpsIndicators.Compute(unit, template, unit.Years.ToList());
        var years = all.Where(r => r.Value is not null || r.Printed is not null).Select(r => r.Year).Distinct().Order().ToList();
        var results = all.ToLookup(r => r.Definition.Code);
        var rows = template.Indicators.Select(d => new Row(
            [new ReportCell($"{d.Name} ({d.Unit})") { Footnote = d.Formula }, .. years.Select(y => Cell(results[d.Code].First(r => r.Year == y)))])).ToList();
        var blocks = new List<Block>
        {
            new Paragraph("Wskaźniki liczy Kierunek z danych oceny, każdy według jednego wzoru (przypis przy nazwie). Tam, gdzie dokument podaje własną wartość, a z jego danych wychodzi inna, komórka ma ostrzeżenie z wartością wydrukowaną."),
            new Table("Wskaźniki oceny zasobów pomocy społecznej w latach", [[new("Wskaźnik"), .. years.Select(y => new HeaderCell(y.ToString()))]], rows),
        };
        foreach (var code in new[] { "praca-socjalna", "deprywacja", "odsetek-korzystajacych" })
        {
            var points = results[code].Where(r => r.Value is not null).Select(r => new ChartPoint(r.Year, Math.Round(r.Value!.Value, 2))).ToList();
            if (points.Count < 2) continue;
            var name = template.Indicators.First(i => i.Code == code).Name;
            var (first, last) = (points[0], points[^1]);
            blocks.Add(new TrendChart(name, $"{name}: {PolishFormat.Number(first.Value, 2)}% w {first.Year} r., {PolishFormat.Number(last.Value, 2)}% w {last.Year} r.",
                "wartość wskaźnika", points, null, NumberStyle.Percent));
        }
        return new Section("Wskaźniki", 2, blocks) { Landscape = years.Count > 6 };
    }

    private static ReportCell Cell(IndicatorResult result)
    {
        if (result.Value is null) return new ReportCell(result.Printed is { } p ? $"{p.Raw} (wydrukowano)" : "–") { Footnote = result.Printed is null ? null : result.Missing };
        var cell = OzpsReportCells.Indicator(result.Value.Value, result.Definition);
        return result.Match == PrintedMatch.Differs ? cell with { Warning = $"dokument podaje {result.Printed!.Raw}" } : cell;
    }

    private static Section? Staffing(OzpsUnitData unit)
    {
        var checks = unit.Years.Select(y => StaffingCheck.For(unit, y)).OfType<StaffingCheck>().ToList();
        if (checks.Count == 0) return null;
        var rows = checks.Select(c => new Row(
        [
            new ReportCell(c.Year.ToString()), new ReportCell(c.Answer) { Warning = c.Printed is { } p && p != c.Answer ? $"dokument podaje „{p}”" : null },
            Integer(c.Residents), Integer(c.FamiliesInSocialWork), Integer(c.Workers), Integer(c.Required), Integer(c.Shortfall),
        ])).ToList();
        return new Section("Ustawowy wskaźnik zatrudnienia pracowników socjalnych", 2,
        [
            new Paragraph("Art. 110 ust. 11 i 12 ustawy o pomocy społecznej: jeden pracownik socjalny na 2000 mieszkańców lub na 50 rodzin objętych pracą socjalną (bierzemy korzystniejszy z dwóch przeliczników, dzielenie bez zaokrąglania), i nie mniej niż 3 pracowników socjalnych."),
            new Table("Czy ośrodek spełnia ustawowy wskaźnik zatrudnienia pracowników socjalnych",
                [[new("Rok"), new("Spełniony"), new("Mieszkańcy"), new("Rodziny objęte pracą socjalną"), new("Pracownicy socjalni"), new("Wymagana liczba"), new("Brakuje")]], rows),
        ]);
    }

    private static Section Comparisons(OzpsUnitData unit, IReadOnlyList<OzpsUnitData> region, OzpsTemplate template, int year)
    {
        var gminas = region.Any(r => r.Unit.Code == unit.Unit.Code) ? region : [.. region, unit];
        var indicators = new RegionIndicators(gminas, template, year);
        var inVoivodeship = gminas.Count(g => g.Unit.IsGmina && g.Unit.Code[..2] == unit.Unit.Code[..2]);
        var rows = indicators.Compare(unit.Unit.Code).Select(c => new Row(
        [
            new ReportCell($"{c.Result.Definition.Name} ({c.Result.Definition.Unit})"), new ReportCell(c.Result.Text),
            Mean(c.Powiat, c.Result.Definition), Mean(c.Voivodeship, c.Result.Definition), Mean(c.Country, c.Result.Definition),
            Rank(c.RankInPowiat, c.RankedInPowiat), Rank(c.RankInVoivodeship, c.RankedInVoivodeship),
        ])).ToList();
        return new Section($"Porównanie z powiatem, województwem i krajem ({year} r.)", 2,
        [
            new Paragraph(inVoivodeship < 2
                ? "W bazie nie ma jeszcze danych innych gmin województwa: średnie obejmują tylko tę gminę. Wczytaj oceny innych gmin (ozps import) albo dane zbiorcze w CSV, a porównanie się uzupełni."
                : $"Średnie liczone z gmin zapisanych w bazie (w nawiasie — ile gmin obejmują); miejsce 1 to wartość najkorzystniejsza." + SyntheticNote(gminas, unit)),
            new Table("Wskaźniki gminy na tle powiatu, województwa i kraju",
                [[new("Wskaźnik"), new("Gmina"), new("Powiat (średnia)"), new("Województwo (średnia)"), new("Kraj (średnia)"), new("Miejsce w powiecie"), new("Miejsce w województwie")]], rows),
        ]) { Landscape = true };
    }

    private static Section Barometer(OzpsUnitData unit, IReadOnlyList<OzpsUnitData> region, OzpsTemplate template, int year)
    {
        var voivodeship = unit.Unit.Code[..2];
        var gminas = region.Where(r => r.Unit.IsGmina && r.Unit.Code[..2] == voivodeship && r.Unit.Code != unit.Unit.Code).Append(unit).ToList();
        var computed = PovertyBarometer.Compute(voivodeship, gminas, template, year);
        var own = computed.Of(unit.Unit.Code);
        var powiat = computed.Powiat(unit.Unit.Code[..4]);
        var definition = template.Barometer;
        decimal? Printed(string key) => definition.Printed.TryGetValue(key, out var at) && at.IndexOf('/') is var slash and > 0
            ? unit.Number(at[..slash], at[(slash + 1)..], year) : null;
        var rows = definition.Dimensions.Select(d => (Name: d.Name, Code: d.Code)).Append((Name: "Barometr ubóstwa", Code: "barometr")).Select(x => new Row(
        [
            new ReportCell(x.Name),
            Index(x.Code == "barometr" ? own?.Value : own?.Dimensions[x.Code]),
            Index(x.Code == "barometr" ? powiat.Value : powiat.Dimensions[x.Code]),
            Index(0m),
            Printed(x.Code) is { } p ? new ReportCell(PolishFormat.Number(p, 2)) { Number = p, Style = NumberStyle.Decimal } : new ReportCell("–"),
        ], x.Code == "barometr" ? RowKind.Total : RowKind.Body)).ToList();
        if (computed.Gminas.Count < 2)
        {
            // Standardising one gmina against itself gives zeros that look like results: only what was printed is shown.
            return new Section("Barometr ubóstwa", 2,
            [
                new Paragraph("Barometr standaryzuje każdy składnik względem wszystkich gmin województwa, a w bazie nie ma jeszcze danych innych gmin tego województwa. Poniżej wartości wydrukowane w dokumencie; barometr Kierunku pojawi się po wczytaniu danych gmin województwa (docs/barometr-ubostwa.md)."),
                new Table("Barometr ubóstwa wydrukowany w dokumencie", [[new("Wymiar"), new("Wartość")]],
                    rows.Select(r => new Row([r.Cells[0], r.Cells[^1]], r.Kind)).ToList()),
            ]);
        }
        var blocks = new List<Block>
        {
            new Paragraph($"Każdy składnik standaryzowany względem gmin województwa (województwo = 0, wyżej = lepiej), wymiar to średnia jego składników, barometr — średnia wymiarów (docs/barometr-ubostwa.md). Obliczono z danych {PolishNoun.Gmina.CountGenitive(computed.Gminas.Count)} województwa zapisanych w bazie." + SyntheticNote(gminas, unit)),
            new Table("Barometr ubóstwa gminy na tle powiatu i województwa",
                [[new("Wymiar"), new("Gmina"), new($"Powiat (średnia, {PolishNoun.Gmina.Count(powiat.Gminas)})"), new("Województwo"), new("Wydrukowano w dokumencie")]], rows),
        };
        if (own is { } g)
            blocks.Add(new Table("Składniki barometru", [[new("Składnik"), new("Wartość"), new("Po standaryzacji")]],
                definition.Components.Select(c => new Row([new ReportCell(c.Name), Decimal(g.Measured[c.Code]), Index(g.Standardised[c.Code])])).ToList()));
        return new Section("Barometr ubóstwa", 2, blocks);
    }

    private static Section Conclusions(OzpsUnitData unit, OzpsTemplate template, int year, NarrativeFile sentences, IReadOnlyList<string>? conclusions)
    {
        if (conclusions is { Count: > 0 })
            return new Section("Wnioski", 2, conclusions.Select(c => (Block)new Paragraph(c)).ToList());
        return new Section("Wnioski", 2,
        [
            new Paragraph(OzpsNarrative.Introduction(sentences, year)),
            new BulletList(OzpsNarrative.Suggestions(unit, template, year, sentences)),
        ]);
    }

    /// <summary>A real gmina set against generated neighbours must say so: the means are then not a real voivodeship's.</summary>
    private static string SyntheticNote(IEnumerable<OzpsUnitData> gminas, OzpsUnitData unit) =>
        gminas.Count(g => g.Synthetic && g.Unit.Code != unit.Unit.Code) is var synthetic and > 0
            ? $" UWAGA: wśród nich {PolishNoun.Gmina.Count(synthetic)} z DANYMI SYNTETYCZNYMI — porównanie pokazuje działanie systemu, nie rzeczywiste województwo."
            : "";

    private static string Title(TerritorialUnit unit) => unit.Kind switch
    {
        TerritorialUnitKind.UrbanGmina => $"Gmina Miasto {unit.Name}",
        TerritorialUnitKind.CityWithCountyRights => $"Miasto {unit.Name}",
        _ => $"Gmina {unit.Name}",
    };

    private static ReportCell Mean(LevelMean mean, IndicatorDefinition definition) => mean.Mean is { } m
        ? new ReportCell($"{IndicatorResult.Format(m, definition)} ({mean.Units})")
        : new ReportCell("–");

    private static ReportCell Rank(int? rank, int of) => rank is { } r ? new ReportCell($"{r} z {of}") : new ReportCell("–");

    private static ReportCell Integer(decimal n) => OzpsReportCells.Count(n);

    private static ReportCell Decimal(decimal? n) => n is { } v ? new ReportCell(PolishFormat.Number(Math.Round(v, 2), 2)) { Number = Math.Round(v, 2), Style = NumberStyle.Decimal } : new ReportCell("–");

    private static ReportCell Index(decimal? n) => OzpsReportCells.Index(n, missing: "–");
}
