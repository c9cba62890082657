using Kierunek.Domain.Monitoring;
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

    public static IReadOnlyList<Completeness> Of(PeriodView.Loaded period) =>
        period.Items.GroupBy(i => (i.Assignment.InstitutionKey, i.Assignment.InstitutionName)).OrderBy(g => g.Key.InstitutionName, PolishFormat.Alphabetical)
            .Select(g =>
            {
                var states = g.SelectMany(i => i.Fields).Select(f => f.Entry.State).ToList();
                return new Completeness(g.Key.InstitutionKey, g.Key.InstitutionName, Enum.GetValues<EntryState>().ToDictionary(s => s, s => states.Count(x => x == s)), states.Count);
            }).ToList();

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
