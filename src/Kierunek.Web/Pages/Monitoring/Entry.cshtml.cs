using Kierunek.Application;
using Kierunek.Application.Monitoring;
using Kierunek.Domain.Input;
using Kierunek.Domain.Language;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Values;
using Kierunek.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Monitoring;

/// <summary>A reporter's values for a period as one table: only their institution's items, in the strategy's order,
/// last year's value and the target beside each; "Sprawdź wszystkie" shows how every value is read and what a
/// submission would be refused for, "Zapisz roboczo" and "Przekaż wszystkie" act on the whole table. Nothing typed
/// is lost: a refused row keeps what was typed, with its reasons, and so does every row the action did not touch.</summary>
[Authorize(Policy = WebSetup.ReporterPolicy)]
public sealed class EntryModel(PeriodView view, MonitoringService monitoring, ActionReports reports, ReturnPackets packets, Conversations conversations,
    SourceDocuments documents, TimeProvider clock) : PageModel
{
    /// <summary>Every refused cell of an uploaded packet ("Arkusz „Wartości”, komórka G12: …"); nothing was stored.</summary>
    public IReadOnlyList<string> PacketErrors { get; private set; } = [];

    /// <summary>The institution's values as an Excel packet to fill in and upload (<see cref="ReturnPackets"/>).</summary>
    public async Task<IActionResult> OnGetPacketAsync(CancellationToken ct) =>
        await packets.WriteAsync(Key, Rok, User.InstitutionKey() ?? "", ct) is { } file
            ? File(file.Bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.FileName)
            : NotFound();

    /// <summary>A filled packet: every value stored, or none, with each refused cell named.</summary>
    public async Task<IActionResult> OnPostUploadAsync(IFormFile? arkusz, string? tryb, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var (errors, done) = await PacketUpload.StoreAsync(nameInstitution: false, packets, Key, Rok, arkusz, tryb != "roboczo", User.Actor(), ct);
        if (done is null) { PacketErrors = errors; return Page(); }
        Message = done;
        return Redirect($"/monitoring/{Key}/{Rok}/wprowadzanie");
    }

    /// <summary>An action's report as the form sends it (<see cref="ActionReport"/>): "Termin" is "tak", "nie" or empty.</summary>
    public sealed class ActionForm
    {
        public string? Krok { get; set; }
        public string? Opis { get; set; }
        public string? Ogolem { get; set; }
        public string? Panstwo { get; set; }
        public string? Gmina { get; set; }
        public string? Inne { get; set; }
        public string? Termin { get; set; }
        public string? TerminUwagi { get; set; }
        public int Wersja { get; set; }

        public ActionReport ToReport() => new(int.TryParse(Krok, out var step) ? step : null, Opis, Ogolem, Panstwo, Gmina, Inne,
            Termin switch { "tak" => true, "nie" => false, _ => null }, TerminUwagi);

        public static ActionForm Of(Kierunek.Data.Monitoring.ActionReportRow? row) => row is null ? new() : new()
        {
            Krok = row.Step?.ToString(), Opis = row.Description, Ogolem = row.SpentTotal, Panstwo = row.SpentState, Gmina = row.SpentGmina, Inne = row.SpentOther,
            Termin = row.TermKept switch { true => "tak", false => "nie", _ => null }, TerminUwagi = row.TermNote, Wersja = row.Version,
        };
    }

    /// <summary>Action reports sent and not (or not yet) stored, with their refusals, by the assignment's id.</summary>
    public Dictionary<int, (ActionForm Form, IReadOnlyList<string> Errors)> Reports { get; } = [];

    /// <summary>The strategy's names for the steps of its progress scale.</summary>
    public ProgressScale Scale { get; private set; } = ProgressScale.Default;

    [BindProperty(SupportsGet = true)] public string Key { get; set; } = "";
    [BindProperty(SupportsGet = true)] public int Rok { get; set; }
    [TempData] public string? Message { get; set; }
    public PeriodView.Loaded Data { get; private set; } = null!;
    public DateOnly Today => clock.Today();

    /// <summary>A row as the reporter last sent it: kept in the table, with its check or refusal.</summary>
    public sealed record Posted(string? Value, string? Comment, IReadOnlyList<string> Errors, string? Understood, bool Conflict);

    /// <summary>Rows sent and not (or not yet) stored, by the value's id.</summary>
    public Dictionary<int, Posted> Rows { get; } = [];

    /// <summary>The outcome of the last action for the page's summary: what was done, every refused row, and whether
    /// it was only a check (nothing stored) or a save.</summary>
    public sealed record Summary(string Done, IReadOnlyList<(string Field, string Item, string Reason)> Refused, bool OnlyChecked);
    public Summary? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    /// <param name="wartosc">Every row's value as typed, by the value's id.</param>
    /// <param name="wersja">The version each row was loaded with, so nobody's save is overwritten.</param>
    /// <param name="akcja">"sprawdz", "zapisz" or "przekaz".</param>
    public async Task<IActionResult> OnPostAsync(Dictionary<int, string?>? wartosc, Dictionary<int, string?>? komentarz, Dictionary<int, int>? wersja,
        Dictionary<int, ActionForm>? raport, string? akcja, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        wartosc ??= [];
        komentarz ??= [];
        raport ??= [];
        var items = Data.Items.ToDictionary(i => i.Assignment.Id);
        if (raport.Keys.Any(id => !items.ContainsKey(id))) return Forbid();
        // Only this institution's values are loaded: any other id in the form is not theirs to change.
        var fields = Data.Fields.ToDictionary(f => f.Entry.Id);
        if (wartosc.Keys.Concat(komentarz.Keys).Any(id => !fields.ContainsKey(id))) return Forbid();
        var closed = Data.Campaign.EntryClosed(User.InstitutionKey() ?? "", Today);
        var editable = fields.Values.Where(f => EntryWorkflow.Editable(f.Entry.State, closed) && Data.Period.State == PeriodState.Open).ToList();
        string? Typed(Dictionary<int, string?> posted, int id, string? stored) => posted.TryGetValue(id, out var v) ? v : stored;
        bool Changed(PeriodView.Field f) =>
            Norm(Typed(wartosc, f.Entry.Id, f.Entry.Raw)) != Norm(f.Entry.Raw) || Norm(Typed(komentarz, f.Entry.Id, f.Entry.Comment)) != Norm(f.Entry.Comment);

        if (akcja == "sprawdz")
        {
            foreach (var f in editable.Where(f => !string.IsNullOrWhiteSpace(Typed(wartosc, f.Entry.Id, f.Entry.Raw)) || Changed(f)))
            {
                var (value, comment) = (Typed(wartosc, f.Entry.Id, f.Entry.Raw), Typed(komentarz, f.Entry.Id, f.Entry.Comment));
                var check = monitoring.Check(value, comment, f.LastYear);
                Rows[f.Entry.Id] = Keep(value, comment, check.Errors, Understood(check.Reading), false);
            }
            KeepUntouched(editable, wartosc, komentarz);
            foreach (var (id, form) in raport)
            {
                var check = form.ToReport().IsEmpty ? null : ActionReport.Check(form.ToReport(), submitting: true);
                Reports[id] = (form, check is { IsSuccess: false } ? check.Errors.Select(e => e.Message).ToList() : []);
            }
            var failing = Rows.Where(r => r.Value.Errors.Count > 0).Select(r => ($"wartosc-{r.Key}", ItemOf(fields[r.Key]), string.Join(" ", r.Value.Errors)))
                .Concat(Reports.Where(r => r.Value.Errors.Count > 0).Select(r => ($"krok-{r.Key}", ReportOf(items[r.Key]), string.Join(" ", r.Value.Errors)))).ToList();
            Result = new Summary($"Sprawdzono {PolishPlural.Of(Rows.Count(r => r.Value.Errors.Count > 0 || r.Value.Understood is not null), "wartość", "wartości", "wartości")} — nic nie zapisano.", failing, OnlyChecked: true);
            return Page();
        }

        var submit = akcja == "przekaz";
        // A draft saves what changed; "przekaż wszystkie" sends every filled value (a draft saved earlier too). A row
        // that can no longer be changed but came changed (a form kept open past the deadline) goes to the service
        // too, which says why it is refused — nothing typed disappears without a reason.
        var targets = fields.Values.Where(f => submit && editable.Contains(f) ? !string.IsNullOrWhiteSpace(Typed(wartosc, f.Entry.Id, f.Entry.Raw)) : Changed(f)).ToList();
        var outcomes = await monitoring.SaveManyAsync(targets.Select(f => new MonitoringService.Row(f.Entry.Id, Typed(wartosc, f.Entry.Id, f.Entry.Raw),
            Typed(komentarz, f.Entry.Id, f.Entry.Comment), wersja?.GetValueOrDefault(f.Entry.Id, f.Entry.Version) ?? f.Entry.Version)).ToList(), submit, User.Actor(), ct);
        var refused = new List<(string, string, string)>();
        foreach (var (id, outcome) in outcomes.Where(o => !o.Outcome.Done))
        {
            var (value, comment) = (Typed(wartosc, id, null), Typed(komentarz, id, null));
            Rows[id] = Keep(value, comment, [outcome.Error!.Message], Understood(ValueReader.Read(value ?? "").Reading), outcome.Conflict);
            refused.Add(($"wartosc-{id}", ItemOf(fields[id]), outcome.Error.Message));
        }
        var reportsDone = 0;
        foreach (var (id, form) in raport)
        {
            var item = items[id];
            var typed = form.ToReport();
            var stored = ActionForm.Of(item.Assignment.Report).ToReport();
            var storedState = item.Assignment.Report?.State ?? EntryState.Missing;
            // A draft saves a changed report; "przekaż wszystkie" sends every filled one that is not already sent.
            var act = submit ? !typed.IsEmpty && storedState is not (EntryState.Submitted or EntryState.Approved) : typed != stored && !typed.IsEmpty;
            if (!act) { if (typed != stored) Reports[id] = (form, []); continue; }
            var saved = await reports.SaveAsync(id, typed, submit, form.Wersja, User.Actor(), ct);
            if (saved.IsSuccess) { reportsDone++; continue; }
            Reports[id] = (form, saved.Errors.Select(e => e.Message).ToList());
            refused.Add(($"krok-{id}", ReportOf(item), string.Join(" ", saved.Errors.Select(e => e.Message))));
        }
        var done = outcomes.Count(o => o.Outcome.Done);
        var doneText = submit ? $"Przekazano do zatwierdzenia: {PolishPlural.Of(done, "wartość", "wartości", "wartości")}."
            : $"Zapisano roboczo: {PolishPlural.Of(done, "wartość", "wartości", "wartości")}.";
        var empty = submit ? editable.Count(f => string.IsNullOrWhiteSpace(Typed(wartosc, f.Entry.Id, f.Entry.Raw))) : 0;
        if (empty > 0) doneText += $" Puste pozostało: {empty}.";
        if (reportsDone > 0) doneText += $" {(submit ? "Przekazano" : "Zapisano")} raporty działań: {reportsDone}.";
        if (outcomes.Count == 0 && reportsDone == 0 && refused.Count == 0) doneText = submit ? "Nie ma wypełnionych wartości do przekazania." : "Nic się nie zmieniło — nie było czego zapisać.";
        if (refused.Count == 0)
        {
            Message = doneText;
            return Redirect($"/monitoring/{Key}/{Rok}/wprowadzanie");
        }
        await LoadAsync(ct); // the saved rows' new versions; the refused ones keep what was typed
        foreach (var (id, (form, errors)) in Reports.ToList())
            if (Data.Items.FirstOrDefault(i => i.Assignment.Id == id)?.Assignment.Report is { } now) form.Wersja = now.Version;
        KeepUntouched(Data.Fields.Where(f => EntryWorkflow.Editable(f.Entry.State, closed)).ToList(), wartosc, komentarz);
        Result = new Summary(doneText, refused, OnlyChecked: false);
        return Page();
    }

    /// <summary>The check of one row as the reporter types (the page's script asks for it; nothing is saved): how the
    /// value is read and what a submission would be refused for — the same answer "Sprawdź wszystkie" gives.</summary>
    public async Task<IActionResult> OnPostCheckRowAsync(int id, string? value, string? comment, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (Data.Fields.FirstOrDefault(f => f.Entry.Id == id) is not { } field) return Forbid();
        if (string.IsNullOrWhiteSpace(value)) return new JsonResult(new { understood = (string?)null, errors = Array.Empty<string>() });
        var check = monitoring.Check(value, comment, field.LastYear);
        return new JsonResult(new { understood = Understood(check.Reading), errors = check.Errors });
    }

    /// <summary>"wartość przybliżona: ok. 3 700", "brak danych".</summary>
    public static string? Understood(ValueReading? reading)
    {
        if (reading is null || reading.Kind == ValueKind.Empty) return null;
        var shown = Kierunek.Reports.Model.ValueCells.Of(new RecordedValue(reading.Text, reading));
        var text = string.Join("; ", new[] { shown.Text }.Concat(shown.Items).Where(t => t.Length > 0));
        return reading.IsMarker ? PolishNames.Of(reading.Kind) : $"{PolishNames.Of(reading.Kind)}: {text}";
    }


    /// <summary>"1.1.1 Współpraca z organizacjami — liczba organizacji" for the summary's list.</summary>
    public string ItemOf(PeriodView.Field f)
    {
        var item = Data.Items.First(i => i.Fields.Contains(f));
        return $"{Data.Tree.PrintedCodeOf(item.Node)} {item.Node.Title} — {item.LabelOf(f)}".Trim();
    }

    /// <summary>"1.1.1 Współpraca z organizacjami — realizacja działania" for the summary's list.</summary>
    public string ReportOf(PeriodView.Item item) => $"{Data.Tree.PrintedCodeOf(item.Node)} {item.Node.Title} — realizacja działania".Trim();

    /// <summary>Rows the action did not store but the reporter changed: shown as typed, so nothing is lost.</summary>
    private void KeepUntouched(IReadOnlyList<PeriodView.Field> fields, Dictionary<int, string?> values, Dictionary<int, string?> comments)
    {
        foreach (var f in fields.Where(f => !Rows.ContainsKey(f.Entry.Id)))
        {
            var value = values.TryGetValue(f.Entry.Id, out var v) ? v : f.Entry.Raw;
            var comment = comments.TryGetValue(f.Entry.Id, out var c) ? c : f.Entry.Comment;
            if (Norm(value) != Norm(f.Entry.Raw) || Norm(comment) != Norm(f.Entry.Comment)) Rows[f.Entry.Id] = Keep(value, comment, [], null, false);
        }
    }

    /// <summary>What is shown back: the text as typed, unless it is too long to be a value at all (then the message says so).</summary>
    private static Posted Keep(string? value, string? comment, IReadOnlyList<string> errors, string? understood, bool conflict) =>
        new(InputText.Refillable(value, InputText.ValueLength), InputText.Refillable(comment, InputText.CommentLength), errors, understood, conflict);

    private static string? Norm(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var loaded = await view.LoadAsync(Key, Rok, User.InstitutionKey() ?? "", ct);
        if (loaded is null) return false;
        Data = loaded;
        Scale = await reports.ScaleAsync(Key, ct);
        Messages = await conversations.CountsAsync(loaded.Fields.Select(f => f.Entry.Id), ct);
        Files = await documents.ListAsync(loaded.Period.Id, User.InstitutionKey() ?? "", ct);
        return true;
    }

    /// <summary>Messages per value ("Rozmowa i pliki (2)").</summary>
    public IReadOnlyDictionary<int, int> Messages { get; private set; } = new Dictionary<int, int>();

    /// <summary>The institution's files of the period: the submission's and each value's.</summary>
    public IReadOnlyList<SourceDocuments.Document> Files { get; private set; } = [];

    /// <summary>How many messages and files a value has, for its link to the value's page.</summary>
    public int TalkOf(int entryId) => Messages.GetValueOrDefault(entryId) + Files.Count(f => f.EntryId == entryId);

    /// <summary>A source document for the whole submission (e.g. the signed report), checked and stored, or refused with why.</summary>
    public async Task<IActionResult> OnPostSubmissionFileAsync(IFormFile? plik, CancellationToken ct)
    {
        await using var stream = plik?.OpenReadStream() ?? Stream.Null;
        var added = await documents.AddToSubmissionAsync(Key, Rok, User.InstitutionKey() ?? "", plik?.FileName, stream, User.Actor(), ct);
        if (added.IsSuccess)
        {
            Message = $"Dołączono plik „{added.Value!.FileName}”.";
            return Redirect($"/monitoring/{Uri.EscapeDataString(Key)}/{Rok}/wprowadzanie#dokumenty");
        }
        FileError = added.Errors[0].Message;
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public string? FileError { get; private set; }
}
