using Kierunek.Application.Audit;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Audit;

/// <summary>The administrator's check of the audit: is the hash chain intact, and if not, the first row that breaks
/// it. The same check as <c>./kierunek audit verify</c>.</summary>
public sealed class IndexModel(AuditLog log) : PageModel
{
    public AuditLog.Check Check { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Check = await log.VerifyAsync(ct);
}
