using Kierunek.TestSupport;

// Deletes the template at the end of the run.
[assembly: AssemblyFixture(typeof(Kierunek.Web.Tests.SeededDatabase))]

namespace Kierunek.Web.Tests;

/// <summary>The database the demo data makes on the application's first start (every seed imported, the demo
/// accounts created), made once per test run when the first <see cref="WebFactory"/> is created. Every factory
/// starts on its own copy, where the demo data finds the documents and only resets the accounts' passwords:
/// the seed import, the slow part of a start, runs once instead of once per test class.</summary>
public sealed class SeededDatabase : IDisposable
{
    // A Lazy<T>, not a Lazy<Task>: WebApplicationFactory builds and starts its host synchronously, so the
    // callers would only block on the task. Other callers wait while the first one builds.
    private static readonly Lazy<TemporarySqliteDatabase> Template = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Copies the template (made on the first call) to <paramref name="path"/>.</summary>
    public static void CopyTo(string path) => File.Copy(Template.Value.Path, path);

    private static TemporarySqliteDatabase Build()
    {
        var template = new TemporarySqliteDatabase();
        try
        {
            // The application itself fills it, exactly as on a first start.
            using (var factory = new WebFactory(template.Path)) _ = factory.Services;

            template.Seal();
            return template;
        }
        catch
        {
            template.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        if (Template.IsValueCreated) Template.Value.Dispose();
    }
}
