using Kierunek.Domain.Input;
using Kierunek.Domain.Language;
using Kierunek.Domain.Results;
using Kierunek.Domain.Values;

namespace Kierunek.Domain.Monitoring;

/// <summary>The conversation and the source documents around reported values: who may write and read them, what a
/// message may hold, and which files are taken — by their contents, not only their names, and never served to be
/// opened in the browser (they are downloads).</summary>
public static class Evidence
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const int MaxFileName = 200;

    /// <summary>A kind of file a source document may be, with the bytes it starts with.</summary>
    public sealed record FileKind(string Extension, string Name, byte[]? Signature);

    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OldOffice = [0xD0, 0xCF, 0x11, 0xE0];

    public static readonly IReadOnlyList<FileKind> Kinds =
    [
        new(".pdf", "PDF", "%PDF-"u8.ToArray()),
        new(".docx", "Word", Zip), new(".doc", "Word 97–2003", OldOffice), new(".odt", "OpenDocument", Zip),
        new(".xlsx", "Excel", Zip), new(".xls", "Excel 97–2003", OldOffice), new(".ods", "OpenDocument", Zip),
        new(".jpg", "JPEG", [0xFF, 0xD8, 0xFF]), new(".jpeg", "JPEG", [0xFF, 0xD8, 0xFF]), new(".png", "PNG", [0x89, 0x50, 0x4E, 0x47]),
        new(".csv", "CSV", null), new(".txt", "tekst", null),
    ];

    /// <summary>"PDF, DOCX, DOC, …" — for the form's hint and every refusal.</summary>
    public static string AllowedList => string.Join(", ", Kinds.Select(k => k.Extension.TrimStart('.').ToUpperInvariant()).Distinct());

    /// <summary>"10 MB" as the forms say it.</summary>
    public static string MaxSize => $"{MaxBytes / (1024 * 1024)} MB";

    /// <summary>A reviewer, or a reporter of the value's own institution; the conversation is theirs only.</summary>
    public static Error? MayTake(Actor actor, string institutionKey) =>
        actor.Reviews || actor.InstitutionKey == institutionKey ? null : MonitoringErrors.OtherInstitution;

    /// <summary>A message and a file may be added while the period is open (afterwards they are the record).</summary>
    public static Error? MayAdd(Actor actor, string institutionKey, PeriodState period) =>
        MayTake(actor, institutionKey) ?? (period == PeriodState.Locked ? MonitoringErrors.PeriodLocked : null);

    public static Result<string> Message(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return MonitoringErrors.MessageEmpty;
        return InputText.Check(trimmed, "Wiadomość", InputText.CommentLength, "wiadomosc") is { } bad ? bad : Result<string>.Ok(trimmed);
    }

    /// <summary>Whether a file may be kept: a name with a known extension, not empty, within <see cref="MaxBytes"/>, and
    /// starting with the bytes its kind starts with (a renamed program is not a PDF). Text files hold no NUL byte.</summary>
    public static Result<FileKind> File(string? fileName, long size, ReadOnlySpan<byte> head)
    {
        var name = Path(fileName);
        if (name.Length == 0) return MonitoringErrors.AttachmentMissing;
        if (name.Length > MaxFileName) return MonitoringErrors.AttachmentName(MaxFileName);
        var dot = name.LastIndexOf('.');
        var kind = dot < 0 ? null : Kinds.FirstOrDefault(k => k.Extension.Equals(name[dot..], StringComparison.OrdinalIgnoreCase));
        if (kind is null) return MonitoringErrors.AttachmentType(name, AllowedList);
        if (size == 0) return MonitoringErrors.AttachmentEmpty(name);
        if (size > MaxBytes) return MonitoringErrors.AttachmentTooLarge(name, PolishFormat.Number(Math.Ceiling(size / 1024m / 1024m * 10) / 10), MaxSize);
        var matches = kind.Signature is { } signature ? head.StartsWith(signature) : !head.Contains((byte)0);
        return matches ? Result<FileKind>.Ok(kind) : MonitoringErrors.AttachmentContent(name, kind.Name);
    }

    /// <summary>The file's own name without any folder a browser or a client put before it.</summary>
    public static string Path(string? fileName) =>
        (fileName ?? "").Replace('\\', '/').Split('/').Last().Trim();

    /// <summary>"2 pliki", for the counts beside a value.</summary>
    public static string Files(int count) => PolishPlural.Of(count, "plik", "pliki", "plików");
}
