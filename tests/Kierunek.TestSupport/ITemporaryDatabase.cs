namespace Kierunek.TestSupport;

/// <summary>A database that exists only for a test (or a test class) and is removed on dispose.</summary>
public interface ITemporaryDatabase : IDisposable, IAsyncDisposable
{
    /// <summary>What the application's --db option takes: a SQLite file path or a PostgreSQL connection string.</summary>
    string Target { get; }
}
