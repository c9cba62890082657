namespace Kierunek.Domain.Results;

/// <summary>Either a value or the errors that stopped it (all of them, not just the first). Nothing is written
/// unless <see cref="IsSuccess"/>.</summary>
public sealed record Result<T>(T? Value, IReadOnlyList<Error> Errors)
{
    public bool IsSuccess => Errors.Count == 0 && Value is not null;
    public static Result<T> Ok(T value) => new(value, []);
    public static Result<T> Fail(params Error[] errors) => new(default, errors);
    public static Result<T> Fail(IReadOnlyList<Error> errors) => new(default, errors);

    public static implicit operator Result<T>(Error error) => Fail(error);
}

/// <summary>The result of a step that gives nothing back but may be refused.</summary>
public sealed record Result(IReadOnlyList<Error> Errors)
{
    public bool IsSuccess => Errors.Count == 0;
    public static Result Ok { get; } = new([]);
    public static Result Fail(params Error[] errors) => new(errors);

    public static implicit operator Result(Error error) => Fail(error);
}
