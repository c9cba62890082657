using Kierunek.Data;
using Kierunek.Data.Ozps;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Ozps.Assessments;
using Kierunek.Domain.Ozps.Barometer;
using Kierunek.Domain.Ozps.Indicators;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Domain.Results;
using Kierunek.Domain.Language;
using Kierunek.Domain.Territory;
using Kierunek.Domain.Values;
using Kierunek.Import.Territory;
using Kierunek.Reports.Ozps;
using Kierunek.Reports.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Kierunek.Application.Ozps;

/// <summary>A gmina in the ROPS's list: its assessment's state, its barometer, and whether it meets the staffing rule.</summary>
public sealed record RegionGmina(TerritorialUnit Unit, AssessmentStatus Status, decimal? Barometer, int? Rank, bool? StaffingMet, bool Synthetic, bool HasData);

/// <summary>A powiat on the ROPS's map: the mean barometer of its gminas and how many of them submitted.</summary>
public sealed record RegionPowiat(TerritorialUnit Powiat, decimal? Barometer, int Gminas, int Submitted);

/// <summary>How many assessments stand where, of how many units.</summary>
public sealed record StatusCounts(IReadOnlyDictionary<EntryState, int> ByState, int Late, int Units)
{
    /// <summary>With the ROPS: submitted or approved.</summary>
    public int Submitted => ByState.GetValueOrDefault(EntryState.Submitted) + ByState.GetValueOrDefault(EntryState.Approved);
}

/// <summary>A voivodeship's OZPS for one year as its ROPS sees it: the campaign, every gmina's state and barometer, the
/// powiats' means for the map, the map itself (inline SVG).</summary>
/// <summary>The ROPS's collection for the year as set on its page (null dates: not set).</summary>
public sealed record RegionCampaign(DateOnly? Deadline, DateOnly? CouncilDeadline, int GraceDays, string? Message, PeriodState State)
{
    public static RegionCampaign None { get; } = new(null, null, 0, null, PeriodState.Open);
}

public sealed record RegionView(TerritorialUnit Voivodeship, int Year, RegionCampaign Campaign, Campaign Rules, IReadOnlyList<RegionGmina> Gminas,
    IReadOnlyList<RegionPowiat> Powiats, StatusCounts Counts, string Map, bool Reviews, DateOnly Today, string Fingerprint)
{
    /// <summary>The map's classes, for the table beside it.</summary>
    public BarometerScale Scale { get; } = BarometerScale.Of(Powiats.Select(p => p.Barometer));
}

/// <summary>A voivodeship in the country view: its gminas and how many submitted, were approved, were returned.</summary>
public sealed record CountryRegion(TerritorialUnit Voivodeship, int Gminas, int Submitted, int Approved, int Returned);

/// <summary>The whole country for one year: every voivodeship and the map.</summary>
public sealed record CountryView(int Year, IReadOnlyList<CountryRegion> Regions, string Map);

/// <summary>The ROPS's and the ministry's views of the OZPS: a voivodeship's gminas and powiats with their states and the
/// poverty barometer, the map, the region summary as a document; the whole country by voivodeship.</summary>
public sealed class OzpsRegions(KierunekDb db, IMemoryCache cache, TimeProvider clock)
{
    private static TerritorialRegister Register => TercFile.Register;

