using Kierunek.Domain.Input;

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
            if (!InputText.IsXmlCharacter(text, i)) chars[i] = Replacement;
        return new string(chars);
    }

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (!InputText.IsXmlCharacter(text, i)) return i;
        return -1;
    }
}
