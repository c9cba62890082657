using Kierunek.Domain.Input;
using Kierunek.Domain.Institutions;
using Kierunek.Domain.Results;
using Kierunek.Domain.Values;

namespace Kierunek.Domain.Strategies.Editing;

/// <summary>What an indicator says, as the editor's form gives it. Baseline and target are read like printed cells
/// ("b.d.", "Wzrost o 10%", "ok. 120"): the text stays as typed beside its reading.</summary>
public sealed record IndicatorFields(string? Name, string? Unit, string? Baseline, int? BaselineYear, string? Target,
    DesiredDirection Direction, string? DataSource, int? FirstMeasuredYear);

/// <summary>An item's planned cost in one year, by funding source (state, gmina, other), as typed.</summary>
public sealed record CostFields(int Year, string? Total, string? State, string? Gmina, string? Other);

/// <summary>Changes inside an item: its indicators, its planned costs, its term and status, its coordinator and
/// implementers (from the institution register). Like <see cref="TreeEdits"/>, each returns what it did in words.</summary>
public static class ItemEdits
{
    public static Result<string> AddIndicator(StrategyDocument document, string nodeId, IndicatorFields fields)
    {
        if (NodeIdentity.Node(document, nodeId) is not { } node) return TreeEdits.Missing("pozycja");
        var indicator = new Indicator { Id = NodeIdentity.Next(document) };
        var errors = Apply(indicator, fields);
        if (errors.Count > 0) return Result<string>.Fail(errors);
        node.Indicators.Add(indicator);
        return TreeEdits.Done($"dodano wskaźnik „{indicator.Name}” w {TreeEdits.Said(node)}");
    }

    public static Result<string> UpdateIndicator(StrategyDocument document, string indicatorId, IndicatorFields fields)
    {
        if (NodeIdentity.Indicator(document, indicatorId) is not var (node, indicator)) return TreeEdits.Missing("wskaznik");
        var copy = new Indicator { Id = indicator.Id, Code = indicator.Code };
        var errors = Apply(copy, fields);
        if (errors.Count > 0) return Result<string>.Fail(errors);
        Apply(indicator, fields);
        return TreeEdits.Done($"zmieniono wskaźnik „{indicator.Name}” w {TreeEdits.Said(node)}");
    }

    /// <summary>Removes an indicator without values (in the document or in monitoring); one with values stays.</summary>
    public static Result<string> RemoveIndicator(StrategyDocument document, string indicatorId, IReadOnlySet<string> monitored)
    {
        if (NodeIdentity.Indicator(document, indicatorId) is not var (node, indicator)) return TreeEdits.Missing("wskaznik");
        if (indicator.Values.Count > 0 || monitored.Contains(indicatorId))
            return Error.Of(EditErrors.HasValues, $"Wskaźnik „{indicator.Name}” ma już wartości — nie można go usunąć. Jeśli przestał być mierzony, zapisz to w jego źródle danych albo zarchiwizuj pozycję.", "wskaznik");
        node.Indicators.Remove(indicator);
        return TreeEdits.Done($"usunięto wskaźnik „{indicator.Name}” z {TreeEdits.Said(node)}");
    }

