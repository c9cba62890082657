using Microsoft.Extensions.Logging;

namespace Kierunek.Application.Tests;

/// <summary>A logger that keeps every line it is given — the event, the formatted text and the structured
/// values — so a test can check what a service logs and that no personal data is in it.</summary>
public sealed class RecordingLogger<T> : ILogger<T>
{
    public sealed record Line(EventId Event, LogLevel Level, string Text, IReadOnlyDictionary<string, object?> Values);

    private readonly List<Line> _lines = [];

    public IReadOnlyList<Line> Lines { get { lock (_lines) return [.. _lines]; } }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? pairs.Where(p => p.Key != "{OriginalFormat}").ToDictionary(p => p.Key, p => p.Value)
            : new Dictionary<string, object?>();
        lock (_lines) _lines.Add(new Line(eventId, logLevel, formatter(state, exception), values));
    }
}
