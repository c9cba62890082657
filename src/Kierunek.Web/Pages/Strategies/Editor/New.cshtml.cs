using Kierunek.Application.Strategies;
using Kierunek.Domain.Results;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Strategies.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kierunek.Web.Pages.Strategies.Editor;

/// <summary>A strategy started from scratch (coordinator, administrator): title, territorial unit, period, the adopting
/// resolution when there is one, and the levels with their numbering; it opens as a draft in the editor.</summary>
public sealed class NewModel(StrategyEditor editor) : PageModel
{
    /// <summary>The levels a gmina's SRPS usually has, offered filled in; the form has room for the deepest tree.</summary>
    public static readonly TreeLevel[] Usual =
    [
        new("Cel strategiczny", LevelNumbering.Roman), new("Cel operacyjny", LevelNumbering.Arabic), new("Działanie", LevelNumbering.Arabic),
    ];

    [BindProperty(Name = "tytul")] public string? Title { get; set; }
    [BindProperty(Name = "teryt")] public string? Teryt { get; set; }
    [BindProperty(Name = "od")] public int? From { get; set; }
    [BindProperty(Name = "do")] public int? To { get; set; }
    [BindProperty(Name = "uchwala")] public string? ResolutionNumber { get; set; }
    [BindProperty(Name = "dataUchwaly")] public DateOnly? ResolutionDate { get; set; }
    [BindProperty(Name = "organ")] public string? ResolutionBody { get; set; }
    [BindProperty(Name = "poziom")] public string?[] LevelNames { get; set; } = [];
    [BindProperty(Name = "numeracja")] public LevelNumbering[] Numberings { get; set; } = [];

    public IReadOnlyList<Error> Errors { get; private set; } = [];

    public bool IsAbout(string field) => Errors.Any(e => e.Field == field);

    public void OnGet()
    {
        LevelNames = [.. Usual.Select(l => l.Name)];
        Numberings = [.. Usual.Select(l => l.Numbering)];
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Levels are the named rows from the top; an empty row ends them (a name below it is a mistake the form reports).
        var rows = Enumerable.Range(0, LevelKinds.MaxDepth).Select(i => (Name: i < LevelNames.Length ? LevelNames[i]?.Trim() ?? "" : "", Numbering: i < Numberings.Length ? Numberings[i] : LevelNumbering.Arabic)).ToList();
        var last = rows.FindLastIndex(r => r.Name.Length > 0);
        var levels = rows.Take(last + 1).Select(r => new TreeLevel(r.Name, r.Numbering)).ToList();
        var form = new NewStrategy(Title, Teryt, null, From, To, levels) { ResolutionNumber = ResolutionNumber, ResolutionDate = ResolutionDate, ResolutionBody = ResolutionBody };
        var created = await editor.CreateAsync(form, User.Identity!.Name!, ct);
        if (!created.IsSuccess)
        {
            Errors = created.Errors;
            return Page();
        }
        return Redirect($"/strategie/{Uri.EscapeDataString(created.Value!.Key)}/edycja");
    }
}
