using Kierunek.Application.Publishing;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Publishing;

/// <summary>The public area: every published report, open to anyone without signing in.</summary>
public sealed class IndexModel(Publications publications) : PageModel
{
    public PublicList List { get; private set; } = new([], new Dictionary<(int, string), long>());

    public async Task OnGetAsync(CancellationToken ct) => List = await publications.PublicAsync(ct: ct);
}
