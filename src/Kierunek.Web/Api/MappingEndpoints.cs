using Kierunek.Application.Strategies;
using Kierunek.Domain.Results;
using Kierunek.Domain.Strategies.Mapping;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Kierunek.Web.Api;

/// <summary>The API face of the mapping wizard (<c>/strategie/kreator</c>), for coordinators and administrators: the
/// saved mappings and their file form (docs/mapowanie.md); a file's tables with the wizard's proposal for one; the
/// reading of every cell by a mapping; the document stored with its mapping. Files come as multipart/form-data ("plik"),
/// a mapping as its file form in the field "mapowanie".</summary>
public static class MappingEndpoints
{
    public static void MapMappings(this RouteGroupBuilder secured)
    {
        var coordinator = new AuthorizeAttribute { AuthenticationSchemes = IdentityConstants.BearerScheme, Policy = WebSetup.CoordinatorPolicy };
        var mappings = secured.MapGroup("/mapowania").RequireAuthorization(coordinator);
        mappings.MapGet("", ListAsync).WithSummary("Zapisane mapowania tabel: nazwa, strategia, kto i kiedy zapisał (koordynator, administrator).");
        mappings.MapGet("/{name}", GetAsync).WithSummary("Zapisane mapowanie w postaci pliku (docs/mapowanie.md), do użycia z „kierunek import --mapping” (koordynator, administrator).");
        // Multipart with a bearer token: no cookie is involved, so there is no cross-site request to forge.
        mappings.MapPost("/propozycja", GuessAsync).DisableAntiforgery()
            .WithSummary("Tabele pliku (pole „plik”) i propozycja mapowania tabeli „tabela” (domyślnie 1) w postaci pliku mapowania (koordynator, administrator).");
        mappings.MapPost("/podglad", PreviewAsync).DisableAntiforgery()
            .WithSummary("Odczyt każdej komórki tabeli według mapowania (pole „mapowanie”), najpierw wątpliwe, i wersja, którą zostanie strategia; niczego nie zapisuje (koordynator, administrator).");
        mappings.MapPost("/import", ImportAsync).DisableAntiforgery()
            .WithSummary("Zapis strategii odczytanej według mapowania razem z mapowaniem pod jego nazwą; wersja, która coś usuwa, tylko z zastap=true (koordynator, administrator).");
    }

    public sealed record SavedDto(string Name, string DocumentKey, DateTimeOffset UpdatedAt, string UpdatedBy);
    public sealed record TableDto(int Number, string Name, int Rows, int Columns, string Description);
    public sealed record GuessDto(IReadOnlyList<TableDto> Tables, System.Text.Json.Nodes.JsonNode Mapping);
    public sealed record CellDto(string Place, string Column, string Raw, string Reading, string? Doubt);
    public sealed record PreviewDto(ApiEndpoints.DocumentPlanDto Plan, int Cells, int Doubtful, IReadOnlyList<CellDto> Readings);

    private static async Task<IResult> ListAsync(MappedImports wizard, CancellationToken ct) =>
        TypedResults.Ok((await wizard.SavedAsync(ct)).Select(m => new SavedDto(m.Name, m.DocumentKey, m.UpdatedAt, m.UpdatedBy)).ToList());

    private static async Task<IResult> GetAsync(string name, MappedImports wizard, CancellationToken ct) =>
        await wizard.MappingFileAsync(name, ct) is { } content
            ? TypedResults.Text(content, "application/json; charset=utf-8")
            : Problems.Of(Error.Of(MappingFile.InvalidFile, $"Nie ma zapisanego mapowania „{name}”."), StatusCodes.Status404NotFound);

