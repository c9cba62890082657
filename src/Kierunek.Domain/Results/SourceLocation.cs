namespace Kierunek.Domain.Results;

/// <summary>Where something was found or went wrong: a file with its line and column (by header name or
/// number), or — for a form, a command option or an API body — the field's name alone.</summary>
public sealed record SourceLocation(string File, int? Line = null, string? Column = null)
{
    /// <summary>A field of a form or an option of a command ("komentarz", "--years").</summary>
    public static SourceLocation Field(string name) => new(name);

    public override string ToString() =>
        Line is null ? File : Column is null ? $"{File}:{Line}" : $"{File}:{Line} [{Column}]";
}
