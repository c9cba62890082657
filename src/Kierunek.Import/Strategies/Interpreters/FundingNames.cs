using Kierunek.Import.Grids;
using System.Text.RegularExpressions;

namespace Kierunek.Import.Strategies.Interpreters;

/// <summary>Splits a "Źródła finansowania" cell into source names. Seed 001 writes them
/// with commas, numbers ("1) Budżet Miasta 2) Prywatni sponsorzy"), paragraphs, or just
/// one after another ("Budżet Miasta Fundusz Pracy Europejski Fundusz Społeczny"), so known
/// names are found first and whatever lies between them is split at commas.</summary>
public static partial class FundingNames
{
    public static IReadOnlyList<string> Split(Cell cell)
    {
        var names = new List<string>();
        foreach (var paragraph in cell.Text.Split('\n'))
        foreach (var numbered in Numbering().Split(paragraph))
        {
            var at = 0;
            foreach (Match m in Known().Matches(numbered))
            {
                AddFragments(numbered[at..m.Index], names);
                names.Add(Tidy(m.Value));
                at = m.Index + m.Length;
            }
            AddFragments(numbered[at..], names);
        }
        return names.Where(n => n.Length > 0).Distinct().ToList();
    }

    private static void AddFragments(string between, List<string> names) =>
        names.AddRange(between.Split(',').Select(Tidy).Where(f => f.Length > 1));

    private static string Tidy(string s) => s.Trim().Trim(',', ';', '.').Trim();

    [GeneratedRegex(@"(?:^|\s)\d{1,2}[.)]\s+")] private static partial Regex Numbering();

    // Longest first: "Dotacje z budżetu państwa" before "budżet państwa"; a parenthesis stays with its name.
    [GeneratedRegex(@"(Środki pozabudżetowe, m\.\s?in\. środki EFS i innych funduszy europejskich|Fundusz dopłat z Banku Gospodarstwa Krajowego|Dotacje z budżetu państwa|Europejski Fundusz Społeczny|Środki organizacji pozarządowych|Fundusz Pracy|Budżet Miasta|Budżet państwa|Środki pozabudżetowe|Środki UE|Środki PFRON|Prywatni sponsorzy|Sponsorzy|PFRON|EFS)(\s*\([^)]*\))?", RegexOptions.IgnoreCase)]
    private static partial Regex Known();
}
