using System.Text;
using System.Text.RegularExpressions;

namespace Kierunek.Domain.Institutions;

/// <summary>Reads "Realizatorzy" and "Koordynator" cells into institution names. Cells list
/// institutions with commas, in paragraphs, or one after another without punctuation
/// ("Urząd Miejski Departament Spraw Społecznych Departament Edukacji Placówki oświatowe");
/// names are split at the words institution names begin with, never inside parentheses.</summary>
public static partial class InstitutionNames
{
    public static IReadOnlyList<string> Split(string cell)
    {
        var names = new List<string>();
        foreach (var fragment in TopLevelFragments(cell))
        foreach (var name in SplitAtHeads(fragment))
        {
            // "Placówki oświatowe, kulturalne": a lone lowercase adjective belongs to the name before it.
            if (names.Count > 0 && LoneAdjective().IsMatch(name)) names[^1] += ", " + name;
            else names.Add(name);
        }
        return names.Where(n => n.Length > 1).Distinct().ToList();
    }

    /// <summary>The name under which the same institution is known however a document writes it.</summary>
    public static string Canonical(string name)
    {
        var n = WhiteSpace().Replace(name.Trim().TrimEnd('.', ','), " ");
        foreach (var (pattern, canonical) in Aliases)
            if (pattern.IsMatch(n)) return canonical;
        return n.Length > 0 ? char.ToUpperInvariant(n[0]) + n[1..] : n;
    }

    public static InstitutionKind KindOf(string name)
    {
        foreach (var (pattern, kind) in Kinds)
            if (pattern.IsMatch(name)) return kind;
        return InstitutionKind.Other;
    }

    // Built once: Regex.IsMatch(text, pattern) keeps only 15 patterns in its cache, so these 26 evicted each other and
    // were parsed again for every cell of every row (most of a seed's reading time).
    private static (Regex Pattern, T Value)[] Compiled<T>((string Pattern, T Value)[] patterns) =>
        patterns.Select(p => (new Regex(p.Pattern, RegexOptions.IgnoreCase), p.Value)).ToArray();

    private static readonly (Regex Pattern, string Canonical)[] Aliases = Compiled<string>(
    [
        (@"^(MOPR|Miejski Ośrodek Pomocy Rodzinie)(\s+w\s+\S+)?$", "Miejski Ośrodek Pomocy Rodzinie"),
        (@"^(MOPS|Miejski Ośrodek Pomocy Społecznej)(\s+w\s+\S+)?$", "Miejski Ośrodek Pomocy Społecznej"),
        (@"^(NGO|organizacje pozarządowe|org\. pozarządowe)$", "Organizacje pozarządowe"),
        (@"^(PUP|Powiatowy Urząd Pracy)(\s+w\s+\S+)?$", "Powiatowy Urząd Pracy"),
        (@"^(MUP|Miejski Urząd Pracy)(\s+w\s+\S+)?$", "Miejski Urząd Pracy"),
        (@"^(CKU|Centrum Kształcenia Ustawicznego)(\s+w\s+\S+)?$", "Centrum Kształcenia Ustawicznego"),
        (@"^(CWOP|Centrum Współpracy Organizacji Pozarządowych)$", "Centrum Współpracy Organizacji Pozarządowych"),
        (@"^(ROPS|Regionalny Ośrodek Polityki Społecznej)(\s+w\s+\S+)?$", "Regionalny Ośrodek Polityki Społecznej"),
        (@"^(UM|Urząd Miejski|Urząd Miasta)$", "Urząd Miejski"),
    ]);

