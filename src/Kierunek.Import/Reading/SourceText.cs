using Kierunek.Domain.Results;
using System.Text;

namespace Kierunek.Import.Reading;

/// <summary>The lines of a text source, read strictly: UTF-8 only, no binary, within a size limit.</summary>
public sealed record SourceText(string FileName, IReadOnlyList<string> Lines)
{
    /// <summary>Large enough for any strategy report (the biggest seed is 157 KB), small enough to refuse a wrong file fast.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    public static Result<SourceText> Load(string path)
    {
        var name = Path.GetFileName(path);
        var at = new SourceLocation(name);
        if (InputFiles.NotAFile(path) is { } notAFile) return Result<SourceText>.Fail(notAFile);
        var size = new FileInfo(path).Length;
        if (size > MaxBytes)
            return Result<SourceText>.Fail(new Error(at, ImportErrorCodes.FileTooLarge,
                $"Plik ma {size / 1024 / 1024} MB, a limit to {MaxBytes / 1024 / 1024} MB: to nie wygląda na raport ze strategii. Podziel go albo sprawdź, czy to właściwy plik."));
        return FromBytes(name, File.ReadAllBytes(path));
    }

    public static Result<SourceText> FromBytes(string fileName, byte[] bytes)
    {
        var at = new SourceLocation(fileName);
        if (bytes.Length > MaxBytes)
            return Result<SourceText>.Fail(new Error(at, ImportErrorCodes.FileTooLarge,
                $"Plik ma {bytes.Length / 1024 / 1024} MB, a limit to {MaxBytes / 1024 / 1024} MB."));
        if (bytes.All(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
            return Result<SourceText>.Fail(new Error(at with { Line = 1 }, ImportErrorCodes.EmptyFile, "Plik jest pusty albo ma same odstępy: nie ma w nim żadnej tabeli."));

        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
            return Result<SourceText>.Fail(new Error(at with { Line = LineOf(bytes, nul) }, ImportErrorCodes.NotText,
                $"Plik nie jest tekstem (bajt zerowy na pozycji {nul}): zapisz tabelę z Worda jako tekst rozdzielany tabulatorami w UTF-8."));
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var position = e.Index >= 0 ? e.Index : 0;
            return Result<SourceText>.Fail(new Error(at, ImportErrorCodes.NotText,
                $"Plik nie jest tekstem UTF-8 (niepoprawny bajt w okolicy pozycji {position}): zapisz go ponownie jako UTF-8."));
        }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        return Result<SourceText>.Ok(new SourceText(fileName, lines));
    }

    private static int LineOf(byte[] bytes, int index) => 1 + bytes.AsSpan(0, index).Count((byte)'\n');
}
