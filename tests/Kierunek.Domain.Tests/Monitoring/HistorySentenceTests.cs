using Kierunek.Domain.Monitoring;

namespace Kierunek.Domain.Tests.Monitoring;

/// <summary>A value's audit row read as office language, never the stored states ("[Submitted]").</summary>
public class HistorySentenceTests
{
    [Theory]
    [InlineData("zapis roboczy", "(puste) [Missing]", "84 [Draft]", null, "wpisano „84” (wersja robocza)")]
    [InlineData("zapis roboczy", "84 [Draft]", "91 [Draft]", null, "zmieniono z „84” na „91” (wersja robocza)")]
    [InlineData("przekazanie", "84 [Draft]", "91 [Submitted]", null, "zmieniono z „84” na „91” i przekazano")]
    [InlineData("przekazanie", "91 [Draft]", "91 [Submitted]", null, "przekazano „91”")]
    [InlineData("przekazanie", "(puste) [Missing]", "b.d. [Submitted] — dane z GUS po 30 czerwca", null, "przekazano „b.d.”, komentarz: „dane z GUS po 30 czerwca”")]
    [InlineData("zatwierdzenie", "91 [Submitted]", "91 [Approved]", null, "zatwierdzono „91”")]
    [InlineData("zwrot do poprawy", "91 [Submitted]", "91 [Returned]", "proszę podać liczbę osób", "zwrócono do poprawy: proszę podać liczbę osób")]
    [InlineData("ponowne otwarcie wartości", "91 [Approved]", "91 [Returned]", "błąd w sumie", "otwarto ponownie do poprawy: błąd w sumie")]
    [InlineData("wiadomość do wartości", null, null, "To liczba osób.", "napisano wiadomość: „To liczba osób.”")]
    [InlineData("dołączenie pliku", null, "lista (1).pdf (15 B, SHA-256 ab12)", null, "dołączono plik „lista (1).pdf”")]
    public void An_audit_row_reads_as_what_a_person_did(string action, string? old, string? now, string? reason, string expected) =>
        Assert.Equal(expected, HistorySentence.Of(action, old, now, reason));

    [Fact]
    public void An_action_on_behalf_of_an_institution_names_both()
    {
        var (account, onBehalf) = HistorySentence.Actor("koordynator@mops.pl (w imieniu: Komenda Miejska Policji)");
        Assert.Equal(("koordynator@mops.pl", "Komenda Miejska Policji"), (account, onBehalf));
        Assert.Equal("Krzysztof Nowak, w imieniu: Komenda Miejska Policji", HistorySentence.Who("Krzysztof Nowak", null, onBehalf));
        Assert.Equal("Anna Nowak, MOPR", HistorySentence.Who("Anna Nowak", "MOPR", null));
    }
}