    // Order matters: the first pattern that matches decides ("Wydział Socjologii UwB" is a university,
    // "Wydział Zdrowia i Profilaktyki" a city-hall department, "Placówki służby zdrowia" health care,
    // not a uniformed service).
    private static readonly (Regex Pattern, InstitutionKind Kind)[] Kinds = Compiled<InstitutionKind>(
    [
        (@"Regionalny Ośrodek Polityki|\bROPS\b", InstitutionKind.RegionalSocialPolicyCentre),
        (@"Ośrod\p{L}* Pomocy (Społecznej|Rodzinie)|\b(M|G|MG)?OPS\b|\bMOPR\b", InstitutionKind.SocialWelfareCentre),
        (@"Centrum Pomocy Rodzinie|\bPCPR\b", InstitutionKind.FamilySupportCentre),
        (@"Centr\p{L}* Integracji Społecznej|\bCIS\b", InstitutionKind.SocialIntegrationCentre),
        (@"Klub\p{L}* Integracji Społecznej|\bKIS\b", InstitutionKind.SocialIntegrationClub),
        (@"schronisk|noclegowni|ogrzewal", InstitutionKind.Shelter),
        (@"Urząd Pracy|\b(PUP|MUP|WUP)\b", InstitutionKind.LabourOffice),
        (@"Uniwersytet|Uczelni|Wydział Socjologii|UwB", InstitutionKind.University),
        (@"^(Urząd Miejski|Urząd Miasta|Urząd Gminy|Wydział|Departament|Biuro|Pełnomocnik|Kancelaria)", InstitutionKind.CityHall),
        (@"zdrowi|Inspekcja sanitarna|lecznic|szpital|medyczn", InstitutionKind.HealthCare),
        (@"organizacj\p{L}* pozarządow|\bNGO\b|Stowarzyszeni|Fundacj|Caritas|Bractwo|kluby sportowe", InstitutionKind.Ngo),
        (@"szkoł|przedszkol|żłob|oświat|Kuratorium|poradni\p{L}* psycholog|Centrum Kształcenia", InstitutionKind.School),
        (@"Policj|Straż|służby|inspekcje", InstitutionKind.Police),
        (@"Sąd\b|kurator|Prokurat", InstitutionKind.Court),
        (@"kultur|bibliotek|Instytucje Kultury", InstitutionKind.Culture),
        (@"Parafi|Archidiecezj|wspólnoty religijne|Kościół", InstitutionKind.Church),
        (@"Media|prasa", InstitutionKind.Media),
    ]);


    /// <summary>Splits at paragraph breaks, semicolons and commas that stand outside parentheses.</summary>
    private static IEnumerable<string> TopLevelFragments(string cell)
    {
        // "Urząd Miejski (Departament Spraw Społecznych, Departament Edukacji) żłobki": the departments
        // in brackets are named institutions too, and what follows the bracket is the next one.
        cell = DepartmentsInBrackets().Replace(cell, m => ", " + m.Groups[1].Value + ",");
        var current = new StringBuilder();
        var depth = 0;
        foreach (var c in cell)
        {
            if (c == '(') depth++;
            if (c == ')') depth = Math.Max(0, depth - 1);
            if (depth == 0 && c is ',' or ';' or '\n')
            {
                yield return current.ToString().Trim();
                current.Clear();
                continue;
            }
            current.Append(c);
        }
        yield return current.ToString().Trim();
    }

    private static IEnumerable<string> SplitAtHeads(string fragment)
    {
        fragment = fragment.Count(c => c == '(') < fragment.Count(c => c == ')') ? fragment.Replace(")", "") : fragment;
        var starts = Head().Matches(fragment).Select(m => m.Index)
            .Where(i => i > 0 && !InsideParentheses(fragment, i) && !Preposition().IsMatch(fragment[..i])).ToList();
        var at = 0;
        foreach (var start in starts)
        {
            yield return fragment[at..start].Trim(' ', '-', '–');
            at = start;
        }
        yield return fragment[at..].Trim(' ', '-', '–');
    }

    private static bool InsideParentheses(string s, int index) => s[..index].Count(c => c == '(') > s[..index].Count(c => c == ')');

    // Longest first, so "Powiatowy Urząd Pracy" is one head and "Urząd" inside it is not a second one.
    [GeneratedRegex(@"(?<=\s|^)(Powiatowy Urząd Pracy|Miejski Ośrodek Pomocy|Urząd Miejski|Urząd Miasta|Departament|Wydział|MOPR|MOPS|PUP|NGO|CWOP|CKU|Organizacje|Placówki|Ośrodki|Parafie|Spółdzielnie|Media|Kuratorium|Centrum|Uczelnie|Inne Uczelnie|Inspekcja|Instytucje|Archidiecezja|Stowarzyszenie|Bractwo|Pracownia|Uniwersytet|Europejski Fundusz Społeczny|PFRON|Zarząd)\b")]
    private static partial Regex Head();

    [GeneratedRegex(@"\s+")] private static partial Regex WhiteSpace();
    [GeneratedRegex(@"^\p{Ll}+(ne|we|kie|cze)$")] private static partial Regex LoneAdjective();
    [GeneratedRegex(@"\b(przy|w|z|dla|na|do)\s*$")] private static partial Regex Preposition();
    [GeneratedRegex(@"\s*\(((?:Departament|Wydział)[^()]*)\)\s*")] private static partial Regex DepartmentsInBrackets();
}
