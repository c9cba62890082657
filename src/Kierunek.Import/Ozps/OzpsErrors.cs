namespace Kierunek.Import.Ozps;

/// <summary>Every error code of reading and storing an OZPS (a document like seed 003, a bulk CSV, the `ozps`
/// commands). The message of each error names the file, line and cell and what to do; the code says which
/// kind of problem it is, for a program and for the tests.</summary>
public static class OzpsErrors
{
    /// <summary>The file has no title like "Gminy Miasto Lubartów - 2019 rok": not an OZPS.</summary>
    public const string NotAnAssessment = "ozps.not-an-assessment";
    /// <summary>A gmina's name or TERYT code that the TERC register does not know.</summary>
    public const string UnknownUnit = "ozps.unknown-unit";
    /// <summary>No table of the template was found in the document.</summary>
    public const string NoTables = "ozps.no-tables";
    /// <summary>A table's header (years) or the CSV's header line is not as the template asks.</summary>
    public const string BadHeader = "ozps.bad-header";
    /// <summary>The document stops early: its last row is cut, or template tables, rows or series it must have are missing.</summary>
    public const string Truncated = "ozps.truncated";
    /// <summary>A table the template does not have.</summary>
    public const string UnknownTable = "ozps.unknown-table";
    /// <summary>A row number or code the table does not have.</summary>
    public const string UnknownRow = "ozps.unknown-row";
    /// <summary>A row whose label differs from the template's (the wrong form, or a shifted row).</summary>
    public const string LabelMismatch = "ozps.label-mismatch";
    /// <summary>A cell that does not read as the row's unit (a word in a numeric row …).</summary>
    public const string BadCell = "ozps.bad-cell";
    /// <summary>A CSV line with the wrong number of fields.</summary>
    public const string FieldCount = "ozps.field-count";
    /// <summary>A year that is not a year (nor a forecast like 2020P).</summary>
    public const string BadYear = "ozps.bad-year";
    /// <summary>The CSV file is missing, too large, not UTF-8, or holds no value.</summary>
    public const string BadFile = "ozps.bad-file";
    /// <summary>The same value given twice across the files of one import.</summary>
    public const string Duplicate = "ozps.duplicate";
    /// <summary>A unit's lines come back after its earlier values were handed on to be stored (a large file not sorted by unit).</summary>
    public const string UnitSplit = "ozps.unit-split";
    /// <summary>A rule of the template broken (w tym above its row, …): stops the import.</summary>
    public const string RuleBroken = "ozps.rule-broken";
    /// <summary>A command given a file of several units where it works on one.</summary>
    public const string SeveralUnits = "ozps.several-units";
    /// <summary>Nothing stored for the unit or region a command asks about.</summary>
    public const string NoData = "ozps.no-data";
    /// <summary>An edited sentences file (--zdania) that cannot be used.</summary>
    public const string BadSentences = Domain.Ozps.Narrative.NarrativeFile.InvalidFileCode;
    /// <summary>A --years range that is not one (2014-2019).</summary>
    public const string BadYears = "ozps.bad-years";
}
