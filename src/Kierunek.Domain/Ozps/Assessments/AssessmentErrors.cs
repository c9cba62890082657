using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Results;

namespace Kierunek.Domain.Ozps.Assessments;

/// <summary>Every refusal of the OZPS form and its review. The workflow is the monitoring's (<see cref="EntryWorkflow"/>),
/// so its codes are kept; only the words change, because here the whole assessment moves, not one value.</summary>
public static class AssessmentErrors
{
    public const string BadCellCode = "ozps.bad-cell";
    public const string UnknownTableCode = "ozps.unknown-table";
    public const string NotYoursCode = "ozps.not-yours";
    public const string RulesBrokenCode = "ozps.rules-broken";
    public const string ConflictCode = "ozps.conflict";
    public const string ConclusionsTooLongCode = "ozps.conclusions-too-long";

    public const string NotFoundCode = "ozps.not-found";

    public static Error NotFound { get; } = Error.Of(NotFoundCode, "Nie ma takiej jednostki albo konto nie ma do niej dostępu.");

    public static Error BadCell(string message, string field) => Error.Of(BadCellCode, message, field);

    public static Error UnknownTable(string code) => Error.Of(UnknownTableCode, $"Wzór OZPS nie ma tabeli „{code}”.");

    public static Error NotYours { get; } = Error.Of(NotYoursCode,
        "Tę ocenę wypełniają pracownicy jej gminy (albo powiatu). Konto nie ma przypisanego tego kodu TERYT — o zmianę proszę zwrócić się do administratora.");

    public static Error NotInRegion { get; } = Error.Of(NotYoursCode, "Ta jednostka nie należy do województwa przypisanego kontu.");

    public static Error RulesBroken(int count) => Error.Of(RulesBrokenCode,
        $"Ocena ma {Language.PolishPlural.Of(count, "błąd", "błędy", "błędów")} reguł wzoru (lista poniżej) — popraw je przed przekazaniem do ROPS. Ostrzeżenia nie blokują przekazania.");

    public static Error Conflict { get; } = Error.Of(ConflictCode,
        "Ktoś inny zapisał tę ocenę w międzyczasie. Zmiany z tego formularza nie zostały zapisane — otwórz ocenę ponownie i wprowadź je jeszcze raz.");

    /// <summary>The monitoring workflow's refusal in the words of an assessment (the code stays).</summary>
    public static Error Worded(Error error) => error.Code switch
    {
        MonitoringErrors.EntryApprovedCode => error with { Message = "Ocena jest już zatwierdzona przez ROPS — poprawka wymaga ponownego otwarcia przez ROPS." },
        MonitoringErrors.EntryAwaitingReviewCode => error with { Message = "Ocena została przekazana do ROPS i czeka na przegląd — do tego czasu nie można jej zmieniać." },
        MonitoringErrors.NotSubmittedCode => error with { Message = "Zwrócić albo zatwierdzić można tylko ocenę przekazaną przez jednostkę." },
        MonitoringErrors.NotApprovedCode => error with { Message = "Ponownie otworzyć można tylko zatwierdzoną ocenę." },
        MonitoringErrors.PeriodLockedCode => error with { Message = "Zbieranie ocen za ten rok jest zamknięte przez ROPS." },
        MonitoringErrors.ReviewersOnlyCode => error with { Message = "Oceny przegląda ROPS: koordynator albo zatwierdzający z kodem województwa." },
        MonitoringErrors.DeadlinePassedCode => error with { Message = error.Message.Replace("koordynatora monitoringu", "ROPS", StringComparison.Ordinal) },
        _ => error,
    };
}
