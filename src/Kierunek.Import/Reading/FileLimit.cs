using Kierunek.Domain.Results;
using Kierunek.Domain.Values;

namespace Kierunek.Import.Reading;

/// <summary>How big a file of one kind may be, checked before a byte is read, with one message for every kind: the
/// file's size, the limit and what to do. Files under a limit read whole are small enough to hold; the only kind
/// allowed to be large, the OZPS CSV, is read line by line and stored as it goes (bounded memory whatever its size).</summary>
public sealed record FileLimit(string Kind, long MaxBytes, string Advice)
{
    /// <summary>A strategy report or an OZPS document saved as text or exchange JSON: the biggest seed is 157 KB.</summary>
    public static readonly FileLimit Document = new("dokumentu", 10L * 1024 * 1024,
        "To nie wygląda na raport ze strategii ani ocenę zasobów. Sprawdź, czy to właściwy plik, albo podziel go.");

    /// <summary>The bulk OZPS CSV: the whole country over six years is 148 MB; this leaves room for longer series and comments.</summary>
    public static readonly FileLimit OzpsCsv = new("pliku CSV z danymi OZPS", 512L * 1024 * 1024,
        "Podziel plik na województwa (wiersze jednej gminy razem) i wczytaj części po kolei.");

    /// <summary>Null when a file of <paramref name="size"/> bytes fits; else the refusal, naming the file and the limit.</summary>
    public Error? Check(string fileName, long size) => size <= MaxBytes ? null
        : new Error(new SourceLocation(fileName), ImportErrorCodes.FileTooLarge,
            $"Plik ma {PolishFormat.FileSize(size)}, a limit {Kind} to {PolishFormat.FileSize(MaxBytes)}. {Advice}");
}
