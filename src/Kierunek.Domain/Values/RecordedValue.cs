using System.Text.Json.Serialization;
namespace Kierunek.Domain.Values;

/// <summary>A cell exactly as printed (<see cref="Raw"/>, HTML included) with its typed reading.</summary>
public sealed record RecordedValue(string Raw, ValueReading Reading)
{
    [JsonIgnore] public ValueKind Kind => Reading.Kind;
    public override string ToString() => Reading.Text;
}
