using Kierunek.Domain.Input;

namespace Kierunek.Domain.Tests.Input;

/// <summary>Typed text is refused, never cleaned: a control character is named with its code and place, a text over
/// its field's limit is refused with the limit, and neither message repeats the input.</summary>
public class InputTextTests
{
    [Theory]
    [InlineData("Dane z rejestru MOPR za 2021 r.")]
    [InlineData("wiersz pierwszy\r\nwiersz drugi\tz tabulatorem")]
    [InlineData("ogółem 120, w tym kobiety 70 — „cudzysłów” ✓ 😀")] // a surrogate pair is one character
    [InlineData("")]
    [InlineData(null)]
    public void Ordinary_text_tabs_line_breaks_and_emoji_pass(string? text) =>
        Assert.Null(InputText.Check(text, "Komentarz", InputText.CommentLength, "komentarz"));

    [Theory]
    [InlineData("12\u00003", "U+0000", 3)]
    [InlineData("\u0007dzwonek", "U+0007", 1)]
    [InlineData("abc\u001B[31m", "U+001B", 4)]
    [InlineData("ab\u0085", "U+0085", 3)]
    [InlineData("x\uFFFE", "U+FFFE", 2)]
    public void A_control_character_is_refused_with_its_code_and_position(string text, string code, int position)
    {
        var error = InputText.Check(text, "Komentarz", InputText.CommentLength, "komentarz")!;
        Assert.Equal(InputText.ControlCharacterCode, error.Code);
        Assert.Equal("komentarz", error.Field);
        Assert.Contains($"Pole „Komentarz” zawiera niedozwolony znak niewidoczny (kod {code}) na pozycji {position}.", error.Message);
    }

    [Fact]
    public void A_lone_half_of_a_surrogate_pair_is_refused()
    {
        // Built here, not in an attribute: the compiler cannot keep a lone surrogate in attribute metadata.
        Assert.Contains("(kod U+D800) na pozycji 2.", InputText.Check("x" + (char)0xD800 + "y", "Wartość", InputText.ValueLength, "wartość")!.Message);
        Assert.Contains("(kod U+DC00) na pozycji 2.", InputText.Check("x" + (char)0xDC00, "Wartość", InputText.ValueLength, "wartość")!.Message);
    }

    [Fact]
    public void A_text_over_the_limit_is_refused_with_the_limit_and_without_the_text()
    {
        var text = new string('a', 20_000_000);
        var error = InputText.Check(text, "Komentarz", InputText.CommentLength, "komentarz")!;
        Assert.Equal(InputText.TooLongCode, error.Code);
        Assert.Equal("Pole „Komentarz” może mieć najwyżej 4\u00A0000 znaków, a ma 20\u00A0000\u00A0000. Skróć tekst i zapisz ponownie.", error.Message);
        Assert.True(error.Message.Length < 200);
        Assert.Null(InputText.Check(new string('a', InputText.CommentLength), "Komentarz", InputText.CommentLength, "komentarz"));
    }

    [Fact]
    public void A_quote_keeps_the_start_of_a_long_text_only() =>
        Assert.Equal(new string('7', InputText.QuoteLength) + "…", InputText.Quote(new string('7', 1_000)));
}
