using Kierunek.Domain.Results;
using System.Text;

namespace Kierunek.Import.Reading;

/// <summary>The lines of a source, read strictly: UTF-8 text only, no binary, within <see cref="FileLimit.Document"/>. A Word
/// (.docx) or Excel (.xlsx) file becomes the same lines Word's "save as text" writes (<see cref="OfficeFile"/>): one
/// line per paragraph and per table row, cells separated by tabs — so every layout, check and error reads it as it
/// reads the seeds.</summary>
public sealed record SourceText(string FileName, IReadOnlyList<string> Lines)
{
    /// <summary>Where each line was in a Word or Excel file ("tabela 2, wiersz 14"); empty for a text file, whose line
    /// number is its place.</summary>
    public IReadOnlyList<string?> Places { get; init; } = [];

    /// <summary>The place of line <paramref name="line"/> (1-based) in the file as its user sees it, or null.</summary>
    public string? PlaceOf(int? line) => line is { } l && l >= 1 && l <= Places.Count ? Places[l - 1] : null;

    /// <summary>Errors about lines of this source, each also naming its place in the Word or Excel file.</summary>
    public IReadOnlyList<Error> Locate(IReadOnlyList<Error> errors) =>
        Places.Count == 0 ? errors : errors.Select(e => PlaceOf(e.At.Line) is { } place ? e with { At = e.At with { Place = place } } : e).ToList();

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
        if (OfficeFile.Recognise(fileName, bytes) is { } office) return office;

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
            return Result<SourceText>.Fail(new Error(at with { Line = LineOf(bytes, Math.Min(position, bytes.Length)) }, ImportErrorCodes.NotText,
                $"Plik nie jest tekstem UTF-8 (niepoprawny bajt w okolicy pozycji {position}): zapisz go ponownie jako UTF-8."));
        }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        return Result<SourceText>.Ok(new SourceText(fileName, lines));
    }

    private static int LineOf(byte[] bytes, int index) => 1 + bytes.AsSpan(0, index).Count((byte)'\n');
}
