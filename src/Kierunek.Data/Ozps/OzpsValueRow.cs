namespace Kierunek.Data.Ozps;

/// <summary>One stored OZPS value: the text as entered or printed, its reading, and where it came from.</summary>
public sealed class OzpsValueRow
{
    public long Id { get; set; }
    public required string UnitCode { get; set; }
    public required string TableCode { get; set; }
    public required string RowCode { get; set; }
    public int Year { get; set; }
    public bool Forecast { get; set; }
    public required string Raw { get; set; }
    public required string Kind { get; set; }
    public decimal? Number { get; set; }
    public string? Comment { get; set; }
    public bool Synthetic { get; set; }
    public string? SourceFile { get; set; }
    public int? SourceLine { get; set; }
}
