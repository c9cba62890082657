using Kierunek.Domain.Results;

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
    public static Error NotAllApproved(int waiting) => Error.Of(NotAllApprovedCode, $"Nie wszystkie wartości są zatwierdzone (brakuje: {waiting}).");
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
    /// <summary>Someone else saved first; <paramref name="by"/> and <paramref name="value"/> are what they saved.</summary>
    public static Error Conflict(string? by, string? value) => Error.Of(ConflictCode,
        $"Ktoś inny ({by}) zapisał tę wartość w międzyczasie: „{value}”. Twoja zmiana nie została zapisana — sprawdź ją i zapisz ponownie.");
}
