using Kierunek.Application.Strategies;
using Kierunek.Domain.Results;
using Kierunek.Domain.Strategies.Mapping;
using Kierunek.Import.Mapping;
using Kierunek.Import.Reading;
using Kierunek.Import.Strategies.Interpreters;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Strategies;

/// <summary>The mapping wizard (a coordinator's or administrator's page) for a table no layout knows: the file uploaded
/// once and kept for its owner; its tables listed; the chosen table shown with the wizard's proposal for the header rows,
/// each column's role, year, funding source and way of writing numbers, and the level names — all corrected by the
/// person; then the reading of every cell, the doubtful first, a page at a time; then stored as a strategy (or its next
/// version) with the mapping under its name. A saved mapping can be picked for next year's file. Every step is a form
/// that works without script.</summary>
[RequestFormLimits(MultipartBodyLengthLimit = FormLimit, ValueLengthLimit = FormLimit)]
[RequestSizeLimit(FormLimit)]
public sealed class WizardModel(MappedImports wizard, StrategyCatalog catalog) : PageModel
{
    /// <summary>Above the document limit (10 MB), so a file just over it gets the limit's own message, not the server's.</summary>
    private const int FormLimit = 24 * 1024 * 1024;
    /// <summary>Rows of the table shown above the mapping form.</summary>
    public const int ShownRows = 12;
    /// <summary>Cells of the reading shown per page.</summary>
    public const int CellsPerPage = 100;

    [FromRoute(Name = "id")] public string? Id { get; set; }
    [BindProperty(Name = "plik")] public IFormFile? Uploaded { get; set; }