    /// <summary>The year's planned cost: replaces the year's row, or removes it when every amount is empty. Amounts read
    /// as money ("12 500", "w ramach działalności statutowej"); a year outside the strategy's period is refused.</summary>
    public static Result<string> SetCost(StrategyDocument document, string nodeId, CostFields fields)
    {
        if (NodeIdentity.Node(document, nodeId) is not { } node) return TreeEdits.Missing("pozycja");
        if (document.PeriodFrom is { } from && document.PeriodTo is { } to && (fields.Year < from || fields.Year > to))
            return Error.Of(EditErrors.Invalid, $"Rok {fields.Year} jest poza okresem strategii ({from}–{to}).", "rok");
        var errors = new List<Error>();
        RecordedValue? Money(string? text, string label, string field)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (InputText.Check(text, label, InputText.ValueLength, field) is { } bad) { errors.Add(bad); return null; }
            var read = ValueReader.Read(text.Trim(), ValueContext.Money);
            if (read.IsSuccess) return new RecordedValue(text.Trim(), read.Reading!);
            errors.Add(Error.Of(EditErrors.Invalid, $"„{InputText.Quote(text.Trim())}” w polu „{label}” nie da się odczytać: {read.Error}", field));
            return null;
        }
        var entry = new CostEntry
        {
            SourceLine = 0, Deadline = new Deadline(fields.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), fields.Year, fields.Year),
            Total = Money(fields.Total, "Koszt ogółem", "ogolem"), State = Money(fields.State, "Budżet państwa", "panstwo"),
            Gmina = Money(fields.Gmina, "Budżet jednostki", "gmina"), Other = Money(fields.Other, "Inne źródła", "inne"),
        };
        if (errors.Count > 0) return Result<string>.Fail(errors);
        var index = node.Costs.FindIndex(c => c.Deadline is { FromYear: var f, ToYear: var t } && f == fields.Year && t == fields.Year);
        if (index >= 0) node.Costs.RemoveAt(index);
        if (!entry.HasAnyCell) return TreeEdits.Done($"usunięto koszt {fields.Year} r. z {TreeEdits.Said(node)}");
        node.Costs.Insert(index >= 0 ? index : node.Costs.Count(c => c.Deadline?.FromYear is { } y && y < fields.Year), entry);
        return TreeEdits.Done($"koszt {fields.Year} r. w {TreeEdits.Said(node)}: {string.Join(", ", new[] { entry.Total, entry.State, entry.Gmina, entry.Other }.OfType<RecordedValue>().Select(v => v.Raw))}");
    }

    /// <summary>The item's term ("2026–2028", "corocznie"), status and notes.</summary>
    public static Result<string> SetDetails(StrategyDocument document, string nodeId, string? term, MeasureStatus status, string? notes)
    {
        if (NodeIdentity.Node(document, nodeId) is not { } node) return TreeEdits.Missing("pozycja");
        if ((InputText.Check(term, "Termin realizacji", InputText.NameLength, "termin") ?? InputText.Check(notes, "Uwagi", InputText.CommentLength, "uwagi")) is { } bad) return bad;
        node.Deadline = string.IsNullOrWhiteSpace(term) ? null : Deadline.Parse(term.Trim());
        node.Status = status;
        node.Notes.Clear();
        if (!string.IsNullOrWhiteSpace(notes)) node.Notes.Add(notes.Trim());
        return TreeEdits.Done($"zmieniono termin, status lub uwagi {TreeEdits.Said(node)}");
    }

    /// <summary>The coordinator and implementers, chosen from <paramref name="register"/>; each chosen institution joins
    /// the document's list once, and the printed texts become the register's names.</summary>
    public static Result<string> SetInstitutions(StrategyDocument document, string nodeId, IReadOnlyList<string> coordinators,
        IReadOnlyList<string> implementers, IReadOnlyList<Institution> register)
    {
        if (NodeIdentity.Node(document, nodeId) is not { } node) return TreeEdits.Missing("pozycja");
        var known = register.Concat(document.Institutions).GroupBy(i => i.Key).ToDictionary(g => g.Key, g => g.First());
        var unknown = coordinators.Concat(implementers).FirstOrDefault(k => !known.ContainsKey(k));
        if (unknown is not null) return Error.Of(EditErrors.NotFound, "Wybranej instytucji nie ma w rejestrze — ktoś mógł ją połączyć z inną. Odśwież stronę i wybierz ponownie.", "realizatorzy");
        foreach (var key in coordinators.Concat(implementers).Distinct().Where(k => document.Institutions.All(i => i.Key != k)))
            document.Institutions.Add(known[key]);
        node.CoordinatorKeys.Clear();
        node.CoordinatorKeys.AddRange(coordinators.Distinct());
        node.ImplementerKeys.Clear();
        node.ImplementerKeys.AddRange(implementers.Distinct().Where(k => !coordinators.Contains(k)));
        node.CoordinatorText = node.CoordinatorKeys.Count == 0 ? null : string.Join("; ", node.CoordinatorKeys.Select(k => known[k].Name));
        node.ImplementersText = node.ImplementerKeys.Count == 0 ? null : string.Join("; ", node.ImplementerKeys.Select(k => known[k].Name));
        return TreeEdits.Done($"koordynator i realizatorzy {TreeEdits.Said(node)}: {string.Join("; ", new[] { node.CoordinatorText, node.ImplementersText }.OfType<string>())}");
    }

    /// <summary>An institution the register does not have yet, named here and made an implementer of the item; it joins
    /// the register with the version. <paramref name="key"/> is made by the caller, unique in the register.</summary>
    public static Result<string> AddInstitution(StrategyDocument document, string nodeId, string key, string? name, InstitutionKind kind)
    {
        if (NodeIdentity.Node(document, nodeId) is not { } node) return TreeEdits.Missing("pozycja");
        if (string.IsNullOrWhiteSpace(name)) return Error.Of(EditErrors.Invalid, "Wpisz nazwę nowej instytucji, np. „Stowarzyszenie Pomocy Rodzinie »Razem«”.", "nowaInstytucja");
        if (InputText.Check(name.Trim(), "Nazwa instytucji", InputText.NameLength, "nowaInstytucja") is { } bad) return bad;
        var institution = new Institution(key, name.Trim(), kind, null);
        document.Institutions.Add(institution);
        node.ImplementerKeys.Add(key);
        node.ImplementersText = string.Join("; ", node.ImplementerKeys.Select(k => document.Institutions.First(i => i.Key == k).Name));
        return TreeEdits.Done($"dodano instytucję „{institution.Name}” jako realizatora {TreeEdits.Said(node)}");
    }

    private static List<Error> Apply(Indicator indicator, IndicatorFields f)
    {
        var errors = new List<Error>();
        if (string.IsNullOrWhiteSpace(f.Name)) errors.Add(Error.Of(EditErrors.Invalid, "Wpisz nazwę wskaźnika, np. „Liczba rodzin objętych pracą asystenta rodziny”.", "nazwa"));
        foreach (var bad in new[]
        {
            InputText.Check(f.Name?.Trim(), "Nazwa wskaźnika", InputText.TitleLength, "nazwa"), InputText.Check(f.Unit, "Jednostka", InputText.NameLength, "jednostka"),
            InputText.Check(f.DataSource, "Źródło danych", InputText.TitleLength, "zrodlo"),
        }.OfType<Error>()) errors.Add(bad);
        var baseline = Read(f.Baseline, "Wartość bazowa", "bazowa", errors);
        var target = Read(f.Target, "Wartość docelowa", "docelowa", errors);
        foreach (var (year, field, label) in new[] { (f.BaselineYear, "rokBazowy", "Rok wartości bazowej"), (f.FirstMeasuredYear, "pierwszyRok", "Pierwszy rok pomiaru") })
            if (year is < NewStrategy.FirstYear - 30 or > NewStrategy.LastYear) errors.Add(Error.Of(EditErrors.Invalid, $"„{label}”: {year} nie jest rokiem, który można tu wpisać.", field));
        if (f.BaselineYear is not null && baseline is null) errors.Add(Error.Of(EditErrors.Invalid, "Podano rok wartości bazowej bez wartości. Wpisz wartość (albo „b.d.”) lub usuń rok.", "bazowa"));
        if (errors.Count > 0) return errors;
        indicator.Name = f.Name!.Trim();
        indicator.Unit = Trimmed(f.Unit);
        indicator.Baseline = baseline is null ? null : new BaselineValue(baseline, f.BaselineYear);
        indicator.Target = target is null ? null : new Target(target);
        // Not said: the target says it ("Wzrost o 10%", a target above the baseline).
        indicator.Direction = f.Direction != DesiredDirection.Unknown ? f.Direction : DesiredDirections.From(indicator.Baseline, indicator.Target);
        indicator.DataSource = Trimmed(f.DataSource);
        indicator.FirstMeasuredYear = f.FirstMeasuredYear;
        return errors;
    }

    private static RecordedValue? Read(string? text, string label, string field, List<Error> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (InputText.Check(text, label, InputText.ValueLength, field) is { } bad) { errors.Add(bad); return null; }
        var read = ValueReader.Read(text.Trim());
        if (read.IsSuccess) return new RecordedValue(text.Trim(), read.Reading!);
        errors.Add(Error.Of(EditErrors.Invalid, $"„{InputText.Quote(text.Trim())}” w polu „{label}” nie da się odczytać: {read.Error}", field));
        return null;
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
