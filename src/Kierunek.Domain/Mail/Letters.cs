using Kierunek.Domain.Language;
using Kierunek.Domain.Values;

namespace Kierunek.Domain.Mail;

/// <summary>The text of every e-mail Kierunek sends, in Polish and without assuming anyone's gender (impersonal forms,
/// "Pan/Pani" nowhere needed). The facts come in as small records; links are absolute addresses the caller made.</summary>
public static class Letters
{
    /// <summary>One open period's part of a reminder: what the institution has not yet handed in.</summary>
    /// <param name="Deadline">The campaign's sentence ("Termin przekazania: 15 marca 2022 r. (zostało 5 dni)").</param>
    public sealed record MissingValues(string Strategy, int Year, DateOnly? DeadlineDate, string? Deadline, IReadOnlyList<string> Items, string Link, string? Message);

    public sealed record ReturnedValue(string Item, string? Reason);

    public static Letter Invitation(string name, string role, string? institution, string link, DateOnly validUntil) =>
        new LetterBuilder()
            .Paragraph("Dzień dobry,")
            .Paragraph($"w systemie Kierunek założono konto: {name}, rola: {role}" + (institution is null ? "." : $", instytucja: {institution}."))
            .Paragraph($"Aby zacząć, trzeba ustawić własne hasło. Link działa jeden raz, do {PolishFormat.Date(validUntil)}.")
            .Link("Ustaw hasło", link)
            .Paragraph("Jeśli to konto jest nieoczekiwane, wystarczy tę wiadomość zignorować.")
            .Build("Zaproszenie do systemu Kierunek");

    /// <summary>A reminder to an institution that has not answered: every open period it owes values in, each with
    /// its deadline, what is missing and the link to the form.</summary>
    public static Letter Reminder(string institution, IReadOnlyList<MissingValues> periods)
    {
        var letter = new LetterBuilder().Paragraph("Dzień dobry,");
        var total = periods.Sum(p => p.Items.Count);
        // "została 1 wartość", "zostały 2 wartości", "zostało 5 wartości": the verb agrees with the count.
        letter.Paragraph($"{institution}: do przekazania w monitoringu {PolishPlural.Form(total, "została", "zostały", "zostało")} jeszcze {PolishPlural.Of(total, "wartość", "wartości", "wartości")}.");
        foreach (var p in periods)
        {
            letter.Heading($"{p.Strategy} — dane za {p.Year} r.");
            if (p.Deadline is not null) letter.Paragraph(p.Deadline);
            letter.List(p.Items).Link($"Formularz danych za {p.Year} r.", p.Link);
            if (p.Message is not null) letter.Quote("Wiadomość koordynatora", p.Message);
        }
        letter.Paragraph("Przypomnienia dostają tylko instytucje, które nie przekazały jeszcze danych, najwyżej raz dziennie. "
            + "Dane można też przekazać w arkuszu Excel pobranym z formularza.");
        var first = periods[0];
        return letter.Build(first.DeadlineDate is { } d
            ? $"Przypomnienie: dane do monitoringu za {first.Year} r. — termin {PolishFormat.Date(d)}"
            : $"Przypomnienie: dane do monitoringu za {first.Year} r.");
    }

    public static Letter ValuesReturned(string strategy, int year, string institution, IReadOnlyList<ReturnedValue> values, string link)
    {
        var letter = new LetterBuilder()
            .Paragraph("Dzień dobry,")
            .Paragraph($"w monitoringu „{strategy}” za {year} r. zwrócono do poprawy {PolishPlural.Of(values.Count, "wartość", "wartości", "wartości")} instytucji {institution}:");
        letter.List(values.Select(v => v.Reason is null ? v.Item : $"{v.Item} — powód: {v.Reason}").ToList());
        return letter.Link("Popraw wartości", link).Build($"Zwrot do poprawy: dane za {year} r. ({PolishPlural.Of(values.Count, "wartość", "wartości", "wartości")})");
    }

    public static Letter InstitutionSubmitted(string strategy, int year, string institution, int values, string response, string link) =>
        new LetterBuilder()
            .Paragraph("Dzień dobry,")
            .Paragraph($"Instytucja {institution} przekazała wszystkie dane do monitoringu „{strategy}” za {year} r. "
                + $"({PolishPlural.Of(values, "wartość", "wartości", "wartości")}); czekają na sprawdzenie.")
            .Paragraph(response)
            .Link("Sprawdź i zatwierdź", link)
            .Build($"Komplet danych za {year} r.: {institution}");

    public static Letter PeriodLocked(string strategy, int year, string lockedBy, string link) =>
        new LetterBuilder()
            .Paragraph("Dzień dobry,")
            .Paragraph($"monitoring „{strategy}” za {year} r. został zamknięty ({lockedBy}). Wartości nie można już zmieniać; "
                + "jeśli coś wymaga poprawy, prosimy o kontakt z koordynatorem, który może otworzyć okres ponownie.")
            .Link("Zobacz dane okresu", link)
            .Build($"Zamknięto monitoring za {year} r.");
}
