namespace Kierunek.Domain.Results;

/// <summary>An expected failure, as a value: a stable code (for the API's problem+json, the CLI's exit code and
/// the tests), a Polish message that says what is wrong and what to do, and where — a file, line and cell, or a
/// field. Each use case lists its errors in one place (<c>…Errors</c>); exceptions are for bugs only.</summary>
public sealed record Error(SourceLocation At, string Code, string Message)
{
    /// <summary>A failure of a step rather than of a file: a refused workflow transition, a missing record, or
    /// a field of a form (<paramref name="field"/>) the message is about.</summary>
    public static Error Of(string code, string message, string? field = null) => new(SourceLocation.Field(field ?? ""), code, message);

    /// <summary>The field or option the error is about, when it is one (empty for a step as a whole).</summary>
    public string? Field => At.Line is null && At.File.Length > 0 ? At.File : null;

    public override string ToString() => At.File.Length == 0 ? Message : $"{At} — {Message}";
}
