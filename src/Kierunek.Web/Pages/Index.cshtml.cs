using Kierunek.Application.Monitoring;
using Kierunek.Application.Publishing;
using Kierunek.Application.Strategies;
using Kierunek.Data.Accounts;
using Kierunek.Domain.Language;
using Kierunek.Domain.Strategies;
using Kierunek.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages;

/// <summary>The start page: the strategies (and for staff, what waits for them); for a reader also the published reports
/// (the same list as the public area).</summary>
public sealed class IndexModel(StrategyCatalog catalog, Publications publications, WorkList work, StrategyEditor editor) : PageModel
{
    /// <summary>Strategies being edited (coordinators and administrators only: a draft is not the strategy yet).</summary>
    public IReadOnlyList<StrategyEditor.Entry> Drafts { get; private set; } = [];
    public PublicList Published { get; private set; } = new([], new Dictionary<(int, string), long>());
    public IReadOnlyList<StrategyCatalog.Entry> Strategies { get; private set; } = [];
    public bool IsStaff { get; private set; }
    /// <summary>Coordinators and administrators load documents (<c>/strategie/wczytaj</c>).</summary>
    public bool CanUpload => User.IsInRole(Roles.Administrator) || User.IsInRole(Roles.Coordinator);

    /// <summary>A reporter's open periods: what to enter, what came back, the days left.</summary>
    public IReadOnlyList<WorkList.ReporterPeriod> ToReport { get; private set; } = [];
    /// <summary>A reviewer's open periods: values waiting for a decision, institutions answered and late.</summary>
    public IReadOnlyList<WorkList.ReviewerPeriod> ToReview { get; private set; } = [];
    /// <summary>Coordinators and administrators run the campaign: response rate and late institutions are theirs.</summary>
    public bool RunsCampaigns => User.IsInRole(Roles.Administrator) || User.IsInRole(Roles.Coordinator);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // A visitor who is not signed in came for what is public; staff sign in from there.
        if (User.Identity?.IsAuthenticated != true) return Redirect("/publiczne");
        IsStaff = !User.IsInRole(Roles.Reader) || Roles.All.Where(r => r != Roles.Reader).Any(User.IsInRole);
        Strategies = await catalog.ListAsync(ct);
        if (!IsStaff)
        {
            // A reader: the strategies to read, and what was published.
            Published = await publications.PublicAsync(ct: ct);
            return Page();
        }
        if (CanUpload) Drafts = await editor.DraftsAsync(ct);
        if (User.IsInRole(Roles.Reporter) && User.InstitutionKey() is { } institution) ToReport = await work.ForReporterAsync(institution, ct);
        if (User.Actor().Reviews) ToReview = await work.ForReviewerAsync(ct);
        return Page();
    }

    public static string LayoutName(string layout) =>
        Enum.TryParse<DocumentLayout>(layout, out var l) ? PolishNames.Of(l) : layout;
}
