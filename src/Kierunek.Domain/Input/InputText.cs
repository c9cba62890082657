using Kierunek.Domain.Language;
using Kierunek.Domain.Results;
using Kierunek.Domain.Values;

namespace Kierunek.Domain.Input;

/// <summary>Text a person types or sends (a value, a comment, a reason, a name), checked the same way whichever door
/// it comes through — page, API or command line — before any rule reads it. Control characters other than tab and
/// line breaks are refused, never stripped: a NUL byte pasted into a comment would otherwise be stored, audited and
/// break every Word and Excel file it reaches (XML cannot hold it). Each field has a named length limit, said in
/// the message, and a refusal never repeats the input whole.</summary>
public static class InputText
{
    public const string ControlCharacterCode = "input.control-character";
    public const string TooLongCode = "input.too-long";

    /// <summary>A reported value ("ogółem 120, w tym kobiety 70, mężczyźni 50" is 45).</summary>
    public const int ValueLength = 1_000;
    /// <summary>A comment to a value, or a description.</summary>
    public const int CommentLength = 4_000;
    /// <summary>A reason: what to correct, why a period or value is reopened, why a publication is withdrawn.</summary>
    public const int ReasonLength = 2_000;
    /// <summary>A strategy's, item's or indicator's title, a unit, a source of data.</summary>
    public const int TitleLength = 1_000;
    /// <summary>A person's or institution's name, an e-mail address.</summary>
    public const int NameLength = 200;

    /// <summary>How much of a refused input a message quotes.</summary>
    public const int QuoteLength = 60;

    /// <summary>Null when <paramref name="text"/> may be stored (an empty or missing text passes: whether it is
    /// required is the use case's rule).</summary>
    /// <param name="label">The field as the form names it, e.g. "Komentarz".</param>
    /// <param name="field">The form field the message is shown beside (the API's problem+json "field").</param>
    public static Error? Check(string? text, string label, int maxLength, string field)
    {
        if (string.IsNullOrEmpty(text)) return null;
        // Length first: a 20 MB paste is refused without being scanned.
        if (text.Length > maxLength)
            return Error.Of(TooLongCode,
                $"Pole „{label}” może mieć najwyżej {PolishPlural.Of(maxLength, "znak", "znaki", "znaków")}, a ma {PolishFormat.Number(text.Length)}. Skróć tekst i zapisz ponownie.",
                field);
        for (var i = 0; i < text.Length; i++)
        {
            if (Allowed(text, i)) continue;
            return Error.Of(ControlCharacterCode,
                $"Pole „{label}” zawiera niedozwolony znak niewidoczny (kod U+{(int)text[i]:X4}) na pozycji {PolishFormat.Number(i + 1)}. " +
                "Usuń go — najprościej wpisując ten fragment ponownie zamiast wklejać — i zapisz jeszcze raz.",
                field);
        }
        return null;
    }

    /// <summary>What a form may show again after a refusal: the text as typed when it fits its field, else nothing (a
    /// 3 MB paste is not sent back to the browser).</summary>
    public static string? Refillable(string? text, int maxLength) => text is not null && text.Length <= maxLength ? text : null;

    /// <summary>The start of <paramref name="text"/> for a message, with "…" when it goes on.</summary>
    public static string Quote(string text) =>
        text.Length <= QuoteLength ? text : text[..QuoteLength].TrimEnd() + "…";

    /// <summary>Tab and line breaks, and any other character XML can hold that is not a control character.</summary>
    private static bool Allowed(string text, int i) =>
        text[i] is '\t' or '\n' or '\r' || (!char.IsControl(text[i]) && IsXmlCharacter(text, i));

    /// <summary>Whether the character at <paramref name="i"/> may stand in an XML 1.0 document (Word, Excel): #x9, #xA,
    /// #xD, #x20–#xD7FF, #xE000–#xFFFD, or half of a surrogate pair (#x10000–#x10FFFF).</summary>
    public static bool IsXmlCharacter(string text, int i)
    {
        var c = text[i];
        if (c is '\t' or '\n' or '\r') return true;
        if (c < '\u0020' || c is '\uFFFE' or '\uFFFF') return false;
        if (char.IsHighSurrogate(c)) return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        if (char.IsLowSurrogate(c)) return i > 0 && char.IsHighSurrogate(text[i - 1]);
        return true;
    }
}
