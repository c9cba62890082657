namespace Kierunek.Import.Tests.Mapping;

/// <summary>Tables in layouts no interpreter knows, as offices send them; written as .xlsx, .csv and .docx by the tests
/// (<c>OfficeCopies</c>). Shared with the application and browser tests of the wizard.</summary>
public static class WizardFixtures
{
    /// <summary>A programme's indicator sheet exported from another system: dots between thousands, years not yet measured left empty.</summary>
    public const string ExcelTable =
        "Kod\tNazwa\tWskaźnik\tJednostka\tWartość bazowa\t2023\t2024\t2025\tBudżet gminy (zł)\n" +
        "1.\tWsparcie rodzin\t\t\t\t\t\t\t\n" +
        "1.1\tAsystentura rodzinna\tliczba rodzin objętych asystenturą\trodziny\t1.250\t1.310\t\t\t12.500.000\n" +
        "1.2\tDożywianie dzieci\tliczba dzieci\tosoby\tb.d.\t2.048\t\t\t1.200.000,50\n" +
        "2.\tAktywizacja seniorów\t\t\t\t\t\t\t\n" +
        "2.1\tKluby seniora\tliczba klubów\tszt.\t4\t5\t\t\tw ramach działalności statutowej\n";

    /// <summary>A CSV saved by a program that writes decimals with dots; the code stands at the start of the name.</summary>
    public const string CsvTable =
        "Cel / działanie;Wskaźnik;2023;2024\n" +
        "1. Ograniczenie ubóstwa;;;\n" +
        "1.1 Pomoc w formie zasiłków;odsetek mieszkańców korzystających z pomocy;3.75%;3.5%\n" +
        "1.2 Prace społecznie użyteczne;średnia liczba godzin na osobę;12.5;ok. 14\n";

    /// <summary>A Word table with two header rows (the years under "Wartości") and codes I. / 1. / 1.1.</summary>
    public const string WordTable =
        "Kod\tNazwa\tWskaźnik\tWartości\t\tRealizatorzy\n" +
        "\t\t\t2023\t2024\t\n" +
        "I.\tOBSZAR: RODZINA\t\t\t\t\n" +
        "1.\tWzmocnienie rodzin\t\t\t\t\n" +
        "1.1\tPoradnictwo specjalistyczne\tliczba porad\t412\t8096 rodzin / 14 113 osób\tMOPS, Poradnia Psychologiczno-Pedagogiczna\n" +
        "1.2\tMieszkania wspomagane\tliczba mieszkań\tx\tj.w.\tMOPS\n";
}
