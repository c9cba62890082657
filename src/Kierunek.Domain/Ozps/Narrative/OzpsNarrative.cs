using Kierunek.Domain.Language;
using Kierunek.Domain.Ozps.Indicators;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Domain.Results;
using Kierunek.Domain.Values;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Kierunek.Domain.Ozps.Narrative;

/// <summary>The sentences of the narrative, as the editable file (Templates/narracja-YYYY.json) gives them.</summary>
public sealed record NarrativeFile(string Opis, IReadOnlyDictionary<string, string[]> Rzeczowniki, IReadOnlyList<NarrativeChapter> Rozdzialy, NarrativeProposals Propozycje)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>The error code of an edited sentences file that cannot be used (its place and the reason in the message).</summary>
    public const string InvalidFileCode = "ozps.bad-sentences";

    /// <summary>The shipped sentences (a user's edited copy is read by the caller and given to <see cref="Parse"/>).</summary>
    public static NarrativeFile Load()
    {
        var assembly = typeof(NarrativeFile).Assembly;
        var name = assembly.GetManifestResourceNames().Where(n => n.StartsWith("Ozps.Narrative.", StringComparison.Ordinal)).Max()!;
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        // The shipped file is part of the program: if it does not parse, that is a bug, not the user's mistake.
        var shipped = Parse(reader.ReadToEnd(), name);
        return shipped.IsSuccess ? shipped.Value! : throw new InvalidOperationException(string.Join(" ", shipped.Errors));
    }

    /// <summary>A user's edited copy of the sentences, or every reason it cannot be used (not JSON, empty, a sentence
    /// using a noun the file does not define, a noun without its five forms) — each naming <paramref name="source"/>.</summary>
    public static Result<NarrativeFile> Parse(string json, string source)
    {
        NarrativeFile? file;
        try { file = JsonSerializer.Deserialize<NarrativeFile>(json, Json); }
        catch (JsonException e) { return Refused(source, e.LineNumber + 1, $"{source}: to nie jest poprawny plik zdań (JSON): {e.Message}"); }
        if (file?.Rozdzialy is null || file.Rzeczowniki is null) return Refused(source, null, $"{source}: pusty plik zdań.");
        var errors = new List<Error>();
        foreach (var sentence in file.Rozdzialy.SelectMany(r => r.Zdania))
            foreach (Match m in OzpsNarrative.Placeholder().Matches(sentence))
                if (m.Groups["kind"].Value is "n" or "nb" or "zmiana" && m.Groups["args"].Value.Split('|') is { Length: 2 } args && !file.Rzeczowniki.ContainsKey(args[1]))
                    errors.Add(new Error(new SourceLocation(source), InvalidFileCode, $"{source}: zdanie „{sentence}” używa rzeczownika „{args[1]}”, którego nie ma w sekcji „rzeczowniki”."));
        foreach (var (name, forms) in file.Rzeczowniki.Where(n => n.Value.Length != 5))
            errors.Add(new Error(new SourceLocation(source), InvalidFileCode, $"{source}: rzeczownik „{name}” potrzebuje pięciu form: jedna, kilka, wiele, po ułamku, po „o”."));
        return errors.Count > 0 ? Result<NarrativeFile>.Fail(errors) : Result<NarrativeFile>.Ok(file);
    }

    private static Result<NarrativeFile> Refused(string source, long? line, string message) =>
        Result<NarrativeFile>.Fail(new Error(new SourceLocation(source, (int?)line), InvalidFileCode, message));

    /// <summary>A noun the file defines; <see cref="Parse"/> has checked that each has its five forms.</summary>
    public PolishNoun Noun(string name) => Rzeczowniki[name] is var f ? new PolishNoun(f[0], f[1], f[2], f[3], f[4]) : throw new KeyNotFoundException(name);
}

public sealed record NarrativeChapter(string Tytul, IReadOnlyList<string> Zdania);

public sealed record NarrativeProposals(string Poczatek, string Wskaznik, string Kadra, string Brak);

/// <summary>Writes the narrative from the data: numbers in Polish format with the noun form they take, verbs that
/// agree with them, changes as "wzrosła o 5 osób / zmniejszyła się o 33 osoby / nie zmieniła się". A sentence whose
/// data is missing is left out rather than written with a gap.</summary>
public static partial class OzpsNarrative
{
    public static IReadOnlyList<(string Title, IReadOnlyList<string> Sentences)> Write(OzpsUnitData data, OzpsTemplate template, int year, NarrativeFile file) =>
        file.Rozdzialy.Select(chapter => (chapter.Tytul, (IReadOnlyList<string>)chapter.Zdania.Select(s => Fill(s, data, template, year, file)).OfType<string>().ToList()))
            .Where(c => c.Item2.Count > 0).ToList();

