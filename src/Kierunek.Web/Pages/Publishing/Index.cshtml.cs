using Kierunek.Application.Publishing;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Publishing;

/// <summary>The public area: the strategies made public and every published report, open to anyone without signing in.</summary>
public sealed class IndexModel(Publications publications, PublicStrategies strategies) : PageModel
{
    public PublicList List { get; private set; } = new([], new Dictionary<(int, string), long>());

    /// <summary>Strategies whose tree and indicators a coordinator made public.</summary>
    public IReadOnlyList<PublicStrategies.Entry> Strategies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        List = await publications.PublicAsync(ct: ct);
        Strategies = await strategies.ListAsync(ct);
    }
}
