using Kierunek.Application.Monitoring;
using Kierunek.Domain.Results;
using Kierunek.Reports.Monitoring;
using Kierunek.Web.Security;
using Microsoft.AspNetCore.Identity;

namespace Kierunek.Web.Api;

/// <summary>The API face of the Excel round trip (the entry page's and <c>/monitoring/{key}/{rok}/arkusze</c>): an
/// institution's packet, and a filled one uploaded — all stored, or a 422 naming every refused cell.</summary>
public static class PacketEndpoints
{
    public static void MapPackets(this RouteGroupBuilder secured)
    {
        secured.MapGet("/monitoring/{key}/{year:int}/arkusz", GetAsync)
            .WithSummary("Arkusz Excel (.xlsx) z wartościami instytucji do wypełnienia; sprawozdawca — własnej instytucji, koordynator — instytucji z parametru instytucja.");
        // Multipart with a bearer token: no cookie is involved, so there is no cross-site request to forge.
        secured.MapPost("/monitoring/{key}/{year:int}/arkusz", UploadAsync).DisableAntiforgery()
            .WithSummary("Wczytanie wypełnionego arkusza (pole „plik”); przekaz=false zapisuje roboczo. Wszystko albo nic: 422 wymienia każdą odrzuconą komórkę.");
    }

    public sealed record StoredDto(int Values, bool Submitted, string Institution);

    private static async Task<IResult> GetAsync(string key, int year, string? instytucja, ReturnPackets packets, HttpContext http, CancellationToken ct)
    {
        var actor = http.User.Actor();
        var institution = actor.Reviews ? instytucja : actor.InstitutionKey;
        if (institution is null) return TypedResults.Forbid(authenticationSchemes: [IdentityConstants.BearerScheme]);
        return await packets.WriteAsync(key, year, institution, ct) is { } file
            ? TypedResults.File(file.Bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.FileName)
            : TypedResults.NotFound();
    }

    private static async Task<IResult> UploadAsync(string key, int year, IFormFile plik, bool? przekaz, ReturnPackets packets, HttpContext http, CancellationToken ct)
    {
        var actor = http.User.Actor();
        if (!actor.Reviews && actor.InstitutionKey is null) return TypedResults.Forbid(authenticationSchemes: [IdentityConstants.BearerScheme]);
        if (plik.Length > ReturnPacket.MaxBytes) return Problems.Of(PacketErrors.TooLarge(plik.FileName, plik.Length), StatusCodes.Status413PayloadTooLarge);
        using var buffer = new MemoryStream();
        await plik.CopyToAsync(buffer, ct);
        var stored = await packets.UploadAsync(key, year, plik.FileName, buffer.ToArray(), przekaz != false, actor, ct);
        if (stored.IsSuccess) return TypedResults.Ok(new StoredDto(stored.Value!.Values, stored.Value.Submitted, stored.Value.Institution));
        return Problems.Of(stored.Errors[0], StatusCodes.Status422UnprocessableEntity, new Dictionary<string, object?>
        {
            ["errors"] = stored.Errors.Take(500).Select(e => new { code = e.Code, cell = Cell(e.At), message = e.Message }).ToList(),
        });
    }

    /// <summary>"G12" for a cell of the values sheet; null for an error about the whole file.</summary>
    private static string? Cell(SourceLocation at) => at.Line is { } row && at.Column is { } column ? $"{column}{row}" : null;
}
