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

/// <summary>A reporter's values for a period: only their institution's items, last year's value beside
/// each field, the value as understood shown before it is saved ("Sprawdź"), drafts, submission.</summary>
[Authorize(Policy = WebSetup.ReporterPolicy)]
public sealed class EntryModel(PeriodView view, MonitoringService monitoring, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Key { get; set; } = "";
    [BindProperty(SupportsGet = true)] public int Rok { get; set; }
    [TempData] public string? Message { get; set; }
    public PeriodView.Loaded Data { get; private set; } = null!;

    /// <summary>What the reporter just posted for one field: kept in the form, with its check.</summary>
    public sealed record Posted(int Entry, string? Value, string? Comment, IReadOnlyList<string> Errors, string? Understood, bool Conflict);
    public Posted? Last { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int entry, int version, string? value, string? comment, string? action, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        // Only the user's own institution's values are loaded: anything else is not theirs to change.
        if (Data.Fields.FirstOrDefault(f => f.Entry.Id == entry) is not { } field) return Forbid();
        var submit = action == "przekaz";
        if (action == "sprawdz")
        {
            var check = monitoring.Check(value, comment, field.LastYear);
            Last = new Posted(entry, InputText.Refillable(value, InputText.ValueLength), InputText.Refillable(comment, InputText.CommentLength),
                check.Errors, Understood(check.Reading), false);
            return Page();
        }
        var outcome = await monitoring.SaveAsync(entry, value, comment, submit, version, field.LastYear, User.Actor(), ct);
        if (!outcome.Done)
        {
            var shown = InputText.Refillable(value, InputText.ValueLength);
            Last = new Posted(entry, shown, InputText.Refillable(comment, InputText.CommentLength), [outcome.Error!.Message],
                Understood(ValueReader.Read(shown ?? "").Reading), outcome.Conflict);
            await LoadAsync(ct); // show the current version, so saving again is a deliberate choice
            return Page();
        }
        Message = submit ? $"Przekazano: {field.Indicator.Name} — „{InputText.Quote(value ?? "")}”." : $"Zapisano wersję roboczą: {field.Indicator.Name}.";
        return Redirect($"/monitoring/{Key}/{Rok}/wprowadzanie#pole-{entry}");
    }

    /// <summary>"wartość przybliżona: ok. 3 700", "brak danych".</summary>
    public static string? Understood(ValueReading? reading)
    {
        if (reading is null || reading.Kind == ValueKind.Empty) return null;
        var shown = Kierunek.Reports.Model.ValueCells.Of(new RecordedValue(reading.Text, reading));
        var text = string.Join("; ", new[] { shown.Text }.Concat(shown.Items).Where(t => t.Length > 0));
        return reading.IsMarker ? PolishNames.Of(reading.Kind) : $"{PolishNames.Of(reading.Kind)}: {text}";
    }

    /// <summary>Whether the reporter can still change the value: not submitted or approved, and, once the campaign's
    /// entry has closed, only a value returned for correction (<see cref="Campaign.EntryClosed"/>).</summary>
    public static bool Editable(EntryState state, bool entryClosed) =>
        state == EntryState.Returned || (!entryClosed && state is EntryState.Missing or EntryState.Draft);

    public DateOnly Today => clock.Today();

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var loaded = await view.LoadAsync(Key, Rok, User.InstitutionKey() ?? "", ct);
        if (loaded is null) return false;
        Data = loaded;
        return true;
    }
}
