using Kierunek.Data;
using Kierunek.Data.Audit;
using Kierunek.Data.Strategies;
using Kierunek.Domain.Language;
using Kierunek.Domain.Results;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Strategies.Editing;
using Kierunek.Domain.Strategies.Exchange;
using Kierunek.Domain.Values;
using Kierunek.Domain.Input;
using Kierunek.Import.Strategies.Interpreters;
using Kierunek.Import.Territory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Kierunek.Application.Strategies;

/// <summary>The strategy editor's use cases. A strategy is changed in a draft (one per strategy, <see cref="DraftRow"/>):
/// every step — add, rename, move, an indicator, a cost — is applied to the draft at once and audited, and the draft
/// becomes the document's next version only when saved, with the resolution that adopted the amendment; monitoring
/// follows its items to their new places (<see cref="DocumentImports"/>). A new strategy is a draft until its first
/// save. Each step names the draft's revision it was made on: a step made on a page opened before somebody else's step
/// is refused with what that step was, so two editors never overwrite each other silently.</summary>
public sealed class StrategyEditor(KierunekDb db, DocumentImports imports, TimeProvider clock, ILogger<StrategyEditor> logger)
{
    /// <param name="Monitored">Identities of the items and indicators monitoring holds values on (they are archived, never deleted).</param>
    public sealed record Draft(string Key, StrategyDocument Document, int BaseVersion, int Revision, IReadOnlyList<string> Log,
        string UpdatedBy, DateTimeOffset UpdatedAt, IReadOnlySet<string> Monitored);

    public sealed record Entry(string Key, string Title, int BaseVersion, int Steps, string UpdatedBy, DateTimeOffset UpdatedAt);

    /// <summary>One step of the editor on the draft document; <c>monitored</c> as in <see cref="Draft.Monitored"/>.</summary>
    public delegate Result<string> Step(StrategyDocument document, IReadOnlySet<string> monitored);

    /// <summary>The drafts in progress, the latest first.</summary>
    public async Task<IReadOnlyList<Entry>> DraftsAsync(CancellationToken ct = default)
    {
        var rows = await db.Drafts.AsNoTracking().ToListAsync(ct);
        return rows.OrderByDescending(r => r.UpdatedAt).Select(r => new Entry(r.DocumentKey, Read(r).Title, r.BaseVersion, Lines(r.Log).Count, r.UpdatedBy, r.UpdatedAt)).ToList();
    }

    /// <summary>A new strategy as a draft under a key made from its title (made unique against stored strategies and drafts).</summary>
    public async Task<Result<Draft>> CreateAsync(NewStrategy form, string user, CancellationToken ct = default)
    {
        var slug = DocumentKeys.Slug(form.Title ?? "");
        if (slug.Length == 0) slug = "strategia";
        var key = slug;
        for (var n = 2; await db.Documents.AnyAsync(d => d.Key == key, ct) || await db.Drafts.AnyAsync(d => d.DocumentKey == key, ct); n++) key = $"{slug}-{n}";
        var code = form.TerritorialUnitCode?.Trim();
        if (code is { Length: > 0 })
        {
            if (TercFile.Register.Find(code) is not { } unit)
                return Refused(key, Error.Of(EditErrors.Invalid, $"„{InputText.Quote(code)}” nie jest kodem TERYT jednostki z rejestru TERC: wpisz 2 cyfry województwa, 4 powiatu albo 7 gminy (np. 0663011 — Lublin), albo zostaw pole puste.", "teryt"));
            form = form with { TerritorialUnitCode = unit.Code, TerritorialUnitName = unit.Name };
        }
        else form = form with { TerritorialUnitCode = null, TerritorialUnitName = null };
        var created = form.Create(key);
        if (!created.IsSuccess) return Refused(key, created.Errors);
        var document = created.Value!;
        var log = $"utworzono strategię „{document.Title}”, poziomy: {string.Join(" / ", document.Levels!.Select(l => l.Name))} ({TreeNumbering.Pattern(document.Levels!)})";
        db.Drafts.Add(new DraftRow { DocumentKey = key, BaseVersion = 0, Revision = 1, Content = DocumentJson.WriteCompact(document), Log = log, StartedBy = user, UpdatedBy = user, UpdatedAt = clock.GetUtcNow() });
        Audit(user, "projekt strategii", key, null, log);
        await db.SaveChangesAsync(ct);
        return Result<Draft>.Ok((await FindAsync(key, ct))!);
    }

