using Kierunek.Application.Monitoring;
using Kierunek.Domain.Language;
using Kierunek.Reports.Monitoring;

namespace Kierunek.Web.Pages.Monitoring;

/// <summary>A packet uploaded through a page (the reporter's entry page, the coordinator's packets page): the file read
/// within the packet's limit and handed to <see cref="ReturnPackets"/>; the refusals as lines for the page's summary, or
/// the sentence that says what was stored.</summary>
public static class PacketUpload
{
    /// <param name="submit">"Przekaż do zatwierdzenia" (true) or "zapisz roboczo".</param>
    /// <param name="nameInstitution">Say whose packet it was (the coordinator uploads many institutions' packets).</param>
    public static async Task<(IReadOnlyList<string> Errors, string? Done)> StoreAsync(bool nameInstitution, ReturnPackets packets, string key, int year, IFormFile? file, bool submit,
        Kierunek.Domain.Monitoring.Actor actor, CancellationToken ct)
    {
        if (file is null || file.Length == 0) return (["Wybierz plik arkusza (.xlsx) pobrany z Kierunku."], null);
        if (file.Length > ReturnPacket.MaxBytes) return ([PacketErrors.TooLarge(file.FileName, file.Length).Message], null);
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var stored = await packets.UploadAsync(key, year, file.FileName, buffer.ToArray(), submit, actor, ct);
        if (!stored.IsSuccess) return (stored.Errors.Select(e => e.Message).ToList(), null);
        var s = stored.Value!;
        return ([], $"Wczytano arkusz{(nameInstitution ? $" instytucji {s.Institution}" : "")}: {(s.Submitted ? "przekazano do zatwierdzenia" : "zapisano roboczo")} "
            + $"{PolishPlural.Of(s.Values, "wartość", "wartości", "wartości")}.");
    }
}
