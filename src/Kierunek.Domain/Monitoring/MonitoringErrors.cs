using Kierunek.Domain.Input;
using Kierunek.Domain.Results;
using Kierunek.Domain.Values;

namespace Kierunek.Domain.Monitoring;

/// <summary>Every way a step of the monitoring can be refused, each with its code (returned by the API in
/// problem+json) and the message shown beside the form. One list, so a page, the API and the tests agree.</summary>
public static class MonitoringErrors
{
    public const string ReviewersOnlyCode = "monitoring.reviewers-only";
    public const string InvalidYearCode = "monitoring.invalid-year";
    public const string NothingChosenCode = "monitoring.nothing-chosen";
    public const string PeriodExistsCode = "monitoring.period-exists";
    public const string PeriodNotFoundCode = "monitoring.period-not-found";
    public const string PeriodLockedCode = "monitoring.period-locked";
    public const string PeriodNotLockedCode = "monitoring.period-not-locked";
    public const string ReopenReasonMissingCode = "monitoring.reopen-reason-missing";
    public const string NotAllApprovedCode = "monitoring.not-all-approved";
    public const string NotDeliveredCode = "monitoring.not-delivered";
    public const string ItemWithoutIndicatorsCode = "monitoring.item-without-indicators";
    public const string ItemAlreadyStartedCode = "monitoring.item-already-started";
    public const string EntryNotFoundCode = "monitoring.entry-not-found";
    public const string OtherInstitutionCode = "monitoring.other-institution";
    public const string EntryApprovedCode = "monitoring.entry-approved";
    public const string EntryAwaitingReviewCode = "monitoring.entry-awaiting-review";
    public const string InvalidValueCode = "monitoring.invalid-value";
    public const string ReturnReasonMissingCode = "monitoring.return-reason-missing";
    public const string NotSubmittedCode = "monitoring.not-submitted";
    public const string ConflictCode = "monitoring.conflict";
    public const string EntryReopenReasonMissingCode = "monitoring.entry-reopen-reason-missing";
    public const string NotApprovedCode = "monitoring.not-approved";
    public const string DeadlineOutOfRangeCode = "monitoring.deadline-out-of-range";
    public const string GraceOutOfRangeCode = "monitoring.grace-out-of-range";
    public const string NoDeadlineCode = "monitoring.no-deadline";
    public const string InstitutionNotChosenCode = "monitoring.institution-not-chosen";
    public const string ExtensionDateMissingCode = "monitoring.extension-date-missing";
    public const string ExtensionNotLaterCode = "monitoring.extension-not-later";
    public const string ExtensionReasonMissingCode = "monitoring.extension-reason-missing";
    public const string ExtensionOvertakenCode = "monitoring.extension-overtaken";
    public const string ExtensionNotFoundCode = "monitoring.extension-not-found";
    public const string DeadlinePassedCode = "monitoring.deadline-passed";
    public const string InvalidDateCode = "monitoring.invalid-date";
    public const string ScaleCode = "monitoring.scale";
    public const string StepOutOfScaleCode = "monitoring.step-out-of-scale";
    public const string StepMissingCode = "monitoring.step-missing";
    public const string SpendingNotMoneyCode = "monitoring.spending-not-money";
    public const string TermNoteMissingCode = "monitoring.term-note-missing";
    public const string MessageEmptyCode = "monitoring.message-empty";
    public const string AttachmentCode = "monitoring.attachment";

