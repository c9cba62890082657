namespace Kierunek.Reports.Rendering;

/// <summary>Text as Word and Excel files can hold it. XML 1.0 has no place for most control characters (NUL among
/// them), lone surrogates or U+FFFE/U+FFFF; one such character in a cell made the whole document fail. Typed input
/// is refused before it is stored (<c>Domain/Input/InputText</c>), so this only meets what came in earlier or from a
/// file: each such character shows as U+FFFD "�", visibly, instead of breaking the report.</summary>
public static class XmlText
{
    public const char Replacement = '\uFFFD';

    public static string Safe(string text)
    {
        var first = FirstInvalid(text);
        if (first < 0) return text;
        var chars = text.ToCharArray();
        for (var i = first; i < chars.Length; i++)
            if (!Valid(text, i)) chars[i] = Replacement;
        return new string(chars);
    }

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (!Valid(text, i)) return i;
        return -1;
    }

    // XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF] (a surrogate pair).
    private static bool Valid(string text, int i)
    {
        var c = text[i];
        if (c is '\t' or '\n' or '\r') return true;
        if (c < '\u0020' || c is '\uFFFE' or '\uFFFF') return false;
        if (char.IsHighSurrogate(c)) return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        if (char.IsLowSurrogate(c)) return i > 0 && char.IsHighSurrogate(text[i - 1]);
        return true;
    }
}
