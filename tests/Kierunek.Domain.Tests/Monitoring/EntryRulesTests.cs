using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Values;

namespace Kierunek.Domain.Tests.Monitoring;

/// <summary>The checks a reporter's value passes before it is saved or submitted.</summary>
public class EntryRulesTests
{
    [Theory]
    [InlineData("b.d.", ValueKind.NoData)]
    [InlineData("ok. 3 700", ValueKind.Approximate)]
    [InlineData("8096 rodzin / 14 113 osób", ValueKind.Breakdown)]
    [InlineData("1 234 567,89 zł", ValueKind.Amount)]
    [InlineData("83,2%", ValueKind.Percentage)]
    [InlineData("x", ValueKind.NotApplicable)]
    public void The_notations_of_the_printed_reports_are_accepted_and_understood(string raw, ValueKind kind)
    {
        var check = EntryRules.Check(raw, null, null, submitting: true);
        Assert.True(check.IsValid, string.Join("; ", check.Errors));
        Assert.Equal(kind, check.Reading!.Kind);
    }

    [Fact]
    public void An_empty_value_is_neither_a_draft_nor_a_submission()
    {
        Assert.Equal(["Puste pole nie jest zapisywane jako wersja robocza — wpisz wartość albo „b.d.”, jeśli danych nie ma."],
            EntryRules.Check("", null, null, submitting: false).Errors);
        Assert.Equal(["Podaj wartość (albo „b.d.”, jeśli danych nie ma)."], EntryRules.Check("  ", null, null, submitting: true).Errors);
    }

    [Theory]
    [InlineData("-12")]
    [InlineData("ok. -300")]
    public void A_negative_count_needs_a_comment(string raw)
    {
        var check = EntryRules.Check(raw, null, null, submitting: true);
        Assert.True(check.NeedsComment);
        Assert.StartsWith("Liczba jest ujemna (", Assert.Single(check.Errors));
        Assert.True(EntryRules.Check(raw, "saldo przyjęć i wypisów", null, submitting: true).IsValid);
        Assert.True(EntryRules.Check("-2,5%", null, null, submitting: true).IsValid); // a percentage may fall
    }

    [Theory]
    [InlineData("brak danych z policji")]
    [InlineData("w ramach działalności statutowej")]
    public void A_text_where_last_year_had_a_number_needs_a_comment(string raw)
    {
        var lastYear = new RecordedValue("84", ValueReader.Read("84").Reading!);
        var check = EntryRules.Check(raw, null, lastYear, submitting: true);
        Assert.True(check.NeedsComment);
        Assert.Equal($"W ubiegłym roku podano liczbę („84”), a teraz „{raw}” — dodaj komentarz, dlaczego nie ma liczby.", Assert.Single(check.Errors));
        Assert.True(EntryRules.Check(raw, "Policja nie przekazała danych za 2021 r.", lastYear, submitting: true).IsValid);
        Assert.True(EntryRules.Check(raw, null, null, submitting: true).IsValid); // no number last year: nothing to explain
        Assert.True(EntryRules.Check("b.d.", null, lastYear, submitting: true).IsValid); // the reports' own marker for "no data"
    }

    [Fact]
    public void A_value_that_reads_as_nothing_known_says_why()
    {
        var check = EntryRules.Check("12,3,4", null, null, submitting: false);
        Assert.False(check.IsValid);
        Assert.StartsWith("Nie rozumiem wartości „12,3,4”", check.Errors[0]);
    }

    [Theory]
    [InlineData("100", "151", true)]   // +51%
    [InlineData("100", "150", false)]  // +50% is not more than half
    [InlineData("100", "49", true)]    // −51%
    [InlineData("ok. 3 700", "6000", true)]
    [InlineData("b.d.", "6000", false)] // nothing to compare with
    public void A_change_of_more_than_half_against_last_year_needs_a_comment(string lastYear, string now, bool needsComment)
    {
        var check = EntryRules.Check(now, null, Recorded(lastYear), submitting: true);
        Assert.Equal(needsComment, check.NeedsComment);
        Assert.Equal(needsComment, !check.IsValid);
        if (needsComment) Assert.True(EntryRules.Check(now, "Nowa placówka od marca.", Recorded(lastYear), submitting: true).IsValid);
    }

    [Fact]
    public void The_change_is_said_in_polish_percent()
    {
        var check = EntryRules.Check("151", null, Recorded("100"), submitting: true);
        Assert.Equal("Wartość zmieniła się o 51% względem ubiegłego roku — dodaj komentarz, który wyjaśni zmianę.", check.Errors.Single());
    }

    [Fact]
    public void Last_years_unit_is_kept()
    {
        var check = EntryRules.Check("12", null, Recorded("83,2%"), submitting: true);
        Assert.False(check.IsValid);
        Assert.Contains("w tej samej jednostce", check.Errors[0]);
        Assert.True(EntryRules.Check("b.d.", null, Recorded("83,2%"), submitting: true).IsValid); // a marker is not a unit
    }

    [Fact]
    public void Parts_may_not_exceed_their_whole()
    {
        var over = EntryRules.Check("ogółem 100, w tym kobiety 40, mężczyźni 70", null, null, submitting: true);
        Assert.Contains(over.Errors, e => e.StartsWith("Części (110) przekraczają całość (100)", StringComparison.Ordinal));
        Assert.True(EntryRules.Check("ogółem 100, w tym kobiety 40, mężczyźni 60", null, null, submitting: true).IsValid);
        Assert.True(EntryRules.Check("8096 rodzin / 14 113 osób", null, null, submitting: true).IsValid); // two measures, not parts
    }

    private static RecordedValue Recorded(string text) => new(text, ValueReader.Read(text).Reading!);
}
