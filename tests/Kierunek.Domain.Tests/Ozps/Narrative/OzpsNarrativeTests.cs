using Kierunek.Domain.Ozps;
using Kierunek.Domain.Ozps.Narrative;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Import.Tests.Ozps;

namespace Kierunek.Domain.Tests.Ozps.Narrative;

/// <summary>The narrative written from the data in correct Polish: numbers with the noun and verb forms they take,
/// changes as words, a sentence with missing data left out, conclusions suggested from what worsened.</summary>
public class OzpsNarrativeTests
{
    private static readonly OzpsTemplate Template = OzpsTemplate.ForYear(2019);
    private static readonly NarrativeFile Sentences = NarrativeFile.Load();

    private static IReadOnlyList<string> All(OzpsUnitData data) =>
        OzpsNarrative.Write(data, Template, 2019, Sentences).SelectMany(c => c.Sentences).Select(s => s.Replace('\u00A0', ' ')).ToList();

    [Fact]
    public void Seed_003_is_described_as_its_own_narrative_describes_it()
    {
        var sentences = All(Seed003.Data.Value);
        Assert.Contains("Pomoc i wsparcie z pomocy społecznej w 2019 roku uzyskało w gminie Lubartów 906 osób, co stanowiło 4,12% wszystkich mieszkańców gminy.", sentences);
        Assert.Contains("W roku oceny, w stosunku do 2018 roku, łączna liczba osób korzystających z pomocy i wsparcia zmniejszyła się o 33 osoby.", sentences);
        Assert.Contains("Liczba rodzin, którym przyznano świadczenie, wyniosła 401 i w porównaniu z 2018 rokiem zmniejszyła się o 9 rodzin.", sentences);
        Assert.Contains("Ośrodek zatrudniał 11 pracowników socjalnych; na jednego pracownika socjalnego przypadało 2 000 mieszkańców.", sentences);
        Assert.Contains("Pracą socjalną objęto 494 rodziny; wskaźnik pracy socjalnej wyniósł 123,19% (w 2018 r. 123,90%).", sentences);
    }

    [Theory]
    [InlineData(1, 0, "uzyskała w gminie Lubartów 1 osoba", "wzrosła o 1 osobę")]
    [InlineData(2, 0, "uzyskały w gminie Lubartów 2 osoby", "wzrosła o 2 osoby")]
    [InlineData(5, 5, "uzyskało w gminie Lubartów 5 osób", "nie zmieniła się")]
    [InlineData(22, 0, "uzyskały w gminie Lubartów 22 osoby", "wzrosła o 22 osoby")]
    [InlineData(112, 113, "uzyskało w gminie Lubartów 112 osób", "zmniejszyła się o 1 osobę")]
    [InlineData(1001, 1026, "uzyskało w gminie Lubartów 1 001 osób", "zmniejszyła się o 25 osób")]
    public void Numbers_take_the_noun_and_verb_forms_Polish_asks_for(int persons, int yearBefore, string helped, string change)
    {
        var data = With(Seed003.Data.Value, ("korzystajacy", "1", 2019, persons), ("korzystajacy", "1", 2018, yearBefore));
        var sentences = All(data);
        Assert.Contains(sentences, s => s.Contains(helped));
        Assert.Contains(sentences, s => s.EndsWith($"łączna liczba osób korzystających z pomocy i wsparcia {change}.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_whose_data_is_missing_is_left_out_rather_than_written_with_a_gap()
    {
        var data = Seed003.Data.Value with { Values = Seed003.Data.Value.Values.Where(v => !(v.Key.Table == "inne-swiadczenia" && v.Key.Row == "1")).ToList() };
        Assert.DoesNotContain(All(data), s => s.StartsWith("Dodatki mieszkaniowe", StringComparison.Ordinal));
        Assert.Contains(All(Seed003.Data.Value), s => s == "Dodatki mieszkaniowe otrzymały 154 gospodarstwa domowe na łączną kwotę 237 116,00 zł.");
    }

    [Fact]
    public void Suggested_conclusions_name_the_indicators_that_worsened()
    {
        var points = OzpsNarrative.Suggestions(Seed003.Data.Value, Template, 2019, Sentences).Select(s => s.Replace('\u00A0', ' ')).ToList();
        Assert.Equal(2, points.Count);
        Assert.Contains("Wskaźnik pracy socjalnej: 123,90% w 2018 r., 123,19% w 2019 r. — zmiana niekorzystna; warto wskazać przyczyny i działania.", points);
        Assert.Contains(points, p => p.StartsWith("Mieszkańcy na jednego pracownika socjalnego: 1 839 w 2018 r., 2 000 w 2019 r.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_staffing_shortfall_is_suggested_with_the_number_of_workers_missing()
    {
        var data = With(Seed003.Data.Value, ("kadra", "pracownicy-socjalni", 2019, 9));
        Assert.Contains(OzpsNarrative.Suggestions(data, Template, 2019, Sentences), p => p.Contains("brakuje 1 pracownika socjalnego"));
    }

    [Fact]
    public void An_edited_sentence_file_with_an_unknown_noun_is_refused_naming_the_sentence()
    {
        var json = """{"opis":"","rzeczowniki":{},"rozdzialy":[{"tytul":"T","zdania":["Objęto {n:korzystajacy/1|klient}."]}],"propozycje":{"poczatek":"","wskaznik":"","kadra":"","brak":""}}""";
        var error = Assert.Single(NarrativeFile.Parse(json, "moje-zdania.json").Errors);
        Assert.Equal(NarrativeFile.InvalidFileCode, error.Code);
        Assert.Equal("moje-zdania.json", error.At.File);
        Assert.Contains("moje-zdania.json: zdanie „Objęto {n:korzystajacy/1|klient}.” używa rzeczownika „klient”", error.Message);
    }

    [Theory]
    [InlineData("{ nie json", "to nie jest poprawny plik zdań (JSON)")]
    [InlineData("null", "pusty plik zdań")]
    [InlineData("""{"opis":"","rzeczowniki":{"osoba":["osoba","osoby"]},"rozdzialy":[],"propozycje":{"poczatek":"","wskaznik":"","kadra":"","brak":""}}""", "rzeczownik „osoba” potrzebuje pięciu form")]
    public void An_edited_sentence_file_that_cannot_be_used_is_refused_with_the_reason(string json, string reason)
    {
        var error = Assert.Single(NarrativeFile.Parse(json, "moje-zdania.json").Errors);
        Assert.Equal(NarrativeFile.InvalidFileCode, error.Code);
        Assert.Contains(reason, error.Message);
    }

    private static OzpsUnitData With(OzpsUnitData data, params (string Table, string Row, int Year, decimal Value)[] changes)
    {
        var values = data.Values.ToList();
        foreach (var (table, row, year, value) in changes)
        {
            values.RemoveAll(v => v.Key == new OzpsKey(table, row, year));
            values.Add(TestData.Value(table, row, year, value));
        }
        return data with { Values = values };
    }
}
