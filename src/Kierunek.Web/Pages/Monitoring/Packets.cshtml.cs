using Kierunek.Application.Monitoring;
using Kierunek.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Monitoring;

/// <summary>The coordinator's Excel round trip for institutions that never log in: each institution's packet to send
/// out, and the filled ones uploaded on their behalf (the packet says whose it is; the audit says who uploaded it).</summary>
[Authorize(Policy = WebSetup.ReviewerPolicy)]
public sealed class PacketsModel(PeriodView view, ReturnPackets packets) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Key { get; set; } = "";
    [BindProperty(SupportsGet = true)] public int Rok { get; set; }
    [TempData] public string? Notice { get; set; }
    public PeriodView.Loaded Data { get; private set; } = null!;
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetPacketAsync(string instytucja, CancellationToken ct) =>
        await packets.WriteAsync(Key, Rok, instytucja ?? "", ct) is { } file
            ? File(file.Bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.FileName)
            : NotFound();

    public async Task<IActionResult> OnPostAsync(IFormFile? arkusz, string? tryb, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var (errors, done) = await PacketUpload.StoreAsync(nameInstitution: true, packets, Key, Rok, arkusz, tryb != "roboczo", User.Actor(), ct);
        if (done is null) { Errors = errors; return Page(); }
        Notice = done;
        return Redirect($"/monitoring/{Key}/{Rok}/arkusze");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var loaded = await view.LoadAsync(Key, Rok, institution: null, ct);
        if (loaded is null) return false;
        Data = loaded;
        return true;
    }
}
