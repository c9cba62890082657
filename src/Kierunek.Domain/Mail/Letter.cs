namespace Kierunek.Domain.Mail;

/// <summary>An e-mail's content, the same text twice: plain for every mail program and HTML for those that show it.
/// Made by <see cref="Letters"/>; who receives it and when is the application's business.</summary>
public sealed record Letter(string Subject, string Text, string Html);

/// <summary>Why an e-mail was written; the outbox filters and names them by it.</summary>
public enum LetterKind
{
    Invitation,
    Reminder,
    ValuesReturned,
    InstitutionSubmitted,
    PeriodLocked,
}

/// <summary>Where an e-mail stands in the outbox.</summary>
public enum LetterState
{
    /// <summary>Waiting for its time (a digest's minutes, or the next attempt after a failure).</summary>
    Pending,
    Sent,
    /// <summary>Every attempt failed; it stays in the outbox, shown, until someone sends it again.</summary>
    Failed,
}

public static class LetterNames
{
    public static string Of(LetterKind kind) => kind switch
    {
        LetterKind.Invitation => "zaproszenie",
        LetterKind.Reminder => "przypomnienie o terminie",
        LetterKind.ValuesReturned => "zwrot do poprawy",
        LetterKind.InstitutionSubmitted => "komplet danych instytucji",
        LetterKind.PeriodLocked => "zamknięcie okresu",
        _ => kind.ToString(),
    };

    public static string Of(LetterState state) => state switch
    {
        LetterState.Pending => "czeka na wysłanie",
        LetterState.Sent => "wysłano",
        LetterState.Failed => "nie wysłano",
        _ => state.ToString(),
    };
}