    public MappedImports.Upload? Upload { get; private set; }
    public IReadOnlyList<SourceTable> Tables { get; private set; } = [];
    public SourceTable? Table { get; private set; }
    public TableMapping? Mapping { get; private set; }
    public MappedImports.Preview? Preview { get; private set; }
    public IReadOnlyList<MappedImports.SavedMapping> Saved { get; private set; } = [];
    public IReadOnlyList<StrategyCatalog.Entry> Strategies { get; private set; } = [];
    public IReadOnlyList<Error> Errors { get; private set; } = [];
    public int CellPage { get; private set; } = 1;
    public bool NeedsReplace { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? tabela, string? mapowanie, CancellationToken ct)
    {
        Saved = await wizard.SavedAsync(ct);
        if (Id is null) return Page();
        if (!await LoadAsync(ct)) return Page();
        if (mapowanie is { Length: > 0 })
        {
            var saved = await wizard.MappingAsync(mapowanie, ct);
            if (!saved.IsSuccess) return Refuse(saved.Errors);
            Mapping = saved.Value!;
            return Choose(Mapping.Table) ?? await PreviewAsync(ct);
        }
        if (Choose(tabela ?? 1) is { } missing) return missing;
        Mapping = MappingGuess.For(Table!, Upload!.FileName);
        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(string? mapowanie, CancellationToken ct)
    {
        Saved = await wizard.SavedAsync(ct);
        if (Uploaded is null || Uploaded.Length == 0)
            return Refuse([Error.Of("upload.no-file", "Wybierz plik z tabelą (.docx, .xlsx, .csv albo tekst z Worda), a potem „Wczytaj plik”.", "plik")]);
        if (DocumentImports.TooLarge(Uploaded.FileName, Uploaded.Length) is { } tooLarge) return Refuse([tooLarge with { At = SourceLocation.Field("plik") }]);
        using var buffer = new MemoryStream();
        await Uploaded.CopyToAsync(buffer, ct);
        var kept = await wizard.KeepAsync(Uploaded.FileName, buffer.ToArray(), User.Identity!.Name!, ct);
        if (!kept.IsSuccess) return Refuse(kept.Errors);
        var tables = wizard.TablesOf(kept.Value!);
        if (!tables.IsSuccess) return Refuse(tables.Errors);
        return Redirect($"/strategie/kreator/{kept.Value!.Id}" + (mapowanie is { Length: > 0 } ? $"?mapowanie={Uri.EscapeDataString(mapowanie)}" : ""));
    }

    public async Task<IActionResult> OnPostPreviewAsync(int? strona, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Page();
        var form = WizardForm.Read(Request.Form, Upload!);
        if (Choose(form.Table) is { } missing) return missing;
        Mapping = form.Mapping(Table!);
        if (form.Errors.Count > 0) return Refuse(form.Errors);
        CellPage = Math.Max(1, strona ?? 1);
        return await PreviewAsync(ct);
    }

    public async Task<IActionResult> OnPostSaveAsync(bool zastap, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Page();
        var form = WizardForm.Read(Request.Form, Upload!);
        if (Choose(form.Table) is { } missing) return missing;
        Mapping = form.Mapping(Table!);
        if (form.Errors.Count > 0) return Refuse(form.Errors);
        var stored = await wizard.ImportAsync(Upload!, Mapping, User.Identity!.Name!, zastap, ct);
        if (!stored.IsSuccess)
        {
            await PreviewAsync(ct);
            NeedsReplace = Preview?.Plan.NeedsReplace == true;
            return Refuse(NeedsReplace
                ? [Error.Of(stored.Errors[0].Code, "Ta wersja usuwa pozycje, wskaźniki albo wartości zapisanej strategii. Sprawdź odczyt poniżej i zaznacz potwierdzenie, jeśli tak ma być.", "zastap")]
                : stored.Errors);
        }
        var plan = stored.Value!;
        return Redirect($"/strategie/{Uri.EscapeDataString(plan.Document.Key)}?wczytano={(plan.Unchanged ? 0 : plan.Version)}");
    }

    /// <summary>Whether an error is about this form field (for aria-invalid and the message beside it).</summary>
    public bool IsAbout(string field) => Errors.Any(e => e.Field == field);
    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;

    public string Header(int column) => Table is null || Mapping is null ? $"kolumna {column}" : MappedTableInterpreter.Header(Table, Mapping.HeaderRows, column);

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Saved = await wizard.SavedAsync(ct);
        Strategies = await catalog.ListAsync(ct);
        var upload = await wizard.FindAsync(Id!, User.Identity!.Name!, ct);
        if (!upload.IsSuccess)
        {
            Errors = upload.Errors;
            Id = null;
            return false;
        }
        Upload = upload.Value!;
        var tables = wizard.TablesOf(Upload);
        if (!tables.IsSuccess)
        {
            Errors = tables.Errors;
            return false;
        }
        Tables = tables.Value!;
        return true;
    }

    /// <summary>Picks table <paramref name="number"/>; the page with the refusal when the file has no such table.</summary>
    private PageResult? Choose(int number)
    {
        Table = Tables.FirstOrDefault(t => t.Number == number);
        if (Table is not null) return null;
        Table = Tables.FirstOrDefault();
        return Refuse([Error.Of(MappedImports.TableMissing, $"Plik ma {Domain.Language.PolishPlural.Of(Tables.Count, "tabelę", "tabele", "tabel")}, a wybrano tabelę {number}. Wybierz tabelę z listy.", "tabela")]);
    }

    private async Task<IActionResult> PreviewAsync(CancellationToken ct)
    {
        var preview = await wizard.PreviewAsync(Upload!, Mapping!, ct);
        if (!preview.IsSuccess) return Refuse(preview.Errors);
        Preview = preview.Value!;
        NeedsReplace = Preview.Plan.NeedsReplace;
        return Page();
    }

    private PageResult Refuse(IReadOnlyList<Error> errors)
    {
        Errors = errors;
        return Page();
    }

    /// <summary>The mapping form as posted: the strategy, the table, header rows, levels, and one role per column
    /// (<c>rola3</c>, <c>rok3</c>, <c>zrodlo3</c>, <c>liczby3</c>); each mistake an error on its field.</summary>
    private sealed class WizardForm
    {
        public List<Error> Errors { get; } = [];
        public int Table { get; private init; } = 1;
        private IFormCollection form = null!;
        private MappedImports.Upload upload = null!;

