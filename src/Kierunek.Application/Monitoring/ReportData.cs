using Kierunek.Application.Strategies;
using Kierunek.Data;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Values;
using Kierunek.Reports;
using Kierunek.Reports.Model;
using Kierunek.Reports.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Kierunek.Application.Monitoring;

/// <summary>The document a report is made from: the stored strategy with what the year's monitoring approved in place
/// of what the document printed — indicator values, and for each action its status, what was done, the money spent
/// and whether the term was kept. In a monitored year an action nobody reported on says "nie przekazano" instead of
/// repeating the plan. Values and reports not yet approved never reach a report.</summary>
public sealed class ReportData(KierunekDb db, StrategyCatalog catalog, ActionReports actionReports)
{
    /// <summary>What a report of a monitored year prints where an action or a value was not reported.</summary>
    public const string NotReported = "nie przekazano";

    public async Task<StrategyDocument?> ForYearAsync(string key, int year, CancellationToken ct)
    {
        var stored = await catalog.GetAsync(key, ct);
        if (stored is null) return null;
        var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.DocumentKey == key && p.Year == year, ct);
        var approved = await ApprovedValues.OfAsync(db, key, year, null, ct);
        if (approved.Count == 0 && period is null) return stored;

        // The cached document is shared by every request: the report gets its own copy.
        var copy = stored.Copy();
        var nodes = copy.AllNodes().ToList();
        foreach (var value in approved)
        {
            if (value.NodePosition >= nodes.Count || value.IndicatorIndex >= nodes[value.NodePosition].Indicators.Count) continue;
            var indicator = nodes[value.NodePosition].Indicators[value.IndicatorIndex];
            indicator.Values.RemoveAll(v => v.Period.IsSingleYear && v.Period.FromYear == year);
            indicator.Values.Add(new IndicatorValue(new ReportingPeriod(year), value.Value) { InstitutionKey = value.InstitutionKey });
            indicator.Values.Sort((a, b) => a.Period.FromYear.CompareTo(b.Period.FromYear));
        }
        if (period is not null) await PutActionReportsAsync(copy, nodes, period.Id, year, ct);
        if (!copy.ReportedYears.Contains(year)) copy.ReportedYears.Add(year);
        return copy;
    }

    /// <summary>The report of <paramref name="kind"/> for <paramref name="year"/>; in a monitored year it opens with what
    /// its data is and who answered ("Dane przekazało 17 z 21 instytucji …").</summary>
    public async Task<Report> ReportAsync(ReportKind kind, StrategyDocument document, int year, CancellationToken ct)
    {
        var years = document.ReportedYears.Count > 0 ? document.ReportedYears.Order().ToList() : [year];
        var report = ReportKinds.Build(kind, document, year, years);
        var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.DocumentKey == document.Key && p.Year == year, ct);
        if (period is null) return report;
        var response = await ResponseAsync(period.Id, ct);
        var about = new Paragraph($"Dane za {year} r. pochodzą z monitoringu: wartości wskaźników, stan realizacji działań, wydatki i opis "
            + $"przekazane przez instytucje i zatwierdzone przez koordynatora. {response.Sentence()} "
            + $"Tam, gdzie instytucja nie przekazała danych, sprawozdanie podaje „{NotReported}” — nie powtarza planu z dokumentu.");
        return report with { Sections = [new Section($"Dane za {year} r.", 2, [about]), .. report.Sections] };
    }

    /// <summary>A file of the report as the reports page downloads it and the API gives it ("realizacja-2020.pdf"): null
    /// when the strategy is not there. <paramref name="kindName"/> and <paramref name="format"/> are known names
    /// (<see cref="ReportKinds.ByName"/>, <see cref="ReportFiles.ContentTypes"/>); the caller refuses others.</summary>
    /// <exception cref="PdfPrinterMissingException">PDF was asked for and Chromium is not installed.</exception>
    public async Task<ReportFile?> FileAsync(string key, string kindName, int year, string format, DateOnly prepared, CancellationToken ct)
    {
        var document = await ForYearAsync(key, year, ct);
        if (document is null) return null;
        var report = await ReportAsync(ReportKinds.ByName[kindName], document, year, ct);
        return new ReportFile(await ReportFiles.RenderAsync(report, format, prepared, ct), ReportFiles.ContentTypes[format], $"{kindName.ToLowerInvariant()}-{year}.{format}");
    }

    public sealed record ReportFile(byte[] Content, string ContentType, string Name);

    /// <summary>Institutions asked in the period and those whose every value was approved.</summary>
    public async Task<ResponseRate> ResponseAsync(int periodId, CancellationToken ct)
    {
        var byInstitution = (await db.Assignments.AsNoTracking().Include(a => a.Entries).Where(a => a.PeriodId == periodId && a.NodePosition != null).ToListAsync(ct))
            .GroupBy(a => a.InstitutionName).OrderBy(g => g.Key, PolishFormat.Alphabetical)
            .Select(g => (Name: g.Key, Answered: g.SelectMany(a => a.Entries).Where(e => e.IndicatorIndex != null).All(e => e.State == EntryState.Approved)))
            .ToList();
        return new ResponseRate(byInstitution.Count, byInstitution.Count(i => i.Answered), byInstitution.Where(i => !i.Answered).Select(i => i.Name).ToList());
    }

    /// <summary>Each action's own year: its approved report in place of the plan's term, costs and notes, or "nie
    /// przekazano". The printed totals are the plan's, so they are not compared with what was spent.</summary>
    private async Task PutActionReportsAsync(StrategyDocument copy, List<StrategyNode> nodes, int periodId, int year, CancellationToken ct)
    {
        var scale = await actionReports.ScaleAsync(copy.Key, ct);
        var asked = db.Assignments.AsNoTracking().Where(a => a.PeriodId == periodId && a.NodePosition != null);
        var reports = (await asked.Where(a => a.Report != null && a.Report.State == EntryState.Approved).Select(a => new { a.NodePosition, a.Report }).ToListAsync(ct))
            .ToDictionary(a => a.NodePosition!.Value, a => a.Report!);
        var notApproved = await asked.SelectMany(a => a.Entries.Where(e => e.State != EntryState.Approved && e.IndicatorIndex != null),
            (a, e) => new { Position = a.NodePosition!.Value, Index = e.IndicatorIndex!.Value, a.InstitutionKey }).ToListAsync(ct);
        // A value asked for and not approved: the report says so rather than leave the cell to the plan.
        var notReported = Recorded(NotReported)!;
        foreach (var e in notApproved.Where(e => e.Position < nodes.Count && e.Index < nodes[e.Position].Indicators.Count))
        {
            var indicator = nodes[e.Position].Indicators[e.Index];
            indicator.Values.RemoveAll(v => v.Period.IsSingleYear && v.Period.FromYear == year);
            indicator.Values.Add(new IndicatorValue(new ReportingPeriod(year), notReported) { InstitutionKey = e.InstitutionKey });
            indicator.Values.Sort((x, y) => x.Period.FromYear.CompareTo(y.Period.FromYear));
        }
        copy.PrintedTotals.Clear();
        for (var position = 0; position < nodes.Count; position++)
        {
            var node = nodes[position];
            if (node.Kind != NodeKind.Measure) continue;
            var report = reports.GetValueOrDefault(position);
            node.Costs.Clear();
            node.Notes.Clear();
            if (report is null)
            {
                node.Deadline = new Deadline(NotReported, year, year);
                node.Costs.Add(new CostEntry { SourceLine = 0, Total = Recorded(NotReported) });
                node.Notes.Add(NotReported);
                node.Status = MeasureStatus.Unknown;
                continue;
            }
            node.Deadline = new Deadline(report.TermKept switch
            {
                true => "termin dotrzymany",
                false => "termin niedotrzymany" + (report.TermNote is { } note ? $": {note}" : ""),
                _ => "b.d.",
            }, year, year);
            node.Costs.Add(new CostEntry
            {
                SourceLine = 0, Total = Recorded(report.SpentTotal), State = Recorded(report.SpentState), Gmina = Recorded(report.SpentGmina), Other = Recorded(report.SpentOther),
            });
            node.Notes.Add(string.Join(" ", new[] { report.Step is { } step ? $"Stan realizacji: {scale.Describe(step)}." : null, report.Description }.Where(t => t is not null)));
            node.Status = report.Step switch { ProgressScale.Steps => MeasureStatus.Completed, 1 => MeasureStatus.NotCompleted, null => MeasureStatus.Unknown, _ => MeasureStatus.InProgress };
        }
    }

    private static RecordedValue? Recorded(string? raw) =>
        raw is null ? null : new RecordedValue(raw, ValueReader.Read(raw).Reading ?? ValueReading.Empty);
}
