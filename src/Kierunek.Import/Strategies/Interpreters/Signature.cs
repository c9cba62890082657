using System.Text.RegularExpressions;

namespace Kierunek.Import.Strategies.Interpreters;

/// <summary>The signature block closing a report: "DYREKTOR / Miejskiego Ośrodka Pomocy Społecznej /
/// w Bełchatowie / mgr Sylwia Witkowska". The institution is printed in the genitive; it is
/// turned back into its name ("Miejski Ośrodek Pomocy Społecznej w Bełchatowie").</summary>
public sealed partial record Signature(string Function, string? Institution, string? Person)
{
    public static bool StartsAt(string line) => FunctionLine().IsMatch(line.Trim());

    public static Signature Read(IReadOnlyList<string> lines)
    {
        var function = lines[0].Trim();
        var person = lines.Skip(1).LastOrDefault(l => Degree().IsMatch(l.Trim()))?.Trim();
        var institution = string.Join(" ", lines.Skip(1).Select(l => l.Trim()).Where(l => l != person && l.Length > 0));
        return new Signature(function, institution.Length == 0 ? null : Nominative(institution), person);
    }

    /// <summary>"mgr Sylwia Witkowska, Dyrektor Miejskiego Ośrodka Pomocy Społecznej w Bełchatowie".</summary>
    public string Describe(string? printedInstitution) =>
        string.Join(", ", new[] { Person, Capitalised(Function) + (printedInstitution is null ? "" : " " + printedInstitution) }.Where(s => !string.IsNullOrEmpty(s)));

    /// <summary>Genitive → nominative for the words institution names are made of.</summary>
    public static string Nominative(string genitive) =>
        string.Join(" ", genitive.Split(' ').Select((w, i) => i == 0 || !w.StartsWith('w') ? Words.GetValueOrDefault(w, w) : w));

    private static string Capitalised(string s) => s.Length == 0 ? s : s[0] + s[1..].ToLowerInvariant();

    private static readonly Dictionary<string, string> Words = new()
    {
        ["Miejskiego"] = "Miejski", ["Gminnego"] = "Gminny", ["Powiatowego"] = "Powiatowy", ["Regionalnego"] = "Regionalny",
        ["Miejsko-Gminnego"] = "Miejsko-Gminny", ["Ośrodka"] = "Ośrodek", ["Urzędu"] = "Urząd", ["Centrum"] = "Centrum",
    };

    [GeneratedRegex(@"^(ZASTĘPCA DYREKTORA|DYREKTOR|KIEROWNIK|PREZYDENT MIASTA|BURMISTRZ|WÓJT)$")] private static partial Regex FunctionLine();
    [GeneratedRegex(@"^(mgr|dr|prof\.|inż\.|lic\.)\b")] private static partial Regex Degree();
}
