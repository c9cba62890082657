namespace Kierunek.Domain.Results;

/// <summary>Where something was found or went wrong: a file with its line and column (by header name or
/// number), or — for a form, a command option or an API body — the field's name alone. A Word or Excel file read as
/// lines also says where the line is in the file as its user sees it (<see cref="Place"/>: "tabela 2, wiersz 14",
/// "arkusz „Wskaźniki”, wiersz 14"): its line number is the reader's, not something the user can find.</summary>
public sealed record SourceLocation(string File, int? Line = null, string? Column = null, string? Place = null)
{
    /// <summary>A field of a form or an option of a command ("komentarz", "--years").</summary>
    public static SourceLocation Field(string name) => new(name);

    public override string ToString()
    {
        if (Line is null) return File;
        var where = Place is null ? $"{File}:{Line}" : $"{File}, {Place}";
        return Column is null ? where : $"{where} [{Column}]";
    }
}