    /// <summary>The strategy's draft; null when nobody edits it.</summary>
    public async Task<Draft?> FindAsync(string key, CancellationToken ct = default)
    {
        var row = await db.Drafts.AsNoTracking().SingleOrDefaultAsync(d => d.DocumentKey == key, ct);
        return row is null ? null : new Draft(key, Read(row), row.BaseVersion, row.Revision, Lines(row.Log), row.UpdatedBy, row.UpdatedAt, await MonitoredAsync(key, row.BaseVersion, ct));
    }

    /// <summary>The draft of a stored strategy, or — when nobody edits it — its current version as a draft of revision 0,
    /// not stored: looking is not editing, and the first step stores it. Null when the strategy does not exist.</summary>
    public async Task<Draft?> OpenAsync(string key, CancellationToken ct = default) =>
        await FindAsync(key, ct) ?? await BeginAsync(key, ct);

    private async Task<Draft?> BeginAsync(string key, CancellationToken ct)
    {
        var stored = await db.Documents.AsNoTracking().Where(d => d.Key == key).Select(d => new { d.Version }).SingleOrDefaultAsync(ct);
        if (stored is null || await new DocumentStore(db, clock).LoadAsync(key, ct) is not { } document) return null;
        NodeIdentity.Fill(document);
        document.Levels ??= TreeEdits.LevelsOf(document);
        return new Draft(key, document, stored.Version, 0, [], "", default, await MonitoredAsync(key, stored.Version, ct));
    }