    /// <summary>Suggested points for the conclusions: each indicator that changed for the worse since the year
    /// before, and the staffing shortfall.</summary>
    public static IReadOnlyList<string> Suggestions(OzpsUnitData data, OzpsTemplate template, int year, NarrativeFile file)
    {
        var points = new List<string>();
        foreach (var definition in template.Indicators)
        {
            var now = OzpsIndicators.Compute(data, definition, year);
            var before = OzpsIndicators.Compute(data, definition, year - 1);
            if (now.Value is not { } n || before.Value is not { } b) continue;
            var rounded = (Math.Round(n, definition.Decimals), Math.Round(b, definition.Decimals));
            if (rounded.Item1 == rounded.Item2 || (rounded.Item1 > rounded.Item2) == definition.HigherIsBetter) continue;
            points.Add(Years(file.Propozycje.Wskaznik, year).Replace("{nazwa}", definition.Name).Replace("{poprzednio}", before.Text).Replace("{teraz}", now.Text));
        }
        if (StaffingCheck.For(data, year) is { Met: false } staffing)
            points.Add(Years(file.Propozycje.Kadra, year).Replace("{brak}", file.Noun("pracownik socjalny").CountGenitive(staffing.Shortfall)));
        if (points.Count == 0) points.Add(Years(file.Propozycje.Brak, year));
        return points;
    }

    public static string Introduction(NarrativeFile file, int year) => Years(file.Propozycje.Poczatek, year);

    /// <summary>The sentence with every placeholder filled, or null when a value it needs is missing.</summary>
    public static string? Fill(string sentence, OzpsUnitData data, OzpsTemplate template, int year, NarrativeFile file)
    {
        var missing = false;
        var text = Placeholder().Replace(Years(sentence, year), m =>
        {
            var filled = Value(m.Groups["kind"].Value, m.Groups["args"].Value, data, template, year, file);
            missing |= filled is null;
            return filled ?? "";
        });
        return missing ? null : text;
    }

    private static string? Value(string kind, string args, OzpsUnitData data, OzpsTemplate template, int year, NarrativeFile file)
    {
        var parts = args.Split('|');
        switch (kind)
        {
            case "jednostka": return data.Unit.Name;
            case "n": return Number(data, parts[0], year) is { } n ? file.Noun(parts[1]).Count(n) : null;
            case "nb": return Number(data, parts[0], year) is { } a ? file.Noun(parts[1]).CountAfterPreposition(a) : null;
            case "liczba": return Number(data, parts[0], year) is { } l ? PolishFormat.Natural(l) : null;
            case "forma": return Number(data, parts[0], year) is { } f ? new PolishNoun(parts[1], parts[2], parts[3], parts[2]).Form(f) : null;
            case "kwota": return Number(data, parts[0], year) is { } k ? PolishFormat.Money(k) : null;
            case "zmiana":
                if (Number(data, parts[0], year) is not { } now || Number(data, parts[0] + "@-1", year) is not { } before) return null;
                var change = now - before;
                return change switch
                {
                    > 0 => $"wzrosła o {file.Noun(parts[1]).CountAfterPreposition(change)}",
                    < 0 => $"zmniejszyła się o {file.Noun(parts[1]).CountAfterPreposition(-change)}",
                    _ => "nie zmieniła się",
                };
            case "wskaznik":
                var (code, offset) = Offset(parts[0]);
                return template.Indicators.FirstOrDefault(i => i.Code == code) is { } definition && OzpsIndicators.Compute(data, definition, year + offset) is { Value: not null } result
                    ? result.Text : null;
            default: return null;
        }
    }

    /// <summary>"korzystajacy/1" for the assessment year, "korzystajacy/1@-1" for the year before.</summary>
    private static decimal? Number(OzpsUnitData data, string reference, int year)
    {
        var (at, offset) = Offset(reference);
        var slash = at.IndexOf('/');
        return slash < 0 ? null : data.Number(at[..slash], at[(slash + 1)..], year + offset);
    }

    private static (string Reference, int Offset) Offset(string reference)
    {
        var at = reference.IndexOf('@');
        return at < 0 ? (reference, 0) : (reference[..at], int.Parse(reference[(at + 1)..]));
    }

    private static string Years(string text, int year) => text.Replace("{rok-1}", (year - 1).ToString()).Replace("{rok}", year.ToString());

    [GeneratedRegex(@"\{(?<kind>[a-z]+)(?::(?<args>[^}]*))?\}")]
    internal static partial Regex Placeholder();
}