    /// <summary>Only a coordinator (or approver, administrator) may do this; <paramref name="message"/> names the step.</summary>
    public static Error ReviewersOnly(string message) => Error.Of(ReviewersOnlyCode, message);
    public static Error InvalidYear { get; } = Error.Of(InvalidYearCode, "Podaj rok okresu, np. 2024.", "rok");
    public static Error NothingChosen { get; } = Error.Of(NothingChosenCode, "Wybierz pozycję i instytucję.");
    public static Error PeriodExists(int year) => Error.Of(PeriodExistsCode, $"Okres {year} dla tej strategii już istnieje.", "rok");
    public static Error PeriodNotFound { get; } = Error.Of(PeriodNotFoundCode, "Nie ma takiego okresu.");
    public static Error PeriodLocked { get; } = Error.Of(PeriodLockedCode, "Okres jest zamknięty.");
    public static Error PeriodLockedForReporters { get; } =
        Error.Of(PeriodLockedCode, "Okres jest zamknięty — zmiana wymaga ponownego otwarcia przez koordynatora.");
    public static Error PeriodLockedForCorrection { get; } =
        Error.Of(PeriodLockedCode, "Okres jest zamknięty — aby poprawić zatwierdzoną wartość, otwórz najpierw ponownie okres (z powodem).");
    public static Error PeriodAlreadyLocked { get; } = Error.Of(PeriodLockedCode, "Okres jest już zamknięty.");
    public static Error PeriodNotLocked { get; } = Error.Of(PeriodNotLockedCode, "Okres nie jest zamknięty.");
    public static Error ReopenReasonMissing { get; } = Error.Of(ReopenReasonMissingCode, "Podaj powód ponownego otwarcia okresu.", "powód");
    public static Error NotAllApproved(int waiting) => Error.Of(NotAllApprovedCode,
        $"Okresu nie można zamknąć: {Language.PolishPlural.Of(waiting, "przekazana wartość czeka", "przekazane wartości czekają", "przekazanych wartości czeka")} na zatwierdzenie albo zwrot (lista poniżej).");
    public static Error NotDelivered(int missing) => Error.Of(NotDeliveredCode,
        $"Instytucje nie przekazały: {Language.PolishPlural.Of(missing, "wartość", "wartości", "wartości")} (lista poniżej). Można poczekać albo zamknąć okres mimo braków — w sprawozdaniach będą jako „nie przekazano”.");
    public static Error ItemWithoutIndicators { get; } = Error.Of(ItemWithoutIndicatorsCode, "Ta pozycja nie ma wskaźników do uzupełnienia.");
    public static Error ItemAlreadyStarted(string institution) =>
        Error.Of(ItemAlreadyStartedCode, $"Pozycję ma już {institution}, która zaczęła wprowadzać wartości.");
    public static Error EntryNotFound { get; } = Error.Of(EntryNotFoundCode, "Nie ma takiej wartości.");
    public static Error OtherInstitution { get; } = Error.Of(OtherInstitutionCode, "Ta wartość należy do innej instytucji.");
    public static Error EntryApproved { get; } = Error.Of(EntryApprovedCode, "Wartość jest już zatwierdzona.");
    public static Error EntryAwaitingReview { get; } = Error.Of(EntryAwaitingReviewCode, "Wartość czeka na przegląd koordynatora.");
    /// <summary>The value breaks <see cref="EntryRules"/>: every reason, in one message beside the field.</summary>
    public static Error InvalidValue(IEnumerable<string> reasons) => Error.Of(InvalidValueCode, string.Join(" ", reasons), "wartość");
    public static Error ReturnReasonMissing { get; } = Error.Of(ReturnReasonMissingCode, "Napisz, co trzeba poprawić.", "uwaga");
    public static Error EntryReopenReasonMissing { get; } =
        Error.Of(EntryReopenReasonMissingCode, "Podaj powód ponownego otwarcia wartości — zostanie zapisany w historii.", "powód");
    public static Error NotApproved { get; } = Error.Of(NotApprovedCode, "Ponownie otworzyć można tylko zatwierdzoną wartość.");
    public static Error NotSubmitted { get; } = Error.Of(NotSubmittedCode, "Przeglądać można tylko wartości przekazane przez instytucję.");
    public static Error DeadlineOutOfRange(int from, int to) =>
        Error.Of(DeadlineOutOfRangeCode, $"Termin musi przypadać między 1 stycznia {from} r. a 31 grudnia {to} r. — sprawdź rok w dacie.", "termin");
    public static Error InvalidDate(string text, string field) => Error.Of(InvalidDateCode,
        $"Nie rozpoznano daty „{InputText.Quote(text)}” — wpisz ją jako {DateText.Example} albo 15 marca 2022.", field);
    public static Error GraceOutOfRange { get; } =
        Error.Of(GraceOutOfRangeCode, $"Dodatkowy czas po terminie to od 0 do {Campaign.MaxGraceDays} dni.", "karencja");
    public static Error NoDeadline { get; } =
        Error.Of(NoDeadlineCode, "Okres nie ma jeszcze terminu przekazania — ustaw go najpierw, potem przedłużaj dla instytucji.", "termin");
    public static Error InstitutionNotChosen { get; } = Error.Of(InstitutionNotChosenCode, "Wybierz instytucję z listy.", "instytucja");
    public static Error ExtensionDateMissing { get; } = Error.Of(ExtensionDateMissingCode, "Podaj nowy termin dla instytucji.", "nowy-termin");
    public static Error ExtensionNotLater(DateOnly deadline) => Error.Of(ExtensionNotLaterCode,
        $"Nowy termin musi być późniejszy niż termin okresu ({PolishFormat.Date(deadline)}).", "nowy-termin");
    public static Error ExtensionReasonMissing { get; } =
        Error.Of(ExtensionReasonMissingCode, "Podaj powód przedłużenia terminu — zostanie zapisany w historii.", "powód");
    public static Error ExtensionOvertaken(string institution, DateOnly until) => Error.Of(ExtensionOvertakenCode,
        $"Instytucja {institution} ma przedłużony termin do {PolishFormat.Date(until)}, a nowy termin okresu nie jest wcześniejszy. Cofnij najpierw to przedłużenie albo wybierz wcześniejszy termin.", "termin");
    public static Error ExtensionNotFound { get; } = Error.Of(ExtensionNotFoundCode, "Ta instytucja nie ma przedłużonego terminu.");
    /// <summary>Entry closed by itself: <paramref name="deadline"/> and the grace period passed (<see cref="Campaign.EntryClosed"/>).</summary>
    public static Error DeadlinePassed(DateOnly deadline, DateOnly lastDay) => Error.Of(DeadlinePassedCode,
        // Each date ends with "r.", which also ends the sentence.
        $"Termin przekazania minął {PolishFormat.Date(deadline)}" + (lastDay > deadline ? $", a wartości można było wprowadzać do {PolishFormat.Date(lastDay)}" : "")
        + " O przedłużenie terminu dla instytucji proszę zwrócić się do koordynatora monitoringu.");
    public static Error ScaleStepCount { get; } = Error.Of(ScaleCode, $"Skala ma {ProgressScale.Steps} kroków — podaj nazwę każdego z nich.");
    public static Error ScaleLabelMissing(int step) => Error.Of(ScaleCode, $"Podaj nazwę kroku {step}.", $"krok-{step}");
    public static Error ScaleLabelRepeated(int step, string label) =>
        Error.Of(ScaleCode, $"Krok {step} ma tę samą nazwę co wcześniejszy („{InputText.Quote(label)}”) — kroki muszą się różnić.", $"krok-{step}");
    public static Error StepOutOfScale { get; } = Error.Of(StepOutOfScaleCode, $"Stan realizacji to krok od 1 do {ProgressScale.Steps} skali.", "stan-realizacji");
    public static Error StepMissing { get; } = Error.Of(StepMissingCode, "Wybierz stan realizacji działania.", "stan-realizacji");
    public static Error SpendingNotMoney(string label, string raw, string field) => Error.Of(SpendingNotMoneyCode,
        $"Wydatki — {label}: nie rozumiem „{InputText.Quote(raw)}” jako kwoty. Wpisz kwotę (np. 12 500,00 zł), „b.d.” albo opis, np. „w ramach działalności statutowej”.", field);
    public static Error SpendingNegative(string label, string field) => Error.Of(SpendingNotMoneyCode, $"Wydatki — {label}: kwota nie może być ujemna.", field);
    public static Error TermNoteMissing { get; } =
        Error.Of(TermNoteMissingCode, "Termin nie został dotrzymany — napisz, na kiedy przesunięto realizację i dlaczego.", "termin-uwagi");
    /// <summary>Someone else saved first; <paramref name="by"/> and <paramref name="value"/> are what they saved.</summary>
    public static Error Conflict(string? by, string? value) => Error.Of(ConflictCode,
        $"Ktoś inny ({by}) zapisał tę wartość w międzyczasie: „{value}”. Wprowadzona tu zmiana nie została zapisana — proszę ją sprawdzić i zapisać ponownie.");
    public static Error MessageEmpty { get; } = Error.Of(MessageEmptyCode, "Wpisz treść wiadomości.", "wiadomosc");
    public static Error AttachmentMissing { get; } = Error.Of(AttachmentCode, "Wybierz plik do dołączenia.", "plik");
    public static Error AttachmentName(int max) => Error.Of(AttachmentCode, $"Nazwa pliku może mieć najwyżej {max} znaków — zmień nazwę pliku i dołącz go ponownie.", "plik");
    public static Error AttachmentType(string name, string allowed) => Error.Of(AttachmentCode,
        $"Plik „{InputText.Quote(name)}” ma rodzaj, którego nie przyjmujemy. Dozwolone: {allowed}.", "plik");
    public static Error AttachmentEmpty(string name) => Error.Of(AttachmentCode, $"Plik „{InputText.Quote(name)}” jest pusty.", "plik");
    public static Error AttachmentTooLarge(string name, string size, string max) => Error.Of(AttachmentCode,
        $"Plik „{InputText.Quote(name)}” ma {size} MB, a można dołączyć najwyżej {max}. Zmniejsz go (np. zapisz skan w niższej rozdzielczości) albo podziel na części.", "plik");
    public static Error AttachmentContent(string name, string kind) => Error.Of(AttachmentCode,
        $"Plik „{InputText.Quote(name)}” nie jest plikiem {kind}, choć tak wskazuje jego nazwa. Zapisz dokument ponownie w tym formacie i dołącz go jeszcze raz.", "plik");
    public static Error AttachmentNotFound { get; } = Error.Of(EntryNotFoundCode, "Nie ma takiego pliku.");
}