    /// <summary>Applies one step to the draft made on <paramref name="revision"/>: stored with the next revision and
    /// audited, or refused (a stale revision, the step's own refusal) with nothing written.</summary>
    public async Task<Result<Draft>> ApplyAsync(string key, int revision, string user, Step step, CancellationToken ct = default)
    {
        var row = await db.Drafts.AsNoTracking().SingleOrDefaultAsync(d => d.DocumentKey == key, ct);
        if (row is null && revision == 0) return await FirstStepAsync(key, user, step, ct);
        if (row is null) return Refused(key, Error.Of(EditErrors.NotFound, "Tego projektu już nie ma — zapisano go jako wersję albo porzucono. Otwórz strategię ponownie.", "rewizja"));
        if (row.Revision != revision) return Refused(key, Stale(row));
        var document = Read(row);
        var done = step(document, await MonitoredAsync(key, row.BaseVersion, ct));
        if (!done.IsSuccess) return Refused(key, done.Errors);
        var log = row.Log.Length == 0 ? done.Value! : row.Log + "\n" + done.Value;
        var content = DocumentJson.WriteCompact(document);
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // The revision in the WHERE is the guard: of two steps made on the same revision only one changes a row.
        var changed = await db.Drafts.Where(d => d.DocumentKey == key && d.Revision == revision)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Revision, revision + 1).SetProperty(d => d.Content, content).SetProperty(d => d.Log, log)
                .SetProperty(d => d.UpdatedBy, user).SetProperty(d => d.UpdatedAt, now), ct);
        if (changed == 0)
        {
            var current = await db.Drafts.AsNoTracking().SingleAsync(d => d.DocumentKey == key, ct);
            return Refused(key, Stale(current));
        }
        Audit(user, "zmiana w projekcie strategii", key, null, done.Value!);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result<Draft>.Ok((await FindAsync(key, ct))!);
    }

    /// <summary>The first step on a strategy nobody edits: the draft begins from its current version and is stored with
    /// the step (revision 1). Of two first steps at once the second meets the key and is refused as stale.</summary>
    private async Task<Result<Draft>> FirstStepAsync(string key, string user, Step step, CancellationToken ct)
    {
        if (await BeginAsync(key, ct) is not { } begun)
            return Refused(key, Error.Of(EditErrors.NotFound, $"Nie ma strategii „{key}”.", "rewizja"));
        var done = step(begun.Document, begun.Monitored);
        if (!done.IsSuccess) return Refused(key, done.Errors);
        db.Drafts.Add(new DraftRow { DocumentKey = key, BaseVersion = begun.BaseVersion, Revision = 1, Content = DocumentJson.WriteCompact(begun.Document), Log = done.Value!, StartedBy = user, UpdatedBy = user, UpdatedAt = clock.GetUtcNow() });
        Audit(user, "zmiana w projekcie strategii", key, null, done.Value!);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Refused(key, Stale(await db.Drafts.AsNoTracking().SingleAsync(d => d.DocumentKey == key, ct)));
        }
        return Result<Draft>.Ok((await FindAsync(key, ct))!);
    }

    /// <summary>Stores the draft as the strategy's next version (the first, for a new one) with the resolution that
    /// adopted it, and ends the draft. Refused when the draft changes nothing, is stale, or the strategy got a version
    /// since the draft began (somebody imported a file): the draft is kept, to be looked at.</summary>
    /// <returns>The version stored.</returns>
    public async Task<Result<int>> SaveAsync(string key, int revision, string user, Resolution? resolution, CancellationToken ct = default)
    {
        var row = await db.Drafts.AsNoTracking().SingleOrDefaultAsync(d => d.DocumentKey == key, ct);
        if (row is null && revision == 0) return Fail(key, Error.Of(EditErrors.NothingToSave, "Projekt nie zawiera jeszcze żadnej zmiany — nie ma czego zapisać.", "rewizja"));
        if (row is null) return Result<int>.Fail(Error.Of(EditErrors.NotFound, "Tego projektu już nie ma — zapisano go jako wersję albo porzucono.", "rewizja"));
        if (row.Revision != revision) return Fail(key, Stale(row));
        var stored = await db.Documents.AsNoTracking().Where(d => d.Key == key).Select(d => (int?)d.Version).SingleOrDefaultAsync(ct) ?? 0;
        if (stored != row.BaseVersion)
            return Fail(key, Error.Of(EditErrors.NothingToSave, $"Od rozpoczęcia projektu zapisano nową wersję strategii ({stored}). Projekt dotyczy wersji {row.BaseVersion} — porzuć go i wprowadź zmiany w nowej wersji.", "rewizja"));
        if (row.Log.Length == 0) return Fail(key, Error.Of(EditErrors.NothingToSave, "Projekt nie zawiera jeszcze żadnej zmiany — nie ma czego zapisać.", "rewizja"));
        if (NewStrategy.Resolution(resolution?.Number, resolution?.Date, resolution?.Body).ToList() is { Count: > 0 } bad) return Fail(key, [.. bad]);
        var document = Read(row);
        if (row.BaseVersion == 0 && resolution is not null) document.Resolution = resolution;
        var said = resolution is null ? null : Said(resolution);
        var steps = Lines(row.Log);
        var changes = $"{PolishPlural.Of(steps.Count, "zmiana", "zmiany", "zmian")} w edytorze: {string.Join("; ", steps)}";

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var saved = await imports.ImportAsync([document], user, replace: true, ct, changes, said);
        if (!saved.IsSuccess) return Fail(key, [.. saved.Errors]);
        var removed = await db.Drafts.Where(d => d.DocumentKey == key && d.Revision == revision).ExecuteDeleteAsync(ct);
        if (removed == 0) return Fail(key, Stale(await db.Drafts.AsNoTracking().SingleAsync(d => d.DocumentKey == key, ct)));
        await transaction.CommitAsync(ct);
        StrategyLog.Saved(logger, key, saved.Value![0].Version, steps.Count);
        return Result<int>.Ok(saved.Value![0].Version);
    }

    /// <summary>Drops the draft and every step in it (audited); the stored versions stay as they are.</summary>
    public async Task<Result> DiscardAsync(string key, int revision, string user, CancellationToken ct = default)
    {
        var row = await db.Drafts.AsNoTracking().SingleOrDefaultAsync(d => d.DocumentKey == key, ct);
        if (row is null) return Result.Ok;
        if (row.Revision != revision) { StrategyLog.Refused(logger, EditErrors.Stale, key); return Stale(row); }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await db.Drafts.Where(d => d.DocumentKey == key && d.Revision == revision).ExecuteDeleteAsync(ct) == 0) return Stale(row);
        Audit(user, "porzucenie projektu strategii", key, row.Log.Length == 0 ? "bez zmian" : row.Log.Replace("\n", "; "), null);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result.Ok;
    }

    /// <summary>A register key for an institution named in the editor: its name as a slug, made unique against <paramref name="taken"/>.</summary>
    public static string InstitutionKey(string name, IEnumerable<string> taken)
    {
        var used = taken.ToHashSet();
        var slug = DocumentKeys.Slug(name, 60);
        if (slug.Length == 0) slug = "instytucja";
        var key = slug;
        for (var n = 2; used.Contains(key); n++) key = $"{slug}-{n}";
        return key;
    }

    /// <summary>"uchwała nr XXI/145/2026 Rady Miejskiej z dnia 28 maja 2026 r." — as the versions list says it.</summary>
    public static string Said(Resolution resolution) =>
        $"uchwała nr {resolution.Number}{(resolution.Body is { } body ? " " + body : "")}{(resolution.Date is { } date ? $" z dnia {PolishFormat.Date(date)}" : "")}";

    /// <summary>Which items and indicators monitoring holds values on, by the identities the draft gives them (those of
    /// the stored version it began from, filled the same way).</summary>
    private async Task<IReadOnlySet<string>> MonitoredAsync(string key, int baseVersion, CancellationToken ct)
    {
        if (baseVersion == 0) return new HashSet<string>();
        var places = await db.Entries.AsNoTracking()
            .Where(e => e.Raw != null && db.Assignments.Any(a => a.Id == e.AssignmentId && a.NodePosition != null && db.Periods.Any(p => p.Id == a.PeriodId && p.DocumentKey == key)))
            .Select(e => new { Node = db.Assignments.Where(a => a.Id == e.AssignmentId).Select(a => a.NodePosition!.Value).First(), e.IndicatorIndex })
            .Distinct().ToListAsync(ct);
        if (places.Count == 0) return new HashSet<string>();
        var content = await db.DocumentVersions.AsNoTracking().Where(v => v.DocumentKey == key && v.Version == baseVersion).Select(v => v.Content).SingleAsync(ct);
        var based = DocumentJson.Read(content, key).Value!;
        NodeIdentity.Fill(based);
        var nodes = based.AllNodes().ToList();
        var monitored = new HashSet<string>();
        foreach (var place in places.Where(p => p.Node < nodes.Count))
        {
            monitored.Add(nodes[place.Node].Id!);
            if (place.IndicatorIndex is { } i && i < nodes[place.Node].Indicators.Count) monitored.Add(nodes[place.Node].Indicators[i].Id!);
        }
        return monitored;
    }

    private Result<Draft> Refused(string key, params IReadOnlyList<Error> errors)
    {
        StrategyLog.Refused(logger, errors[0].Code, key);
        return Result<Draft>.Fail(errors);
    }

    private Result<int> Fail(string key, params IReadOnlyList<Error> errors)
    {
        StrategyLog.Refused(logger, errors[0].Code, key);
        return Result<int>.Fail(errors);
    }

    private static Error Stale(DraftRow current) =>
        Error.Of(EditErrors.Stale, $"Projekt zmieniono w międzyczasie ({current.UpdatedBy}, {PolishFormat.DateAndTime(current.UpdatedAt)}): {Lines(current.Log).LastOrDefault() ?? "zmiana"}. " +
            "Nic nie zapisano. Proszę odświeżyć stronę, sprawdzić tamtą zmianę i wprowadzić swoją ponownie.", "rewizja");

    private void Audit(string user, string action, string key, string? old, string? @new) =>
        db.Audit.Add(new AuditRow { At = clock.GetUtcNow(), User = user, Action = action, Entity = "document", EntityKey = key, OldValue = old, NewValue = @new });

    private static StrategyDocument Read(DraftRow row)
    {
        var read = DocumentJson.Read(row.Content, row.DocumentKey);
        return read.IsSuccess ? read.Value! : throw new InvalidDataException(string.Join("; ", read.Errors));
    }

    private static List<string> Lines(string log) => log.Length == 0 ? [] : [.. log.Split('\n')];
}