    public async Task<Result<RegionView>> RegionAsync(OzpsAccess access, string code, int year, CancellationToken ct = default)
    {
        if (!MaySee(access, code) || Register.Find(code) is not { Kind: TerritorialUnitKind.Voivodeship } voivodeship) return AssessmentErrors.NotFound;
        var figures = await FiguresAsync(voivodeship, year, ct);
        var states = await StatesAsync(code, year, ct);
        var campaign = await db.OzpsCampaigns.AsNoTracking().Where(c => c.RegionCode == code && c.Year == year)
            .Select(c => new RegionCampaign(c.Deadline, c.CouncilDeadline, c.GraceDays, c.Message, c.State)).FirstOrDefaultAsync(ct) ?? RegionCampaign.None;
        var rules = new Campaign(campaign.Deadline, campaign.GraceDays, campaign.Message, []);
        var today = clock.Today();
        var gminas = Register.GminasIn(code).OrderBy(u => u.Code).Select(unit =>
        {
            var f = figures.Gminas.GetValueOrDefault(unit.Code);
            var status = AssessmentStatus.Of(new OzpsAssessment(unit.Code, year, states.GetValueOrDefault(unit.Code, EntryState.Missing)), rules, today);
            return new RegionGmina(unit, status, f?.Barometer, f?.Rank, f?.StaffingMet, f?.Synthetic ?? false, f?.HasData ?? false);
        }).ToList();
        var powiats = Register.Units.Where(u => u.Code.Length == 4 && u.Code.StartsWith(code, StringComparison.Ordinal)).OrderBy(u => u.Code)
            .Select(p =>
            {
                var members = gminas.Where(g => g.Unit.Code.StartsWith(p.Code, StringComparison.Ordinal)).ToList();
                return new RegionPowiat(p, figures.Powiats.GetValueOrDefault(p.Code), members.Count, members.Count(g => g.Status.State is EntryState.Submitted or EntryState.Approved));
            }).ToList();
        var counts = new StatusCounts(gminas.GroupBy(g => g.Status.State).ToDictionary(g => g.Key, g => g.Count()), gminas.Count(g => g.Status.Late), gminas.Count);
        // Everything the page's lists and map show: the values (their stamp), every state, the deadline and the day.
        var fingerprint = $"{code}:{year}:{figures.Stamp}:{today.DayNumber}:{campaign.Deadline?.DayNumber}:{campaign.GraceDays}:" +
                          string.Concat(gminas.Select(g => (char)('0' + (int)g.Status.State)));
        return Result<RegionView>.Ok(new RegionView(voivodeship, year, campaign, rules, gminas, powiats, counts, figures.Map, access.Reviews, today, fingerprint));
    }

    /// <summary>A gmina's figures computed from the whole voivodeship's values.</summary>
    private sealed record GminaFigures(decimal? Barometer, int? Rank, bool? StaffingMet, bool Synthetic, bool HasData);

    /// <summary>What a region's page computes from every value of the voivodeship (a few hundred thousand of them): each
    /// gmina's barometer, rank and staffing rule, each powiat's mean, and the map. Computed once per data stamp — again only
    /// when a value of the voivodeship changes (<see cref="OzpsStore.StampAsync"/>) — and kept in memory a while.</summary>
    private sealed record RegionFigures(string Stamp, IReadOnlyDictionary<string, GminaFigures> Gminas, IReadOnlyDictionary<string, decimal?> Powiats, string Map);

    private async Task<RegionFigures> FiguresAsync(TerritorialUnit voivodeship, int year, CancellationToken ct)
    {
        var store = new OzpsStore(db, Register, clock);
        var stamp = await store.StampAsync(voivodeship.Code, ct);
        return (await cache.GetOrCreateAsync($"ozps-region:{voivodeship.Code}:{year}:{stamp}", async entry =>
        {
            entry.SlidingExpiration = TimeSpan.FromMinutes(30);
            var template = OzpsTemplate.ForYear(year);
            var units = await store.LoadRegionAsync(voivodeship.Code, year, PovertyBarometer.TablesOf(template).Concat(StaffingCheck.Tables).ToHashSet(), ct);
            var barometer = PovertyBarometer.Compute(voivodeship.Code, units, template, year);
            var ranks = barometer.Gminas.Where(g => g.Value is not null).OrderByDescending(g => g.Value).Select((g, i) => (g.Unit.Code, Rank: i + 1)).ToDictionary(x => x.Code, x => x.Rank);
            var gminas = units.ToDictionary(u => u.Unit.Code, u => new GminaFigures(barometer.Of(u.Unit.Code)?.Value, ranks.TryGetValue(u.Unit.Code, out var r) ? r : null,
                StaffingCheck.For(u, year)?.Met, u.Synthetic, u.Years.Contains(year)));
            var powiatCodes = Register.Units.Where(u => u.Code.Length == 4 && u.Code.StartsWith(voivodeship.Code, StringComparison.Ordinal)).ToList();
            var powiats = powiatCodes.ToDictionary(p => p.Code, p => barometer.Powiat(p.Code).Value);
            var map = PowiatMap(voivodeship, year, powiatCodes.Select(p => (p, powiats[p.Code])).ToList(), units.Any(u => u.Synthetic));
            return new RegionFigures(stamp, gminas, powiats, map);
        }))!;
    }

