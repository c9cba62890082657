using Kierunek.Data;
using Kierunek.Data.Audit;
using Kierunek.Data.Strategies;
using Kierunek.Domain.Input;
using Kierunek.Domain.Institutions;
using Kierunek.Domain.Language;
using Kierunek.Domain.Results;
using Kierunek.Domain.Values;
using Microsoft.EntityFrameworkCore;
using System.Text.Json;
using DomainInstitution = Kierunek.Domain.Institutions.Institution;

namespace Kierunek.Application.Strategies;

/// <summary>The institutions the stored strategies name, once each: the ones items can be assigned to, and so the ones a
/// reporter can belong to. The office keeps each one's name, kind, territorial unit and contact e-mail
/// (<see cref="RegisterEntryRow"/>) while every document keeps its own printed spelling; duplicates — typos,
/// abbreviations — are suggested by <see cref="InstitutionSimilarity"/> and merged by a person: the merged entry's
/// assignments (with their values), deadline extensions, source documents and accounts move to the other, audited,
/// and the merge can be undone exactly.</summary>
public sealed class InstitutionRegister(KierunekDb db, StrategyCatalog catalog, TimeProvider clock)
{
    public sealed record Institution(string Key, string Name);

    /// <param name="Printed">Every spelling the documents print for it (and for the entries merged into it).</param>
    /// <param name="Items">Items of the stored strategies that name it as coordinator or implementer.</param>
    /// <param name="Values">Values entered for it in monitoring.</param>
    /// <param name="Accounts">Accounts of its people.</param>
    public sealed record Entry(string Key, string Name, InstitutionKind Kind, string? TerritorialUnitCode, string? Email,
        IReadOnlyList<string> Printed, int Items, int Values, int Accounts, IReadOnlyList<string> Merged);

    public sealed record Suggestion(Entry A, Entry B, double Score, string Why);

    public sealed record Merge(int Id, string From, string FromName, string Into, string IntoName, DateTimeOffset At, string By, string Moved);

    /// <summary>What a merge moves, by table: the row ids (the merge keeps them to undo it).</summary>
    public sealed record Moved(List<int> Assignments, List<int> Extensions, List<int> Attachments, List<string> Accounts)
    {
        public string Describe(int values) =>
            $"{PolishPlural.Of(Assignments.Count, "przydział", "przydziały", "przydziałów")} ({PolishPlural.Of(values, "wartość", "wartości", "wartości")}), " +
            $"{PolishPlural.Of(Extensions.Count, "przedłużenie terminu", "przedłużenia terminu", "przedłużeń terminu")}, " +
            $"{PolishPlural.Of(Attachments.Count, "dokument źródłowy", "dokumenty źródłowe", "dokumentów źródłowych")}, " +
            $"{PolishPlural.Of(Accounts.Count, "konto", "konta", "kont")}";
    }

    public const string NotFoundCode = "register.not-found";
    public const string InvalidCode = "register.invalid";

    /// <summary>The entries one can choose (not merged away), by name.</summary>
    public async Task<IReadOnlyList<Institution>> AllAsync(CancellationToken ct = default) =>
        (await EntriesAsync(ct)).Select(i => new Institution(i.Key, i.Name)).ToList();

    /// <summary>Every entry one can choose with its kind and territorial unit, by name — what the editor offers as
    /// coordinators and implementers.</summary>
    public async Task<IReadOnlyList<DomainInstitution>> EntriesAsync(CancellationToken ct = default)
    {
        var (named, kept) = await LoadAsync(ct);
        return named.Where(n => kept.GetValueOrDefault(n.Key)?.MergedInto is null)
            .Select(n => kept.TryGetValue(n.Key, out var row)
                ? new DomainInstitution(n.Key, row.Name, Kind(row.Kind), row.TerritorialUnitCode)
                : new DomainInstitution(n.Key, n.Name, Kind(n.Kind), n.TerritorialUnitCode))
            .OrderBy(i => i.Name, PolishFormat.Alphabetical).ToList();
    }

    public async Task<Institution?> FindAsync(string? key, CancellationToken ct = default) =>
        key is null ? null : (await AllAsync(ct)).FirstOrDefault(i => i.Key == key);

