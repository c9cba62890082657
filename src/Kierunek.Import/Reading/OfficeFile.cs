using DocumentFormat.OpenXml.Packaging;
using Kierunek.Domain.Results;
using Kierunek.Domain.Values;
using System.IO.Compression;

namespace Kierunek.Import.Reading;

/// <summary>Recognises a Word (.docx) or Excel (.xlsx) file by its content, not its name (an office renames files), and
/// hands it to <see cref="WordFile"/> or <see cref="ExcelFile"/>. An old .doc/.xls, a password-protected file and a
/// ZIP of something else are refused with what to do; a broken archive likewise — never an exception.</summary>
public static class OfficeFile
{
    /// <summary>What a .docx or .xlsx may hold unpacked: the seeds are under 1 MB of text, a 50 000-row sheet about 60 MB.
    /// An archive that unpacks to more is refused before it is read (a small file cannot fill the memory).</summary>
    public const long MaxUnpackedBytes = 256L * 1024 * 1024;

    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Compound = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>The file's lines when it is a Word or Excel file, its refusal when it is an Office file that cannot be
    /// read; null when it is not an Office file at all (then it is read as text).</summary>
    public static Result<SourceText>? Recognise(string fileName, byte[] bytes)
    {
        var at = new SourceLocation(fileName);
        if (bytes.AsSpan().StartsWith(Compound))
            return Result<SourceText>.Fail(new Error(at, ImportErrorCodes.UnsupportedOfficeFile,
                "Plik jest w starym formacie Worda lub Excela (.doc, .xls) albo jest chroniony hasłem. Otwórz go w Wordzie lub Excelu i zapisz jako „Dokument programu Word (.docx)” albo „Skoroszyt programu Excel (.xlsx)”, bez hasła, i wczytaj ponownie."));
        if (!bytes.AsSpan().StartsWith(Zip))
            return NamedAsOffice(fileName) && !IsPlainText(bytes) ? Result<SourceText>.Fail(Broken(fileName, "początek pliku nie jest archiwum ZIP")) : null;

        var kind = Inspect(fileName, bytes, out var refusal);
        if (refusal is not null) return Result<SourceText>.Fail(refusal);
        try
        {
            return kind == Kind.Word ? WordFile.Read(fileName, bytes) : ExcelFile.Read(fileName, bytes);
        }
        // The SDK reads a damaged part lazily: a bad attribute surfaces as FormatException or OverflowException, a bad
        // relationship from System.IO.Packaging as ArgumentException or NotSupportedException.
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException or FormatException or OverflowException or ArgumentException or NotSupportedException or System.Xml.XmlException or InvalidOperationException)
        {
            return Result<SourceText>.Fail(Broken(fileName, e.Message));
        }
    }

    private enum Kind { Word, Excel }

    /// <summary>Which kind of Office file the archive is, read from its table of contents alone.</summary>
    private static Kind Inspect(string fileName, byte[] bytes, out Error? refusal)
    {
        refusal = null;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            var unpacked = zip.Entries.Sum(e => e.Length);
            if (unpacked > MaxUnpackedBytes)
            {
                refusal = new Error(new SourceLocation(fileName), ImportErrorCodes.FileTooLarge,
                    $"Plik po rozpakowaniu ma {PolishFormat.FileSize(unpacked)}, a limit dokumentu Worda lub Excela po rozpakowaniu to {PolishFormat.FileSize(MaxUnpackedBytes)}. Usuń z pliku obrazy i arkusze, które nie są tabelą strategii, albo podziel go.");
                return default;
            }
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (names.Contains("word/document.xml")) return Kind.Word;
            if (names.Contains("xl/workbook.xml")) return Kind.Excel;
            refusal = new Error(new SourceLocation(fileName), ImportErrorCodes.UnsupportedOfficeFile,
                names.Any(n => n.StartsWith("ppt/", StringComparison.OrdinalIgnoreCase))
                    ? "To prezentacja PowerPointa, a nie dokument Worda ani arkusz Excela. Wczytaj dokument (.docx) albo arkusz (.xlsx) z tabelą strategii."
                    : "To archiwum ZIP, ale nie dokument Worda (.docx) ani arkusz Excela (.xlsx). Rozpakuj je i wczytaj plik z tabelą strategii.");
            return default;
        }
        catch (InvalidDataException e)
        {
            refusal = Broken(fileName, e.Message);
            return default;
        }
    }

    /// <summary>A name that says Word or Excel: a file so named that is not one was damaged (its first bytes lost).</summary>
    private static bool NamedAsOffice(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() is ".docx" or ".xlsx" or ".doc" or ".xls" or ".docm" or ".xlsm";

    /// <summary>UTF-8 without a zero byte: a table saved as text under an Office name is still read as text.</summary>
    private static bool IsPlainText(byte[] bytes)
    {
        if (Array.IndexOf(bytes, (byte)0) >= 0) return false;
        try
        {
            _ = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(bytes);
            return true;
        }
        catch (System.Text.DecoderFallbackException)
        {
            return false;
        }
    }

    private static Error Broken(string fileName, string why) => new(new SourceLocation(fileName), ImportErrorCodes.BrokenOfficeFile,
        $"Pliku nie da się otworzyć jako dokumentu Worda ani arkusza Excela: jest uszkodzony albo niekompletny ({why}). Otwórz go w Wordzie lub Excelu, zapisz ponownie i wczytaj jeszcze raz.");
}