    /// <summary>The ministry's view for an administrator: every voivodeship with how many of its gminas submitted their
    /// assessment of the year, on a map of Poland (inline SVG, classes of a fifth each) beside the same numbers.</summary>
    public async Task<Result<CountryView>> CountryAsync(OzpsAccess access, int year, CancellationToken ct = default)
    {
        if (!access.Administrator) return AssessmentErrors.NotFound;
        var states = await db.OzpsAssessments.AsNoTracking().Where(a => a.Year == year).Select(a => new { a.UnitCode, a.State }).ToListAsync(ct);
        var byRegion = states.ToLookup(s => s.UnitCode[..2]);
        var gminas = Register.Units.Where(u => u.IsGmina).GroupBy(u => u.Code[..2]).ToDictionary(g => g.Key, g => g.Count());
        var regions = Register.Units.Where(u => u.Kind == TerritorialUnitKind.Voivodeship).OrderBy(u => u.Code).Select(v =>
        {
            var mine = byRegion[v.Code].ToList();
            return new CountryRegion(v, gminas.GetValueOrDefault(v.Code), mine.Count(s => s.State is EntryState.Submitted or EntryState.Approved),
                mine.Count(s => s.State == EntryState.Approved), mine.Count(s => s.State == EntryState.Returned));
        }).ToList();
        var byCode = regions.ToDictionary(r => r.Voivodeship.Code);
        var areas = BoundaryFile.Voivodeships.Select(b =>
        {
            var region = byCode.GetValueOrDefault(b.Code);
            var share = region is { Gminas: > 0 } ? region.Submitted * 100m / region.Gminas : (decimal?)null;
            return new MapArea(b, share is { } p ? Math.Min(4, (int)(p / 20)) : null,
                region is null ? "brak danych" : $"przekazane {region.Submitted} z {PolishNoun.Gmina.CountGenitive(region.Gminas)} ({PolishFormat.Percent(share ?? 0, 0)})",
                $"/ozps/region/{b.Code}/{year}");
        }).ToList();
        var map = ChoroplethMap.Svg("mapa-kraj", $"Oceny zasobów za {year} r.: odsetek gmin, które przekazały ocenę do ROPS",
            $"Mapa 16 województw; kolor to odsetek gmin województwa, które przekazały ocenę za {year} r. Kliknięcie otwiera widok województwa. Te same liczby są w tabeli pod mapą.",
            areas, ShareClasses);
        return Result<CountryView>.Ok(new CountryView(year, regions, map));
    }

    private static readonly IReadOnlyList<MapClass> ShareClasses =
    [
        new("poniżej 20% gmin", "#eff3ff"), new("20–40% gmin", "#bdd7e7"), new("40–60% gmin", "#6baed6"), new("60–80% gmin", "#3182bd"), new("80–100% gmin", "#08519c"),
    ];

    /// <summary>The statutory day by which a gmina's or powiat's council gets the assessment: 30 April of the next year.</summary>
    public static DateOnly StatutoryCouncilDeadline(int year) => new(year + 1, 4, 30);

