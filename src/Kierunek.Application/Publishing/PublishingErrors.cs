using Kierunek.Domain.Results;

namespace Kierunek.Application.Publishing;

/// <summary>Every way publishing a report, or withdrawing it, can be refused: each with a stable code (for the
/// log and the tests) and the message shown on the reports page. One list, so the page, the log and the tests
/// agree. The fields are the names the page's forms post.</summary>
public static class PublishingErrors
{
    public const string UnknownKindCode = "publishing.unknown-kind";
    public const string MonitoringInProgressCode = "publishing.monitoring-in-progress";
    public const string DocumentNotFoundCode = "publishing.document-not-found";
    public const string PdfUnavailableCode = "publishing.pdf-unavailable";
    public const string WithdrawalReasonMissingCode = "publishing.withdrawal-reason-missing";
    public const string NotPublicCode = "publishing.not-public";
    public const string YearOutsideStrategyCode = "publishing.year-outside-strategy";
    public const string NoValuesForYearCode = "publishing.no-values-for-year";
    public const string FailedCode = "publishing.failed";

    public static Error UnknownKind { get; } = Error.Of(UnknownKindCode, "Wybierz rodzaj sprawozdania.", "rodzaj");
    public static Error MonitoringInProgress(int year) =>
        Error.Of(MonitoringInProgressCode, $"Monitoring {year} jest w toku — opublikuj sprawozdanie, gdy wartości będą zatwierdzone, a okres zamknięty.", "rok");
    public static Error DocumentNotFound { get; } = Error.Of(DocumentNotFoundCode, "Nie ma takiej strategii.");
    /// <summary>Chromium, which prints the PDF, is missing; <paramref name="reason"/> says where it was looked for and how to install it.</summary>
    public static Error PdfUnavailable(string reason) => Error.Of(PdfUnavailableCode, $"Nie można przygotować wersji PDF: {reason}");
    public static Error WithdrawalReasonMissing { get; } = Error.Of(WithdrawalReasonMissingCode, "Podaj powód wycofania — zostanie zapisany w historii.", "powod");
    /// <summary>A year the strategy does not cover and nobody monitored: its report would only repeat the document.</summary>
    public static Error YearOutsideStrategy(int year, int from, int to) => Error.Of(YearOutsideStrategyCode,
        $"Strategia obejmuje lata {from}–{to}, a za {year} r. nie prowadzono monitoringu: sprawozdanie nie miałoby żadnych danych tego roku. Wybierz rok z lat {from}–{to}.", "rok");
    /// <summary>Nothing of the year to show: published only when the coordinator confirms it.</summary>
    public static Error NoValuesForYear(int year) => Error.Of(NoValuesForYearCode,
        $"Dokument nie ma żadnej wartości wskaźników za {year} r., a monitoringu za ten rok nie prowadzono — kolumny wartości byłyby puste. "
        + "Jeśli sprawozdanie ma mimo to trafić do części publicznej (np. jako wykaz zadań), zaznacz „Opublikuj mimo braku wartości za ten rok”.", "rok");
    public static Error Failed { get; } = Error.Of(FailedCode,
        "Nie udało się przygotować plików sprawozdania. Proszę spróbować ponownie; jeśli błąd się powtórzy, proszę zgłosić go administratorowi (szczegóły są w dzienniku aplikacji).");
    public static Error NotPublic { get; } = Error.Of(NotPublicCode, "Tej publikacji nie ma już w części publicznej.");
}
