using Kierunek.Import.Grids;
using System.Text.RegularExpressions;

namespace Kierunek.Import.Strategies.Interpreters;

/// <summary>What a report prints before its first table: the title over several lines, who
/// accepted it ("akceptuję / PREZYDENT MIASTA / dr hab. …") and who prepared it and when
/// ("Miejski Ośrodek Pomocy Rodzinie w Białymstoku - czerwiec 2021 r.").</summary>
public sealed partial record DocumentFront(string Title, string? Author, string? Signatory, string? City)
{
    public static DocumentFront Read(Grid grid)
    {
        var lines = grid.Rows.TakeWhile(r => r.IsTextLine).Select(r => r[0].Flat.Replace("**", "").Trim()).Where(l => l.Length > 0).ToList();
        var title = new List<string>();
        string? author = null;
        var signatory = new List<string>();
        var inSignature = false;
        foreach (var line in lines)
        {
            if (AuthorLine().Match(line) is { Success: true } a) { author = a.Groups[1].Value.Trim(); inSignature = false; }
            else if (Approval().IsMatch(line)) inSignature = true;
            else if (inSignature) signatory.Add(line);
            else if (author is null && !line.StartsWith("Tabela", StringComparison.Ordinal)) title.Add(line);
        }
        var joined = title.Count > 0 ? string.Join(" ", title) : grid.FileName;
        return new DocumentFront(joined, author, signatory.Count > 0 ? string.Join(" ", signatory) : null,
            CityInTitle().Match(joined) is { Success: true } c ? c.Groups[1].Value : null);
    }

    [GeneratedRegex(@"^((?:Miejski|Gminny|Powiatowy|Regionalny|Miejsko-Gminny)\b.*?(?:Ośrodek|Centrum).*?)\s+[-–]\s+\p{L}+\s+\d{4}")] private static partial Regex AuthorLine();
    [GeneratedRegex(@"^(akceptuję|zatwierdzam|zatwierdził)\b", RegexOptions.IgnoreCase)] private static partial Regex Approval();
    [GeneratedRegex(@"Miasta\s+([\p{Lu}][\p{L}-]+)")] private static partial Regex CityInTitle();
}