    /// <summary>The ROPS's collection for the year: its own deadline (days of grace after it, a message to the units —
    /// the monitoring campaign's rules, <see cref="CampaignWorkflow"/>) and the council deadline it reminds of.</summary>
    public async Task<Result<RegionCampaign>> SetCampaignAsync(OzpsAccess access, Actor actor, string code, int year, CampaignSettings typed, string? councilDeadline, CancellationToken ct = default)
    {
        if (!MaySee(access, code) || Register.Find(code) is not { Kind: TerritorialUnitKind.Voivodeship }) return AssessmentErrors.NotFound;
        var row = await db.OzpsCampaigns.FirstOrDefaultAsync(c => c.RegionCode == code && c.Year == year, ct);
        var rules = CampaignWorkflow.Set(actor, row?.State ?? PeriodState.Open, year, typed, []);
        if (!rules.IsSuccess) return Result<RegionCampaign>.Fail(rules.Errors.Select(AssessmentErrors.Worded).ToList());
        var council = DateText.Read(councilDeadline);
        if (council is null && !string.IsNullOrWhiteSpace(councilDeadline)) return MonitoringErrors.InvalidDate(councilDeadline, "termin-rady");
        council ??= StatutoryCouncilDeadline(year);
        var campaign = rules.Value!;
        var before = row is null ? null : Describe(row.Deadline, row.GraceDays, row.CouncilDeadline);
        if (row is null)
        {
            row = new OzpsCampaignRow { RegionCode = code, Year = year, OpenedBy = actor.Name, OpenedAt = clock.GetUtcNow(), State = PeriodState.Open };
            db.OzpsCampaigns.Add(row);
        }
        (row.Deadline, row.GraceDays, row.Message, row.CouncilDeadline) = (campaign.Deadline, campaign.GraceDays, campaign.Message, council);
        db.Audit.Add(new Data.Audit.AuditRow
        {
            At = clock.GetUtcNow(), User = actor.Name, Action = "ustawienie zbierania ocen OZPS", Entity = OzpsAssessments.AuditEntity, EntityKey = $"{code}/{year}",
            OldValue = before, NewValue = Describe(row.Deadline, row.GraceDays, row.CouncilDeadline),
        });
        await db.SaveChangesAsync(ct);
        return Result<RegionCampaign>.Ok(new RegionCampaign(row.Deadline, row.CouncilDeadline, row.GraceDays, row.Message, row.State));
    }

    /// <summary>The ROPS closes the year's collection (the monitoring period's rule: every submitted assessment decided first;
    /// gminas that did not submit only with <paramref name="closeWithoutThem"/>), or opens it again with a reason. While it is
    /// closed no unit changes its assessment.</summary>
    public async Task<Result<RegionCampaign>> LockAsync(OzpsAccess access, Actor actor, string code, int year, bool open, bool closeWithoutThem, string? reason, CancellationToken ct = default)
    {
        if (!MaySee(access, code) || Register.Find(code) is not { Kind: TerritorialUnitKind.Voivodeship }) return AssessmentErrors.NotFound;
        var row = await db.OzpsCampaigns.FirstOrDefaultAsync(c => c.RegionCode == code && c.Year == year, ct);
        var states = await StatesAsync(code, year, ct);
        var gminas = Register.GminasIn(code).Count();
        var waiting = states.Values.Count(s => s == EntryState.Submitted);
        var missing = gminas - states.Values.Count(s => s is EntryState.Submitted or EntryState.Approved);
        var next = open ? PeriodWorkflow.Reopen(actor, row?.State ?? PeriodState.Open, reason)
            : PeriodWorkflow.Lock(actor, row?.State ?? PeriodState.Open, waiting, missing, closeWithoutThem);
        if (!next.IsSuccess)
        {
            var error = next.Errors[0];
            return error.Code switch
            {
                MonitoringErrors.NotAllApprovedCode => error with { Message = $"Zbierania nie można zamknąć: {PolishPlural.Of(waiting, "przekazana ocena czeka", "przekazane oceny czekają", "przekazanych ocen czeka")} na zatwierdzenie albo zwrot." },
                MonitoringErrors.NotDeliveredCode => error with { Message = $"Nie przekazało oceny: {PolishNoun.Gmina.Count(missing)}. Można poczekać albo zamknąć zbieranie mimo braków (zaznacz to niżej)." },
                _ => AssessmentErrors.Worded(error),
            };
        }
        if (row is null)
        {
            row = new OzpsCampaignRow { RegionCode = code, Year = year, OpenedBy = actor.Name, OpenedAt = clock.GetUtcNow(), CouncilDeadline = StatutoryCouncilDeadline(year) };
            db.OzpsCampaigns.Add(row);
        }
        row.State = next.Value;
        db.Audit.Add(new Data.Audit.AuditRow
        {
            At = clock.GetUtcNow(), User = actor.Name, Action = open ? "ponowne otwarcie zbierania ocen OZPS" : "zamknięcie zbierania ocen OZPS",
            Entity = OzpsAssessments.AuditEntity, EntityKey = $"{code}/{year}", Reason = open ? reason!.Trim() : missing > 0 ? $"mimo braków: {missing}" : null,
        });
        await db.SaveChangesAsync(ct);
        return Result<RegionCampaign>.Ok(new RegionCampaign(row.Deadline, row.CouncilDeadline, row.GraceDays, row.Message, row.State));
    }

