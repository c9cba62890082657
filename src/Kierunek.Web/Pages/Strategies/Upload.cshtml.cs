using Kierunek.Application.Strategies;
using Kierunek.Domain.Results;
using Kierunek.Web.Uploads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Strategies;

/// <summary>A strategy document uploaded in the browser (a coordinator's or administrator's page): first checked and
/// shown — a new document, or the next version of a stored one with what it adds, removes and changes and which
/// monitored values would lose their place — then saved. A version that removes anything is saved only with the
/// confirmation ticked, the web's <c>--replace</c>. Works without JavaScript: the checked file travels with the
/// confirmation form (compressed), so nothing is kept on the server between the two steps; it is read again, and
/// planned again, when saved.</summary>
[RequestFormLimits(MultipartBodyLengthLimit = FormLimit, ValueLengthLimit = FormLimit)]
[RequestSizeLimit(FormLimit)]
public sealed class UploadModel(DocumentImports imports) : PageModel
{
    /// <summary>Above the document limit (10 MB), so a file just over it gets the limit's own message, not the server's.</summary>
    private const int FormLimit = 24 * 1024 * 1024;

    /// <summary>How many lines of each list of changes the page shows.</summary>
    public const int Listed = 15;

    [BindProperty(Name = "plik")] public IFormFile? Upload { get; set; }
    [BindProperty(Name = "nazwa")] public string? FileName { get; set; }
    [BindProperty(Name = "tresc")] public string? Packed { get; set; }
    [BindProperty(Name = "zastap")] public bool Replace { get; set; }

    public IReadOnlyList<Error> Errors { get; private set; } = [];
    public DocumentImports.Plan? Plan { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
            return Refuse(new Error(SourceLocation.Field("plik"), "upload.no-file", "Wybierz plik raportu (tekst z Worda albo plik wymiany JSON), a potem „Sprawdź plik”."));
        if (DocumentImports.TooLarge(Upload.FileName, Upload.Length) is { } tooLarge) return Refuse(tooLarge with { At = SourceLocation.Field("plik") });
        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, ct);
        FileName = Path.GetFileName(Upload.FileName);
        Packed = PackedFile.Pack(buffer.ToArray());
        return await PlanAsync(buffer.ToArray(), ct);
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (FileName is null || PackedFile.Unpack(Packed, DocumentImports.MaxBytes) is not { } content)
            return Refuse(new Error(SourceLocation.Field("plik"), "upload.no-file", "Nie ma sprawdzonego pliku — wybierz go jeszcze raz."));
        var read = DocumentImports.Read(FileName, content);
        if (!read.IsSuccess) return Refuse([.. read.Errors]);
        var saved = await imports.ImportAsync([read.Value!], User.Identity!.Name!, Replace, ct);
        if (!saved.IsSuccess)
        {
            Plan = (await imports.PreviewAsync([read.Value!], ct))[0];
            return Refuse(new Error(SourceLocation.Field("zastap"), saved.Errors[0].Code,
                "Ta wersja usuwa pozycje, wskaźniki albo wartości zapisanej wersji. Sprawdź listę poniżej i zaznacz potwierdzenie, jeśli tak ma być."));
        }
        var plan = saved.Value![0];
        return Redirect($"/strategie/{Uri.EscapeDataString(plan.Document.Key)}?wczytano={(plan.Unchanged ? 0 : plan.Version)}");
    }

    private async Task<IActionResult> PlanAsync(byte[] content, CancellationToken ct)
    {
        var read = DocumentImports.Read(FileName!, content);
        if (!read.IsSuccess) return Refuse([.. read.Errors]);
        Plan = (await imports.PreviewAsync([read.Value!], ct))[0];
        return Page();
    }

    private PageResult Refuse(params Error[] errors)
    {
        Errors = errors;
        return Page();
    }

    /// <summary>Whether an error is about this form field (for aria-invalid and the message beside it).</summary>
    public bool IsAbout(string field) => Errors.Any(e => e.At.Line is null && e.At.File == field);
}
