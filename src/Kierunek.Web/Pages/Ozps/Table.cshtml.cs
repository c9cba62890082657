using Kierunek.Application.Ozps;
using Kierunek.Domain.Input;
using Kierunek.Domain.Language;
using Kierunek.Domain.Ozps.Assessments;
using Kierunek.Domain.Ozps.Checks;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Kierunek.Web.Pages.Ozps;

/// <summary>One template table of a unit's form: its numbered rows under their group headings, the three columns
/// (previous year pre-filled from what is stored, the assessment year, the forecast), the rules' messages beside each
/// row — refreshed as the user types where JavaScript runs, by "Sprawdź bez zapisywania" where it does not — and a
/// comment field where a rule asks for one.</summary>
public sealed class TableModel(OzpsAssessments assessments) : OzpsPage(assessments)
{
    [BindProperty(SupportsGet = true)] public string Tabela { get; set; } = "";

    public TemplateTable Table { get; private set; } = null!;
    /// <summary>What was typed, when the page is shown again after a refusal or a check (else the stored values).</summary>
    public IReadOnlyDictionary<string, string?> Typed { get; private set; } = new Dictionary<string, string?>();
    public IReadOnlyList<OzpsFinding> Findings { get; private set; } = [];
    public bool Checked { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadTableAsync(ct)) return NotFound();
        Findings = Form.FindingsOf(Table.Code).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadTableAsync(ct)) return NotFound();
        var typed = TypedFields();
        var saved = await Assessments.SaveTableAsync(User.OzpsAccess(), User.Actor(), Kod, Rok, Tabela, typed, Revision, ct);
        if (saved.IsSuccess)
        {
            var own = saved.Value!.FindingsOf(Tabela).ToList();
            Done = own.Count == 0 ? "Zapisano tabelę. Reguły wzoru są spełnione."
                : $"Zapisano tabelę. Reguły wzoru: {PolishPlural.Of(own.Count(f => f.Severity == Severity.Error), "błąd", "błędy", "błędów")}, {PolishPlural.Of(own.Count(f => f.Severity == Severity.Warning), "ostrzeżenie", "ostrzeżenia", "ostrzeżeń")} (przy wierszach).";
            return Redirect($"{UnitUrl}/tabela/{Tabela}");
        }
        Errors = saved.Errors;
        if (!await LoadTableAsync(ct)) return NotFound();
        Typed = Refill(typed);
        Findings = Form.FindingsOf(Table.Code).ToList();
        return Page();
    }

    /// <summary>The rules over the table as typed, nothing saved: JSON for the page's script (row by row), the page again
    /// with the messages where JavaScript does not run.</summary>
    public async Task<IActionResult> OnPostCheckAsync(CancellationToken ct)
    {
        if (!await LoadTableAsync(ct)) return NotFound();
        var typed = TypedFields();
        var checkedTable = await Assessments.CheckAsync(User.OzpsAccess(), Kod, Rok, Tabela, typed, ct);
        if (Request.Headers.Accept.ToString().Contains("application/json", StringComparison.Ordinal))
            return new JsonResult(new
            {
                errors = checkedTable.Errors.Select(e => new { field = e.Field, message = e.Message }),
                // The page knows rows by their printed number (the fields' names), the rules by their keys.
                findings = (checkedTable.Value ?? []).Select(f => new { row = Table.RowByKey(f.Row)?.No.ToString() ?? f.Row, kind = UnitModel.KindOf(f), message = f.Message }),
            });
        Errors = checkedTable.Errors;
        Findings = checkedTable.Value ?? [];
        Typed = Refill(typed);
        Checked = true;
        return Page();
    }

    public string? ValueOf(TemplateRow row, FormColumn column)
    {
        var field = FormCells.Field(row.No, column);
        if (Typed.TryGetValue(field, out var typed)) return typed;
        return Form.Data[FormCells.KeyOf(Table.Code, row, column, Rok)]?.Value.Raw;
    }

    public string? CommentOf(TemplateRow row) =>
        Typed.TryGetValue(FormCells.CommentField(row.No), out var typed) ? typed : Form.Data[FormCells.KeyOf(Table.Code, row, FormColumn.Forecast, Rok)]?.Comment;

    public IEnumerable<OzpsFinding> FindingsOf(TemplateRow row) => Findings.Where(f => f.Row == row.Key);

    /// <summary>A forecast comment is asked for where the trend rule warns, and kept where one was written.</summary>
    public bool AsksForComment(TemplateRow row) => CommentOf(row) is { Length: > 0 } || FindingsOf(row).Any(f => f.Forecast);

    private async Task<bool> LoadTableAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || Form.Template.Table(Tabela) is not { } table) return false;
        Table = table;
        return true;
    }

    private Dictionary<string, string?> TypedFields()
    {
        var typed = new Dictionary<string, string?>();
        foreach (var row in Table.Rows)
        {
            foreach (var field in Enum.GetValues<FormColumn>().Select(c => FormCells.Field(row.No, c)).Append(FormCells.CommentField(row.No)))
                if (Request.Form.TryGetValue(field, out var value)) typed[field] = value.ToString();
        }
        return typed;
    }

    /// <summary>What may be shown again: a 3 MB paste is not sent back.</summary>
    private static Dictionary<string, string?> Refill(Dictionary<string, string?> typed) =>
        typed.ToDictionary(t => t.Key, t => InputText.Refillable(t.Value, FormCells.CommentLength));
}