        public static WizardForm Read(IFormCollection form, MappedImports.Upload upload) =>
            new() { form = form, upload = upload, Table = int.TryParse(form["tabela"], out var t) ? t : 1 };

        public TableMapping Mapping(SourceTable table)
        {
            var title = Text("tytul");
            if (title.Length == 0) Wrong("tytul", "Podaj tytuł strategii, np. „Program wspierania rodziny na lata 2024–2026”.");
            var key = DocumentKeys.Slug(Text("klucz").Length > 0 ? Text("klucz") : title);
            if (key.Length == 0 && title.Length > 0) Wrong("klucz", "Klucz strategii może mieć tylko litery, cyfry i łączniki.");
            var name = Text("nazwa");
            if (name.Length == 0) Wrong("nazwa", "Podaj nazwę mapowania, pod którą zostanie zapisane na następny rok, np. „Wskaźniki MOPS”.");
            var headerRows = int.TryParse(form["naglowek"], out var h) ? h : -1;
            if (headerRows is < 0 or > TableMapping.MaxHeaderRows) Wrong("naglowek", $"Wierszy nagłówka może być od 0 do {TableMapping.MaxHeaderRows}.");
            var levels = Enum.TryParse<LevelSource>(form["poziomy"], out var l) ? l : LevelSource.Codes;
            var levelNames = Text("nazwyPoziomow").Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            if (levelNames.Count > TableMapping.MaxLevels) Wrong("nazwyPoziomow", $"Strategia może mieć najwyżej {TableMapping.MaxLevels} poziomów.");
            var columns = new List<ColumnMapping>();
            for (var c = 1; c <= table.Width; c++)
            {
                var role = Enum.TryParse<ColumnRole>(form[$"rola{c}"], out var r) ? r : ColumnRole.Ignore;
                int? year = int.TryParse(form[$"rok{c}"], out var y) ? y : null;
                if (role == ColumnRole.Year && year is not (>= 1990 and <= 2100)) Wrong($"rok{c}", $"Kolumna {c} ma rolę „rok”: wpisz rok (1990–2100), którego dotyczą jej wartości.");
                var numbers = Enum.TryParse<NumberConvention>(form[$"liczby{c}"], out var n) ? n : NumberConvention.Auto;
                var funding = Text($"zrodlo{c}");
                columns.Add(new ColumnMapping(c, role) { Year = role == ColumnRole.Year ? year : null, Funding = role == ColumnRole.Cost && funding.Length > 0 ? funding : null, Numbers = numbers });
            }
            if (!columns.Any(c => c.Role is ColumnRole.Code or ColumnRole.Name)) Wrong("rola1", "Wskaż kolumnę z kodem albo nazwą pozycji: bez niej nie wiadomo, gdzie zaczyna się pozycja strategii.");
            foreach (var role in new[] { ColumnRole.Code, ColumnRole.Name, ColumnRole.Indicator, ColumnRole.Level })
                if (columns.Count(c => c.Role == role) > 1)
                    Wrong($"rola{columns.Last(c => c.Role == role).Column}", $"Rolę „{MappingFile.NameOf(role)}” może mieć tylko jedna kolumna.");
            if (levels == LevelSource.LevelColumn && !columns.Any(c => c.Role == ColumnRole.Level)) Wrong("poziomy", "Poziomy według kolumny wymagają kolumny z rolą „poziom”.");
            return new TableMapping
            {
                Name = name.Length > 0 ? name : $"Mapowanie: {upload.FileName}", DocumentKey = key.Length > 0 ? key : "strategia", DocumentTitle = title,
                Table = table.Number, HeaderRows = Math.Clamp(headerRows, 0, TableMapping.MaxHeaderRows), Columns = columns, Levels = levels, LevelNames = levelNames,
            };
        }

        private string Text(string field) => Domain.Values.ValueReader.Fold(form[field].ToString());
        private void Wrong(string field, string message) => Errors.Add(Error.Of("wizard.field", message, field));
    }
}
