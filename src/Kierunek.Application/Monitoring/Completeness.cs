using Kierunek.Data;
using Kierunek.Domain.Language;
using Kierunek.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;
using Kierunek.Domain.Values;
using Kierunek.Reports.Model;

namespace Kierunek.Application.Monitoring;

/// <summary>How far a period is: per institution, how many values are in each state — the reporting rate
/// a coordinator watches (DHIS2 calls it completeness).</summary>
public sealed record Completeness(string InstitutionKey, string Institution, IReadOnlyDictionary<EntryState, int> Counts, int Total)
{
    /// <summary>Every value submitted or approved: the institution has answered.</summary>
    public bool Answered => Total > 0 && Reported == Total;

    public int Reported => Counts[EntryState.Submitted] + Counts[EntryState.Approved];
    public decimal Percent => Total == 0 ? 0 : 100m * Reported / Total;

    /// <summary>From a period already loaded (the review page has every value at hand).</summary>
    public static IReadOnlyList<Completeness> Of(PeriodView.Loaded period) =>
        Of(period.Items.Select(i => (i.Assignment.InstitutionKey, i.Assignment.InstitutionName, i.Fields.Select(f => f.Entry.State)))
            .GroupBy(i => (i.InstitutionKey, i.InstitutionName), i => i.Item3)
            .Select(g => (g.Key.InstitutionKey, g.Key.InstitutionName, Count(g.SelectMany(s => s)))));

    /// <summary>Counted by the database, without loading the period's values: what the dashboard and the lists of
    /// open periods need while hundreds of institutions report. <paramref name="institution"/>: only that one's.</summary>
    public static async Task<IReadOnlyList<Completeness>> OfAsync(KierunekDb db, int periodId, string? institution, CancellationToken ct)
    {
        var asked = db.Assignments.AsNoTracking().Where(a => a.PeriodId == periodId && a.NodePosition != null && (institution == null || a.InstitutionKey == institution));
        var counts = await asked.SelectMany(a => a.Entries.Where(e => e.IndicatorIndex != null), (a, e) => new { a.InstitutionKey, a.InstitutionName, e.State })
            .GroupBy(x => new { x.InstitutionKey, x.InstitutionName, x.State }).Select(g => new { g.Key.InstitutionKey, g.Key.InstitutionName, g.Key.State, Count = g.Count() })
            .ToListAsync(ct);
        // An institution asked only for items without indicators has no values and is still listed (0 of 0).
        var institutions = await asked.Select(a => new { a.InstitutionKey, a.InstitutionName }).Distinct().ToListAsync(ct);
        var byInstitution = counts.ToLookup(c => (c.InstitutionKey, c.InstitutionName), c => (c.State, c.Count));
        return Of(institutions.Select(i => (i.InstitutionKey, i.InstitutionName, Count(byInstitution[(i.InstitutionKey, i.InstitutionName)]))));
    }

    private static Dictionary<EntryState, int> Count(IEnumerable<EntryState> states)
    {
        var counts = Enum.GetValues<EntryState>().ToDictionary(s => s, _ => 0);
        foreach (var state in states) counts[state]++;
        return counts;
    }

    private static Dictionary<EntryState, int> Count(IEnumerable<(EntryState State, int Count)> states)
    {
        var counts = Enum.GetValues<EntryState>().ToDictionary(s => s, _ => 0);
        foreach (var (state, count) in states) counts[state] += count;
        return counts;
    }

    private static IReadOnlyList<Completeness> Of(IEnumerable<(string Key, string Name, Dictionary<EntryState, int> Counts)> institutions) =>
        institutions.OrderBy(i => i.Name, PolishFormat.Alphabetical).Select(i => new Completeness(i.Key, i.Name, i.Counts, i.Counts.Values.Sum())).ToList();

    /// <summary>Institutions by how far they are, a bar per stage — for a period with more institutions than bars can
    /// show apart (the table beside lists each one), with the sentence that says what the bars show.</summary>
    public static StackedBarChart? ChartByProgress(IReadOnlyList<Completeness> rows, int year)
    {
        if (rows.Count == 0) return null;
        (string Stage, Func<Completeness, bool> Holds)[] stages =
        [
            ("wszystko zatwierdzone", r => r.Total > 0 && r.Counts[EntryState.Approved] == r.Total),
            ("wszystko przekazane", r => r.Answered && r.Counts[EntryState.Approved] < r.Total),
            ("część przekazana", r => r.Reported > 0 && !r.Answered),
            ("nic nie przekazano", r => r.Reported == 0),
        ];
        var counts = stages.Select(s => rows.Count(s.Holds)).ToList();
        var description = $"{PolishPlural.Of(rows.Count, "instytucja", "instytucje", "instytucji")} według postępu: "
            + string.Join(", ", stages.Select((s, i) => $"{s.Stage} — {counts[i]}")) + ".";
        return new StackedBarChart($"Kompletność okresu {year}", description, stages.Select(s => s.Stage).ToList(),
            [new ChartSeries("instytucje", counts.Select(c => (decimal)c).ToList(), "#1F5FA8")], NumberStyle.Integer);
    }

    /// <summary>Stacked bars, one per institution (numbered as in the table beside), with the sentence that says what they show.</summary>
    public static StackedBarChart? Chart(IReadOnlyList<Completeness> rows, int year)
    {
        if (rows.Count == 0) return null;
        (EntryState State, string Color)[] states =
            [(EntryState.Approved, "#2E7D32"), (EntryState.Submitted, "#1F5FA8"), (EntryState.Returned, "#B35900"), (EntryState.Draft, "#7B5EA7"), (EntryState.Missing, "#9E9E9E")];
        var parts = states.Select(s => new ChartSeries(PeriodView.StateName(s.State), rows.Select(r => (decimal)r.Counts[s.State]).ToList(), s.Color)).ToList();
        var total = rows.Sum(r => r.Total);
        var reported = rows.Sum(r => r.Reported);
        var description = $"Wartości {rows.Count} instytucji według stanu: przekazano lub zatwierdzono {reported} z {total} ({PolishFormat.Percent(total == 0 ? 0 : 100m * reported / total)}).";
        return new StackedBarChart($"Kompletność okresu {year}", description, rows.Select((_, i) => (i + 1).ToString()).ToList(), parts, NumberStyle.Integer);
    }
}