    private static async Task<IResult> GuessAsync(IFormFile plik, int? tabela, CancellationToken ct)
    {
        var (refusal, upload) = await ReadAsync(plik, ct);
        if (refusal is not null) return refusal;
        var tables = MappedImports.Tables(upload!);
        if (!tables.IsSuccess) return Problems.UnreadableFile(tables.Errors);
        var guess = MappedImports.Guess(upload!, tabela ?? 1);
        if (!guess.IsSuccess) return Problems.UnreadableFile(guess.Errors);
        return TypedResults.Ok(new GuessDto(tables.Value!.Select(t => new TableDto(t.Number, t.Name, t.Rows.Count, t.Width, t.Describe())).ToList(),
            System.Text.Json.Nodes.JsonNode.Parse(MappingFile.Write(guess.Value!))!));
    }

    private static async Task<IResult> PreviewAsync(IFormFile plik, IFormFile? mapowanie, [FromForm] string? mapowanieTekst, MappedImports wizard, CancellationToken ct)
    {
        var (refusal, upload) = await ReadAsync(plik, ct);
        if (refusal is not null) return refusal;
        var mapping = await MappingAsync(mapowanie, mapowanieTekst, ct);
        if (!mapping.IsSuccess) return Problems.UnreadableFile(mapping.Errors);
        var preview = await wizard.PreviewAsync(upload!, mapping.Value!, ct);
        if (!preview.IsSuccess) return Problems.UnreadableFile(preview.Errors);
        var p = preview.Value!;
        return TypedResults.Ok(new PreviewDto(ApiEndpoints.PlanDto(p.Plan), p.Read.Cells.Count, p.Read.Cells.Count(c => c.Doubt is not null),
            p.Read.DoubtfulFirst.Select(c => new CellDto(c.Place, c.Column, c.Raw, c.Reading, c.Doubt)).ToList()));
    }

    private static async Task<IResult> ImportAsync(IFormFile plik, IFormFile? mapowanie, [FromForm] string? mapowanieTekst, bool? zastap, MappedImports wizard, HttpContext http, CancellationToken ct)
    {
        var (refusal, upload) = await ReadAsync(plik, ct);
        if (refusal is not null) return refusal;
        var mapping = await MappingAsync(mapowanie, mapowanieTekst, ct);
        if (!mapping.IsSuccess) return Problems.UnreadableFile(mapping.Errors);
        var stored = await wizard.ImportAsync(upload!, mapping.Value!, http.User.Identity!.Name!, zastap == true, ct);
        if (stored.IsSuccess) return TypedResults.Ok(ApiEndpoints.PlanDto(stored.Value!));
        return stored.Errors[0].Code == Import.ImportErrorCodes.ReimportShrinks ? Problems.Of(stored.Errors[0], StatusCodes.Status409Conflict) : Problems.UnreadableFile(stored.Errors);
    }

    /// <summary>The uploaded file, not kept (the API sends it with every call); 413 over the document limit.</summary>
    private static async Task<(IResult? Refusal, MappedImports.Upload? Upload)> ReadAsync(IFormFile file, CancellationToken ct)
    {
        if (DocumentImports.TooLarge(file.FileName, file.Length) is { } tooLarge)
            return (Problems.Of(tooLarge with { At = SourceLocation.Field("plik") }, StatusCodes.Status413PayloadTooLarge), null);
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return (null, new MappedImports.Upload("", Path.GetFileName(file.FileName), buffer.ToArray()));
    }

    /// <summary>The mapping from a file field or a text field, read with the file form's checks.</summary>
    private static async Task<Result<TableMapping>> MappingAsync(IFormFile? file, string? text, CancellationToken ct)
    {
        if (file is not null)
        {
            if (file.Length > 1024 * 1024) return Result<TableMapping>.Fail(Error.Of(MappingFile.InvalidFile, "Plik mapowania może mieć najwyżej 1 MB.", "mapowanie"));
            using var reader = new StreamReader(file.OpenReadStream());
            return MappingFile.Read(await reader.ReadToEndAsync(ct), file.FileName);
        }
        return text is { Length: > 0 }
            ? MappingFile.Read(text, "mapowanie")
            : Result<TableMapping>.Fail(Error.Of(MappingFile.InvalidFile, "Podaj mapowanie: plik w polu „mapowanie” albo jego tekst w polu „mapowanieTekst”.", "mapowanie"));
    }
}
