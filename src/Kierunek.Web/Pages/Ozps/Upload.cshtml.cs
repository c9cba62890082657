using Kierunek.Application.Ozps;
using Kierunek.Domain.Results;
using Kierunek.Web.Security;
using Kierunek.Web.Uploads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Ozps;

/// <summary>A file into the unit's form: a document like seed 003 (Word or its text) or the CSV of `ozps import`, read as
/// that command reads it and shown first — how many values are new, changed and the same, each change, the rules'
/// warnings — then stored. Works without JavaScript: the checked file travels with the form (<see cref="PackedFile"/>).</summary>
[RequestFormLimits(MultipartBodyLengthLimit = FormLimit, ValueLengthLimit = FormLimit)]
[RequestSizeLimit(FormLimit)]
public sealed class UploadModel(OzpsAssessments assessments, OzpsUploads uploads) : OzpsPage(assessments)
{
    /// <summary>The largest file, and its packed copy in the confirmation form (base64 of gzip: a third more at the worst), with room.</summary>
    private const int FormLimit = 16 * 1024 * 1024;

    /// <summary>How many changes the preview lists; the counts cover them all.</summary>
    public const int ListedChanges = 200;

    [BindProperty(Name = "plik")] public IFormFile? Upload { get; set; }
    [BindProperty(Name = "nazwa")] public string? FileName { get; set; }
    [BindProperty(Name = "tresc")] public string? Packed { get; set; }

    public UploadPlan? Plan { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (Upload is null || Upload.Length == 0) return Refuse(Error.Of("ozps.no-file", "Wybierz plik oceny (dokument Word, jego tekst albo plik CSV), a potem „Sprawdź plik”.", "plik"));
        if (Upload.Length > OzpsUploads.MaxBytes) return Refuse(Error.Of("ozps.file-too-large", $"Plik jest większy niż {OzpsUploads.MaxBytes / 1024 / 1024} MB — to nie jest plik oceny jednej gminy.", "plik"));
        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, ct);
        FileName = Path.GetFileName(Upload.FileName);
        Packed = PackedFile.Pack(buffer.ToArray());
        var plan = await uploads.PreviewAsync(User.OzpsAccess(), User.Actor(), Kod, Rok, FileName, buffer.ToArray(), ct);
        if (!plan.IsSuccess) return Refuse([.. plan.Errors]);
        Plan = plan.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (FileName is null || PackedFile.Unpack(Packed, OzpsUploads.MaxBytes) is not { } content)
        {
            if (!await LoadAsync(ct)) return NotFound();
            return Refuse(Error.Of("ozps.no-file", "Nie ma sprawdzonego pliku — wybierz go jeszcze raz.", "plik"));
        }
        var saved = await uploads.SaveAsync(User.OzpsAccess(), User.Actor(), Kod, Rok, FileName, content, Revision, ct);
        return await AfterAsync(saved, $"Wczytano plik „{FileName}” do oceny.", UnitUrl, ct);
    }

    private PageResult Refuse(params Error[] errors)
    {
        Errors = errors;
        Packed = null;
        return Page();
    }
}
