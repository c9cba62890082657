using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Ozps;
using Kierunek.Domain.Ozps.Assessments;
using Kierunek.Domain.Ozps.Checks;
using Kierunek.Domain.Results;
using Kierunek.Import.Ozps;
using Kierunek.Import.Reading;
using Kierunek.Import.Territory;
using Microsoft.Extensions.Logging;

namespace Kierunek.Application.Ozps;

/// <summary>A value an upload would change: what is stored now (null: nothing) and what the file says.</summary>
public sealed record UploadChange(OzpsKey Key, string? Stored, string Uploaded);

/// <summary>What an uploaded file would do to a unit's OZPS: how many values are new, changed and the same, the changes
/// themselves, and the warnings the template's rules raise on the file.</summary>
/// <param name="Skipped">Values of earlier years whose assessment is approved: left as they are.</param>
public sealed record UploadPlan(string FileName, OzpsUnitData Read, int New, int Changed, int Unchanged, IReadOnlyList<UploadChange> Changes, IReadOnlyList<OzpsFinding> Warnings, int Skipped = 0);

/// <summary>A unit's OZPS from a file in the browser: a document like seed 003 (Word, or its text) or the bulk CSV of
/// `ozps import`, read exactly as that command reads it (the same reader, the same rules), shown first, then stored into
/// the unit's form — only the unit's own data, only while its staff may change it. Nothing in the form is removed.</summary>
public sealed class OzpsUploads(OzpsAssessments assessments, ILogger<OzpsUploads> logger)
{
    public const string SeveralUnitsCode = OzpsErrors.SeveralUnits;
    public const string OtherUnitCode = "ozps.other-unit";

    public static long MaxBytes => FileLimit.Document.MaxBytes;

    public async Task<Result<UploadPlan>> PreviewAsync(OzpsAccess access, Actor actor, string unitCode, int year, string fileName, byte[] content, CancellationToken ct = default)
    {
        var opened = await assessments.OpenAsync(access, unitCode, year, ct);
        if (!opened.IsSuccess) return Result<UploadPlan>.Fail(opened.Errors);
        var form = opened.Value!;
        if (form.MayFill(access, actor) is { } refused) return refused;
        var read = Read(unitCode, fileName, content);
        if (!read.IsSuccess) return Result<UploadPlan>.Fail(read.Errors);
        var (unit, warnings) = read.Value!;
        var stored = form.Data.Index();
        var changes = new List<UploadChange>();
        var (added, changed, same) = (0, 0, 0);
        // Earlier years whose assessment the ROPS approved are not changed by a file; a comment the file lacks stays.
        var approved = await assessments.ApprovedYearsAsync(unitCode, ct);
        var kept = unit.Values.Where(v => v.Key.Forecast || v.Key.Year == year || !approved.Contains(v.Key.Year)).ToList();
        foreach (var value in kept)
        {
            if (!stored.TryGetValue(value.Key, out var now)) { added++; changes.Add(new UploadChange(value.Key, null, value.Value.Raw)); }
            else if (now.Value.Raw != value.Value.Raw || (value.Comment is not null && now.Comment != value.Comment)) { changed++; changes.Add(new UploadChange(value.Key, now.Value.Raw, value.Value.Raw)); }
            else same++;
        }
        return Result<UploadPlan>.Ok(new UploadPlan(Path.GetFileName(fileName), unit with { Values = kept }, added, changed, same, changes, warnings, unit.Values.Count - kept.Count));
    }

    /// <summary>The file's values stored into the unit's form (one transaction, each change audited with the file's name).</summary>
    public async Task<Result<AssessmentForm>> SaveAsync(OzpsAccess access, Actor actor, string unitCode, int year, string fileName, byte[] content, int revision, CancellationToken ct = default)
    {
        var plan = await PreviewAsync(access, actor, unitCode, year, fileName, content, ct);
        if (!plan.IsSuccess)
        {
            OzpsLog.Refused(logger, unitCode, year, "wczytanie pliku", plan.Errors[0].Code);
            return Result<AssessmentForm>.Fail(plan.Errors);
        }
        var cells = plan.Value!.Read.Values.Select(v => new FormCell(v.Key, v.Value.Raw, v.Comment, v.Source ?? new SourceLocation(plan.Value.FileName), KeepComment: v.Comment is null)).ToList();
        return await assessments.StoreCellsAsync(access, actor, unitCode, year, cells, revision, $"plik {plan.Value.FileName}", "wczytanie pliku", ct);
    }

    /// <summary>The file read by `ozps import`'s reader, from a folder of its own under its own name (the name says which
    /// reader, and is what the values' sources name); deleted right after.</summary>
    private static Result<(OzpsUnitData Unit, IReadOnlyList<OzpsFinding> Warnings)> Read(string unitCode, string fileName, byte[] content)
    {
        var name = Path.GetFileName(fileName);
        if (FileLimit.Document.Check(name, content.LongLength) is { } tooLarge) return tooLarge with { At = SourceLocation.Field("plik") };
        var folder = Directory.CreateTempSubdirectory("kierunek-ozps-");
        try
        {
            var path = Path.Combine(folder.FullName, name.Length == 0 ? "plik.txt" : name);
            File.WriteAllBytes(path, content);
            var read = OzpsImporter.Import([path]);
            if (!read.IsSuccess) return Result<(OzpsUnitData, IReadOnlyList<OzpsFinding>)>.Fail(read.Errors);
            var units = read.Value!.Units;
            if (units.Count != 1)
                return Error.Of(SeveralUnitsCode, $"Plik „{name}” zawiera dane {units.Count} jednostek — do formularza wczytuje się plik jednej gminy (albo powiatu).", "plik");
            if (units[0].Unit.Code != unitCode)
            {
                var own = TercFile.Register.Find(unitCode);
                return Error.Of(OtherUnitCode, $"Plik „{name}” dotyczy jednostki {units[0].Unit.Name} (TERYT {units[0].Unit.Code}), a ta ocena jest jednostki {own?.Name} (TERYT {unitCode}). Wybierz plik tej jednostki.", "plik");
            }
            return Result<(OzpsUnitData, IReadOnlyList<OzpsFinding>)>.Ok((units[0], read.Value.Warnings));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
