using F23.StringSimilarity;

namespace Kierunek.Application.Strategies;

/// <summary>How likely two register names are one institution, for the merge suggestions a person then confirms:
/// the same words with typos ("Organizacje pozarządowe" ~ "Organizacje poazrządowe"), a word shortened
/// ("Org" ~ "Organizacje pozarządowe"), or an acronym of the other's words ("MOPR Lublin" ~ "Miejski Ośrodek Pomocy
/// Rodzinie w Lublinie", the place in any case). Names that differ in a number ("Szkoła Podstawowa nr 1" / "nr 2") are
/// never alike. Word distance is F23.StringSimilarity's normalised Levenshtein.</summary>
public static class InstitutionSimilarity
{
    /// <summary>The least score a pair is suggested with.</summary>
    public const double Threshold = 0.8;

    private static readonly NormalizedLevenshtein Distance = new();
    private static readonly HashSet<string> StopWords = ["w", "we", "i", "ds", "do", "na", "z", "ze", "dla", "oraz", "im", "nr", "the"];

    /// <summary>0 (nothing alike) to 1 (the same words), with why in words ("literówki", "skrót", "skrótowiec").</summary>
    public static (double Score, string Why) Of(string a, string b)
    {
        var (ta, tb) = (Tokens(a), Tokens(b));
        if (ta.Count == 0 || tb.Count == 0) return (0, "");
        if (!ta.Where(IsNumber).Order().SequenceEqual(tb.Where(IsNumber).Order())) return (0, "");
        var (shorter, longer) = ta.Count <= tb.Count ? (ta, tb) : (tb, ta);
        if (AllMatched(shorter, longer) is var matched && matched == shorter.Count)
            return shorter.Count == longer.Count
                ? (1.0, shorter.SequenceEqual(longer) ? "ta sama nazwa" : "te same słowa, literówki")
                : (0.5 + 0.5 * shorter.Count / longer.Count, "jedna nazwa zawiera drugą");
        if (shorter.Count == 1 && shorter[0].Length >= 3 && longer[0].StartsWith(shorter[0], StringComparison.Ordinal))
            return (0.8, "skrót pierwszego słowa");
        return Acronym(a, b) is { } acronym ? acronym : Acronym(b, a) ?? (0, "");
    }

    /// <summary>"MOPR Lublin" against "Miejski Ośrodek Pomocy Rodzinie w Lublinie": an upper-case word whose letters are
    /// the other's words' initials in order, the rest of its words found among the other's remaining ones; or the acronym
    /// is the whole other name and only one word (a place) is left over.</summary>
    private static (double, string)? Acronym(string shortName, string longName)
    {
        var words = shortName.Split([' ', '-', ',', '.', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        var acronym = words.FirstOrDefault(w => w.Length is >= 2 and <= 6 && w.All(char.IsUpper));
        if (acronym is null) return null;
        var longWords = Tokens(longName);
        var initials = new string(longWords.Select(w => w[0]).ToArray());
        var at = initials.IndexOf(StrategyTree.Fold(acronym), StringComparison.Ordinal);
        if (at < 0) return null;
        var rest = Tokens(shortName).Where(t => t != StrategyTree.Fold(acronym)).ToList();
        var remaining = longWords.Where((_, i) => i < at || i >= at + acronym.Length).ToList();
        if (rest.Count == 0) return remaining.Count == 0 ? (0.85, "skrótowiec") : null;
        if (AllMatched(rest, remaining) == rest.Count && remaining.Count == rest.Count) return (0.95, "skrótowiec i reszta nazwy");
        // "MOPR Lublin" ~ "Miejski Ośrodek Pomocy Rodzinie": the acronym is the whole other name, the place is extra.
        return remaining.Count == 0 && rest.Count == 1 ? (0.8, "skrótowiec całej nazwy") : null;
    }

    private static int AllMatched(List<string> few, List<string> many) => few.Count(t => many.Any(m => Alike(t, m)));

    /// <summary>Two words alike: a typo or two, or one the start of the other ("lublin", "lublinie").</summary>
    private static bool Alike(string x, string y) =>
        x == y || (!IsNumber(x) && !IsNumber(y) && (Distance.Distance(x, y) <= 0.2 || (Math.Min(x.Length, y.Length) >= 5 && (x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal)))));

    private static bool IsNumber(string token) => token.All(char.IsDigit);

    private static List<string> Tokens(string name) =>
        StrategyTree.Fold(name).Split(' ', '-', ',', '.', '(', ')', '"', '„', '”', '/', ';', ':').Where(t => t.Length > 0 && !StopWords.Contains(t)).ToList();
}