    /// <summary>The register with what hangs on each entry, merged-away entries under the one they went into.</summary>
    public async Task<IReadOnlyList<Entry>> ListAsync(CancellationToken ct = default)
    {
        var (named, kept) = await LoadAsync(ct);
        var printed = await db.Institutions.AsNoTracking().Select(i => new { i.Key, i.Name }).Distinct().ToListAsync(ct);
        var items = new Dictionary<string, int>();
        foreach (var key in await db.Documents.AsNoTracking().Select(d => d.Key).ToListAsync(ct))
            if (await catalog.GetAsync(key, ct) is { } document)
                foreach (var node in document.AllNodes())
                    foreach (var k in node.CoordinatorKeys.Union(node.ImplementerKeys)) items[k] = items.GetValueOrDefault(k) + 1;
        var values = (await db.Entries.AsNoTracking().Where(e => e.Raw != null)
                .Join(db.Assignments, e => e.AssignmentId, a => a.Id, (e, a) => a.InstitutionKey).ToListAsync(ct))
            .GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        var accounts = (await db.Users.AsNoTracking().Where(u => u.InstitutionKey != null).Select(u => u.InstitutionKey!).ToListAsync(ct))
            .GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        var mergedInto = kept.Values.Where(r => r.MergedInto is not null).ToLookup(r => r.MergedInto!, r => r.Key);

        List<string> Family(string key) => [key, .. mergedInto[key].SelectMany(Family)];
        return named.Where(n => kept.GetValueOrDefault(n.Key)?.MergedInto is null).Select(n =>
        {
            var family = Family(n.Key);
            var row = kept.GetValueOrDefault(n.Key);
            return new Entry(n.Key, row?.Name ?? n.Name, Kind(row?.Kind ?? n.Kind), row is null ? n.TerritorialUnitCode : row.TerritorialUnitCode, row?.Email,
                printed.Where(p => family.Contains(p.Key)).Select(p => p.Name).Distinct().Order(PolishFormat.Alphabetical).ToList(),
                family.Sum(k => items.GetValueOrDefault(k)), family.Sum(k => values.GetValueOrDefault(k)), family.Sum(k => accounts.GetValueOrDefault(k)),
                family.Skip(1).ToList());
        }).OrderBy(e => e.Name, PolishFormat.Alphabetical).ToList();
    }

    /// <summary>Pairs of entries that may be one institution, the likeliest first.</summary>
    public async Task<IReadOnlyList<Suggestion>> SuggestionsAsync(CancellationToken ct = default)
    {
        var entries = await ListAsync(ct);
        var pairs = new List<Suggestion>();
        for (var i = 0; i < entries.Count; i++)
            for (var j = i + 1; j < entries.Count; j++)
            {
                var (score, why) = InstitutionSimilarity.Of(entries[i].Name, entries[j].Name);
                if (score >= InstitutionSimilarity.Threshold) pairs.Add(new Suggestion(entries[i], entries[j], score, why));
            }
        return pairs.OrderByDescending(p => p.Score).ThenBy(p => p.A.Name, PolishFormat.Alphabetical).ToList();
    }

    /// <summary>The name, kind, territorial unit and contact e-mail of an entry; audited (old → new).</summary>
    public async Task<Result> UpdateAsync(string key, string? name, InstitutionKind kind, string? teryt, string? email, string user, CancellationToken ct = default)
    {
        var current = (await ListAsync(ct)).FirstOrDefault(e => e.Key == key);
        if (current is null) return Error.Of(NotFoundCode, "Tej instytucji nie ma w rejestrze (mogła zostać połączona z inną).", "klucz");
        var errors = new List<Error>();
        if (string.IsNullOrWhiteSpace(name)) errors.Add(Error.Of(InvalidCode, "Wpisz nazwę instytucji.", "nazwa"));
        else if (InputText.Check(name.Trim(), "Nazwa", InputText.NameLength, "nazwa") is { } bad) errors.Add(bad);
        teryt = string.IsNullOrWhiteSpace(teryt) ? null : teryt.Trim();
        if (teryt is not null && Import.Territory.TercFile.Register.Find(teryt) is null)
            errors.Add(Error.Of(InvalidCode, $"„{InputText.Quote(teryt)}” nie jest kodem TERYT z rejestru TERC (2, 4 albo 7 cyfr).", "teryt"));
        email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        if (email is not null && (InputText.Check(email, "E-mail", InputText.NameLength, "email") is not null || !System.Net.Mail.MailAddress.TryCreate(email, out _)))
            errors.Add(Error.Of(InvalidCode, $"„{InputText.Quote(email)}” nie jest adresem e-mail (np. sekretariat@mops.pulawy.pl).", "email"));
        if (errors.Count > 0) return new Result(errors);
        var row = await db.Register.SingleOrDefaultAsync(r => r.Key == key, ct);
        if (row is null) db.Register.Add(row = new RegisterEntryRow { Key = key, Name = "", Kind = "", UpdatedBy = user });
        row.Name = name!.Trim();
        row.Kind = kind.ToString();
        row.TerritorialUnitCode = teryt;
        row.Email = email;
        row.UpdatedAt = clock.GetUtcNow();
        row.UpdatedBy = user;
        db.Audit.Add(new AuditRow
        {
            At = clock.GetUtcNow(), User = user, Action = "zmiana w rejestrze instytucji", Entity = "institution", EntityKey = key,
            OldValue = Said(current.Name, current.Kind, current.TerritorialUnitCode, current.Email), NewValue = Said(row.Name, kind, teryt, email),
        });
        await db.SaveChangesAsync(ct);
        return Result.Ok;
    }

