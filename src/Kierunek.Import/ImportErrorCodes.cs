namespace Kierunek.Import;

/// <summary>Every error code an import can give; each has a test that produces it.</summary>
public static class ImportErrorCodes
{
    public const string FileNotFound = "file-not-found";
    public const string Folder = "folder-not-file";
    public const string EmptyFile = "empty-file";
    public const string FileTooLarge = "file-too-large";
    public const string NotText = "not-text";
    /// <summary>A .docx or .xlsx that cannot be opened (a broken archive, a password, a part missing).</summary>
    public const string BrokenOfficeFile = "broken-office-file";
    /// <summary>A Word 97–2003 .doc or Excel .xls, or an Office file of another kind (.pptx): saved again as .docx/.xlsx it reads.</summary>
    public const string UnsupportedOfficeFile = "unsupported-office-file";
    public const string UnknownLayout = "unknown-layout";
    public const string OzpsDocument = "ozps-document";
    public const string MalformedNumber = "malformed-number";
    public const string TruncatedRow = "truncated-row";
    /// <summary>Every row is whole, but the document stops before its own structure ends (a goal without its
    /// "razem" row, a main goal without its summary, an OZPS template table or series missing).</summary>
    public const string TruncatedDocument = "truncated-document";
    public const string NoTableRows = "no-table-rows";
    /// <summary>A row where the layout cannot have it (a priority before any goal): the rows are out of order.</summary>
    public const string MisplacedRow = "misplaced-row";
    /// <summary>A new version of a stored document that removes items, indicators or values, imported without --replace.</summary>
    public const string ReimportShrinks = "reimport-shrinks";
    public const string InvalidExchangeFile = Domain.Strategies.Exchange.DocumentJson.InvalidFile;
}
