using Kierunek.Application.Publishing;
using Kierunek.Application.Strategies;
using Kierunek.Data.Accounts;
using Kierunek.Domain.Language;
using Kierunek.Domain.Strategies;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages;

/// <summary>The start page: the strategies for staff; for a public reader, the published reports (the same list as the public area).</summary>
public sealed class IndexModel(StrategyCatalog catalog, Publications publications) : PageModel
{
    public PublicList Published { get; private set; } = new([], new Dictionary<(int, string), long>());
    public IReadOnlyList<StrategyCatalog.Entry> Strategies { get; private set; } = [];
    public bool IsStaff { get; private set; }
    /// <summary>Coordinators and administrators load documents (<c>/strategie/wczytaj</c>).</summary>
    public bool CanUpload => User.IsInRole(Roles.Administrator) || User.IsInRole(Roles.Coordinator);

    public async Task OnGetAsync(CancellationToken ct)
    {
        IsStaff = !User.IsInRole(Roles.Reader) || Roles.All.Where(r => r != Roles.Reader).Any(User.IsInRole);
        if (IsStaff) Strategies = await catalog.ListAsync(ct);
        else Published = await publications.PublicAsync(ct: ct);
    }

    public static string LayoutName(string layout) =>
        Enum.TryParse<DocumentLayout>(layout, out var l) ? PolishNames.Of(l) : layout;
}
