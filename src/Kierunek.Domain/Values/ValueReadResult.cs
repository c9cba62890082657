namespace Kierunek.Domain.Values;

/// <summary>Either a reading or the reason the text cannot be read (e.g. "12,3,4").</summary>
public sealed record ValueReadResult(ValueReading? Reading, string? Error)
{
    public bool IsSuccess => Reading is not null;
    public static ValueReadResult Ok(ValueReading reading) => new(reading, null);
    public static ValueReadResult Fail(string error) => new(null, error);
}
