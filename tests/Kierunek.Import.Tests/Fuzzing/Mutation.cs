using FsCheck;
using FsCheck.Fluent;
using FSharpGen = FsCheck.FSharp.Gen;

namespace Kierunek.Import.Tests.Fuzzing;

/// <summary>One change to an input, as a fuzzer makes them: cut the text, delete, insert or replace characters, or
/// delete, repeat or swap lines. Printed in a failure so the case can be replayed by hand.</summary>
public sealed record Mutation(string Kind, int At, int Length, char Character)
{
    /// <summary>Characters that break parsers: separators, line ends, spaces of every kind, digits, quotes, markup, NUL
    /// and other control characters, a Polish letter.</summary>
    private static readonly char[] Awkward = ['\t', '\n', '\r', ' ', '\u00a0', '\u202f', '0', '5', '9', ',', '.', ';', '%', '"', '\'', '<', '>', '/', '\0', '\u0001', '\u001f', 'x', 'ł', '|', '{', '}', '[', ']', '-', '*', ':', '\\', '\uFFFD'];

    public static Gen<Mutation> Any { get; } =
        from kind in Gen.Elements("ucięcie", "usunięcie", "wstawienie", "zamiana", "usunięcie wiersza", "powtórzenie wiersza", "zamiana wierszy")
        from at in FSharpGen.Choose(0, int.MaxValue)
        from length in FSharpGen.Choose(1, 300)
        from character in Gen.Elements(Awkward)
        select new Mutation(kind, at, length, character);

    /// <summary>One to four mutations applied in turn.</summary>
    public static Gen<Mutation[]> Some { get; } = FSharpGen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(Any, n));

    public string ApplyTo(string text)
    {
        if (text.Length == 0) return Kind == "wstawienie" ? Character.ToString() : text;
        var at = At % text.Length;
        var length = Math.Min(Length, text.Length - at);
        var lines = text.Split('\n').ToList();
        var line = At % lines.Count;
        switch (Kind)
        {
            case "ucięcie": return text[..at];
            case "usunięcie": return text.Remove(at, length);
            case "wstawienie": return text.Insert(at, new string(Character, 1 + Length % 3));
            case "zamiana": return text[..at] + Character + text[(at + 1)..];
            case "usunięcie wiersza": lines.RemoveAt(line); break;
            case "powtórzenie wiersza": lines.Insert(line, lines[line]); break;
            default:
                var other = Length % lines.Count;
                (lines[line], lines[other]) = (lines[other], lines[line]);
                break;
        }
        return string.Join('\n', lines);
    }

    public override string ToString() => $"{Kind} w {At} (długość {Length}, znak U+{(int)Character:X4})";
}
