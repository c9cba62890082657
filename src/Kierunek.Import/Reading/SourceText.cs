using Kierunek.Domain.Results;
using System.Text;

namespace Kierunek.Import.Reading;

/// <summary>The lines of a text source, read strictly: UTF-8 only, no binary, within <see cref="FileLimit.Document"/>.</summary>
public sealed record SourceText(string FileName, IReadOnlyList<string> Lines)
{
    public static Result<SourceText> Load(string path)
    {
        var name = Path.GetFileName(path);
        if (InputFiles.NotAFile(path) is { } notAFile) return Result<SourceText>.Fail(notAFile);
        if (FileLimit.Document.Check(name, new FileInfo(path).Length) is { } tooLarge) return Result<SourceText>.Fail(tooLarge);
        return FromBytes(name, File.ReadAllBytes(path));
    }

    public static Result<SourceText> FromBytes(string fileName, byte[] bytes)
    {
        var at = new SourceLocation(fileName);
        if (FileLimit.Document.Check(fileName, bytes.Length) is { } tooLarge) return Result<SourceText>.Fail(tooLarge);
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
