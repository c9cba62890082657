using System.Collections.Concurrent;
using Npgsql;

namespace Kierunek.TestSupport;

/// <summary>A database filled once per test run and provider ("sqlite", "postgres") and copied for every test that
/// starts from it: storing a seed document takes seconds, copying its database a fraction of one. Use it as an
/// assembly fixture, so that the templates are deleted when the run ends; every copy is the test's to dispose.</summary>
/// <param name="fill">Fills the new, empty database named by its target (what the application's --db option takes).</param>
public class DatabaseTemplate(Func<string, Task> fill) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<ITemporaryDatabase>>> templates = new();

    /// <summary>A new database with the template's contents, made on the first call for <paramref name="provider"/>.</summary>
    public async Task<ITemporaryDatabase> CopyAsync(string provider)
    {
        var template = await templates.GetOrAdd(provider, p => new Lazy<Task<ITemporaryDatabase>>(() => MakeAsync(p))).Value;
        return template switch
        {
            TemporarySqliteDatabase sqlite => sqlite.Copy(),
            TemporaryPostgresDatabase postgres => new TemporaryPostgresDatabase(template: postgres.Name),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "sqlite or postgres"),
        };
    }

    private async Task<ITemporaryDatabase> MakeAsync(string provider)
    {
        ITemporaryDatabase database = provider switch
        {
            "sqlite" => new TemporarySqliteDatabase(),
            "postgres" => new TemporaryPostgresDatabase(),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "sqlite or postgres"),
        };
        try
        {
            await fill(database.Target);
            if (database is TemporarySqliteDatabase sqlite) sqlite.Seal();
            // PostgreSQL copies a database only while no one is connected to it, idle pooled connections included.
            else NpgsqlConnection.ClearAllPools();
            return database;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var template in templates.Values)
            if (template.IsValueCreated && template.Value.IsCompletedSuccessfully) template.Value.Result.Dispose();
        GC.SuppressFinalize(this);
    }
}
