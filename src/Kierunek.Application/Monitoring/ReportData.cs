using Kierunek.Application.Strategies;
using Kierunek.Data;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Strategies.Exchange;

namespace Kierunek.Application.Monitoring;

/// <summary>The document a report is made from: the stored strategy with the approved values of the
/// year's monitoring in place of (or beside) what the document printed. Values not yet approved never
/// reach a report.</summary>
public sealed class ReportData(KierunekDb db, StrategyCatalog catalog)
{
    public async Task<StrategyDocument?> ForYearAsync(string key, int year, CancellationToken ct)
    {
        var stored = await catalog.GetAsync(key, ct);
        if (stored is null) return null;
        var approved = await ApprovedValues.OfAsync(db, key, year, ct);
        if (approved.Count == 0) return stored;

        // The cached document is shared by every request: the report gets its own copy.
        var copy = DocumentJson.Read(DocumentJson.Write(stored), key).Value!;
        var nodes = copy.AllNodes().ToList();
        foreach (var value in approved)
        {
            if (value.NodePosition >= nodes.Count || value.IndicatorIndex >= nodes[value.NodePosition].Indicators.Count) continue;
            var indicator = nodes[value.NodePosition].Indicators[value.IndicatorIndex];
            indicator.Values.RemoveAll(v => v.Period.IsSingleYear && v.Period.FromYear == year);
            indicator.Values.Add(new IndicatorValue(new ReportingPeriod(year), value.Value) { InstitutionKey = value.InstitutionKey });
            indicator.Values.Sort((a, b) => a.Period.FromYear.CompareTo(b.Period.FromYear));
        }
        if (!copy.ReportedYears.Contains(year)) copy.ReportedYears.Add(year);
        return copy;
    }
}
