namespace Kierunek.Import;

/// <summary>Where in a source something was found: file, line, and column (by header name or number).</summary>
public sealed record SourceLocation(string File, int? Line = null, string? Column = null)
{
    public override string ToString() =>
        Line is null ? File : Column is null ? $"{File}:{Line}" : $"{File}:{Line} [{Column}]";
}

/// <summary>An expected failure of an import, with its place and a message saying what to fix.</summary>
public sealed record ImportError(SourceLocation At, string Code, string Message)
{
    public override string ToString() => $"{At} — {Message}";
}

/// <summary>Either a value or the errors that stopped it. Nothing is written unless <see cref="IsSuccess"/>.</summary>
public sealed record ImportResult<T>(T? Value, IReadOnlyList<ImportError> Errors)
{
    public bool IsSuccess => Errors.Count == 0 && Value is not null;
    public static ImportResult<T> Ok(T value) => new(value, []);
    public static ImportResult<T> Fail(params ImportError[] errors) => new(default, errors);
    public static ImportResult<T> Fail(IReadOnlyList<ImportError> errors) => new(default, errors);
}