    /// <summary>What merging <paramref name="from"/> into <paramref name="into"/> would move, for the confirmation.</summary>
    public async Task<Result<(Entry From, Entry Into, Moved Moved, int Values)>> PlanMergeAsync(string from, string into, CancellationToken ct = default)
    {
        var entries = await ListAsync(ct);
        if (from == into) return Error.Of(InvalidCode, "Instytucji nie łączy się z nią samą — wybierz dwie różne.", "do");
        if (entries.FirstOrDefault(e => e.Key == from) is not { } a || entries.FirstOrDefault(e => e.Key == into) is not { } b)
            return Error.Of(NotFoundCode, "Jednej z tych instytucji nie ma już w rejestrze (może została połączona z inną). Odśwież listę.", "z");
        var moved = await MovingAsync(a.Merged.Prepend(from).ToList(), into, ct);
        var values = await db.Entries.CountAsync(e => e.Raw != null && moved.Assignments.Contains(e.AssignmentId), ct);
        return Result<(Entry, Entry, Moved, int)>.Ok((a, b, moved, values));
    }

    /// <summary>Merges <paramref name="from"/> (and whatever was merged into it) into <paramref name="into"/>: assignments
    /// with their values, deadline extensions (where <paramref name="into"/> has none in that period), source documents and
    /// accounts move; the documents keep their printed names; one transaction, audited, undoable.</summary>
    public async Task<Result<Merge>> MergeAsync(string from, string into, string user, CancellationToken ct = default)
    {
        var plan = await PlanMergeAsync(from, into, ct);
        if (!plan.IsSuccess) return Result<Merge>.Fail(plan.Errors);
        var (a, b, moved, values) = plan.Value;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await MoveAsync(moved, into, b.Name, ct);
        var row = await db.Register.SingleOrDefaultAsync(r => r.Key == from, ct);
        if (row is null) db.Register.Add(row = new RegisterEntryRow { Key = from, Name = a.Name, Kind = a.Kind.ToString(), TerritorialUnitCode = a.TerritorialUnitCode, UpdatedBy = user });
        row.MergedInto = into;
        row.UpdatedAt = clock.GetUtcNow();
        row.UpdatedBy = user;
        var merge = new RegisterMergeRow { From = from, Into = into, Moved = JsonSerializer.Serialize(moved), At = clock.GetUtcNow(), By = user };
        db.RegisterMerges.Add(merge);
        db.Audit.Add(new AuditRow
        {
            At = clock.GetUtcNow(), User = user, Action = "połączenie instytucji", Entity = "institution", EntityKey = into,
            OldValue = $"„{a.Name}” ({from}) i „{b.Name}” ({into})", NewValue = $"„{b.Name}”; przeniesiono z „{a.Name}”: {moved.Describe(values)}",
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return Result<Merge>.Ok(new Merge(merge.Id, from, a.Name, into, b.Name, merge.At, user, moved.Describe(values)));
    }

    /// <summary>Undoes a merge: exactly the rows it moved go back, the merged entry is in the register again; audited.</summary>
    public async Task<Result> UndoAsync(int mergeId, string user, CancellationToken ct = default)
    {
        var merge = await db.RegisterMerges.SingleOrDefaultAsync(m => m.Id == mergeId && m.UndoneAt == null, ct);
        if (merge is null) return Error.Of(NotFoundCode, "Tego połączenia nie ma albo już je cofnięto.", "polaczenie");
        if (await db.RegisterMerges.AnyAsync(m => m.UndoneAt == null && m.Id > merge.Id && (m.From == merge.Into || m.Into == merge.From), ct))
            return Error.Of(InvalidCode, "Po tym połączeniu instytucję połączono jeszcze raz — najpierw cofnij późniejsze połączenie.", "polaczenie");
        var moved = JsonSerializer.Deserialize<Moved>(merge.Moved)!;
        var name = (await db.Register.AsNoTracking().SingleAsync(r => r.Key == merge.From, ct)).Name;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await MoveAsync(moved, merge.From, name, ct);
        await db.Register.Where(r => r.Key == merge.From).ExecuteUpdateAsync(s => s.SetProperty(r => r.MergedInto, (string?)null), ct);
        merge.UndoneAt = clock.GetUtcNow();
        merge.UndoneBy = user;
        db.Audit.Add(new AuditRow
        {
            At = clock.GetUtcNow(), User = user, Action = "cofnięcie połączenia instytucji", Entity = "institution", EntityKey = merge.Into,
            OldValue = $"„{name}” ({merge.From}) połączona z {merge.Into}", NewValue = $"„{name}” ({merge.From}) znów osobno",
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return Result.Ok;
    }

    /// <summary>The merges in force, the latest first.</summary>
    public async Task<IReadOnlyList<Merge>> MergesAsync(CancellationToken ct = default)
    {
        var names = (await db.Register.AsNoTracking().ToListAsync(ct)).ToDictionary(r => r.Key, r => r.Name);
        var entries = (await EntriesAsync(ct)).ToDictionary(e => e.Key, e => e.Name);
        return (await db.RegisterMerges.AsNoTracking().Where(m => m.UndoneAt == null).OrderByDescending(m => m.Id).ToListAsync(ct))
            .Select(m => new Merge(m.Id, m.From, names.GetValueOrDefault(m.From) ?? m.From, m.Into, entries.GetValueOrDefault(m.Into) ?? names.GetValueOrDefault(m.Into) ?? m.Into, m.At, m.By,
                Describe(JsonSerializer.Deserialize<Moved>(m.Moved)!)))
            .ToList();
    }

    private static string Describe(Moved moved) =>
        $"{PolishPlural.Of(moved.Assignments.Count, "przydział", "przydziały", "przydziałów")}, {PolishPlural.Of(moved.Accounts.Count, "konto", "konta", "kont")}";

    /// <summary>The rows a merge moves, given to <paramref name="key"/> (and back, when it is undone).</summary>
    private async Task MoveAsync(Moved moved, string key, string name, CancellationToken ct)
    {
        await db.Assignments.Where(x => moved.Assignments.Contains(x.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.InstitutionKey, key).SetProperty(x => x.InstitutionName, name), ct);
        await db.DeadlineExtensions.Where(x => moved.Extensions.Contains(x.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.InstitutionKey, key).SetProperty(x => x.InstitutionName, name), ct);
        await db.Attachments.Where(x => moved.Attachments.Contains(x.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.InstitutionKey, key), ct);
        // A new security stamp: the people sign in again and their session then carries the institution they now belong to.
        await db.Users.Where(x => moved.Accounts.Contains(x.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.InstitutionKey, key).SetProperty(x => x.InstitutionName, name)
            .SetProperty(x => x.SecurityStamp, Guid.NewGuid().ToString()), ct);
    }

    private async Task<Moved> MovingAsync(List<string> keys, string into, CancellationToken ct)
    {
        var assignments = await db.Assignments.AsNoTracking().Where(a => keys.Contains(a.InstitutionKey)).Select(a => a.Id).ToListAsync(ct);
        // One later deadline per institution and period: where the entry kept already has one, the other stays behind.
        var taken = await db.DeadlineExtensions.AsNoTracking().Where(x => x.InstitutionKey == into).Select(x => x.PeriodId).ToListAsync(ct);
        var extensions = await db.DeadlineExtensions.AsNoTracking().Where(x => keys.Contains(x.InstitutionKey) && !taken.Contains(x.PeriodId)).Select(x => x.Id).ToListAsync(ct);
        var attachments = await db.Attachments.AsNoTracking().Where(x => keys.Contains(x.InstitutionKey)).Select(x => x.Id).ToListAsync(ct);
        var accounts = await db.Users.AsNoTracking().Where(u => u.InstitutionKey != null && keys.Contains(u.InstitutionKey)).Select(u => u.Id).ToListAsync(ct);
        return new Moved(assignments, extensions, attachments, accounts);
    }

    /// <summary>The documents' institutions once per key (the first spelling), and the register's rows by key.</summary>
    private async Task<(List<InstitutionRow> Named, Dictionary<string, RegisterEntryRow> Kept)> LoadAsync(CancellationToken ct)
    {
        var rows = await db.Institutions.AsNoTracking().OrderBy(i => i.DocumentId).ThenBy(i => i.Id).ToListAsync(ct);
        var named = rows.GroupBy(r => r.Key).Select(g => g.First()).ToList();
        var kept = await db.Register.AsNoTracking().ToDictionaryAsync(r => r.Key, ct);
        // An institution added in the editor lives in the register before any document names it.
        foreach (var orphan in kept.Values.Where(r => named.All(n => n.Key != r.Key)))
            named.Add(new InstitutionRow { Key = orphan.Key, Name = orphan.Name, Kind = orphan.Kind, TerritorialUnitCode = orphan.TerritorialUnitCode });
        return (named, kept);
    }

    private static InstitutionKind Kind(string kind) => Enum.TryParse<InstitutionKind>(kind, out var k) ? k : InstitutionKind.Other;

    private static string Said(string name, InstitutionKind kind, string? teryt, string? email) =>
        $"„{name}”, {PolishNames.Of(kind)}{(teryt is null ? "" : $", TERYT {teryt}")}{(email is null ? "" : $", {email}")}";
}