    private static string Describe(DateOnly? deadline, int grace, DateOnly? council) =>
        $"termin ROPS: {(deadline is { } d ? PolishFormat.Date(d) : "brak")}, dni po terminie: {grace}, termin dla rady: {(council is { } c ? PolishFormat.Date(c) : "brak")}";

    /// <summary>The region summary (indicators, staffing, barometer, ranking) as `ozps region` writes it.</summary>
    public async Task<Result<byte[]>> SummaryAsync(OzpsAccess access, string code, int year, string format, CancellationToken ct = default)
    {
        if (!MaySee(access, code) || Register.Find(code) is not { Kind: TerritorialUnitKind.Voivodeship }) return AssessmentErrors.NotFound;
        var units = await new OzpsStore(db, Register, clock).LoadRegionAsync(code, ct);
        var report = OzpsRegionReport.Build(code, units, Register, OzpsTemplate.ForYear(year), year);
        return Result<byte[]>.Ok(await ReportFiles.RenderAsync(report, format, clock.Today(), ct));
    }

    /// <summary>The state of every assessment of the voivodeship's units for the year.</summary>
    private async Task<Dictionary<string, EntryState>> StatesAsync(string prefix, int year, CancellationToken ct) =>
        await db.OzpsAssessments.AsNoTracking().Where(a => a.Year == year && a.UnitCode.StartsWith(prefix))
            .ToDictionaryAsync(a => a.UnitCode, a => a.State, ct);

    private static bool MaySee(OzpsAccess access, string code) => access.Administrator || (access.Region && access.AreaCode == code);

    /// <summary>The voivodeship by powiat, coloured by the powiat's mean barometer; a click opens the powiat's gminas.</summary>
    private static string PowiatMap(TerritorialUnit voivodeship, int year, IReadOnlyList<(TerritorialUnit Powiat, decimal? Barometer)> powiats, bool synthetic)
    {
        var byCode = powiats.ToDictionary(p => p.Powiat.Code, p => p.Barometer);
        var scale = BarometerScale.Of(powiats.Select(p => p.Barometer));
        var areas = BoundaryFile.PowiatsOf(voivodeship.Code).Select(b =>
        {
            var barometer = byCode.GetValueOrDefault(b.Code);
            return new MapArea(b, scale.ClassOf(barometer), scale.Describe(barometer), $"?powiat={b.Code}#gminy");
        }).ToList();
        var described = powiats.Count(p => p.Barometer is not null);
        return ChoroplethMap.Svg("mapa-barometr", $"Barometr ubóstwa {year}: powiaty województwa {voivodeship.Name.ToLowerInvariant()} (średnia gmin)",
            $"Mapa {areas.Count} powiatów; kolor to średni barometr ubóstwa gmin powiatu względem średniej województwa (0), wyżej — lepiej; " +
            "klasy to piątki powiatów od najgorszej do najlepszej. " +
            $"Wartość ma {described} z {powiats.Count} powiatów.{(synthetic ? " Zawiera dane syntetyczne." : "")} Te same liczby są w tabeli pod mapą.",
            areas, scale.Labels.Select((label, i) => new MapClass(label, Colors[i])).ToList());
    }

    /// <summary>ColorBrewer's RdYlBu in five steps: red for worse, blue for better; safe for the common colour blindness.</summary>
    private static readonly string[] Colors = ["#d7191c", "#fdae61", "#ffffbf", "#abd9e9", "#2c7bb6"];
}
