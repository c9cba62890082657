using Kierunek.Application.Strategies;
using Kierunek.Data;
using Kierunek.Import.Tests;
using Microsoft.Extensions.Caching.Memory;

namespace Kierunek.Application.Tests.Strategies;

/// <summary>A stored strategy is read and parsed once and kept; requests that arrive together (after a restart, on a
/// campaign's first morning) wait for the one reading instead of each parsing the same document.</summary>
public class StrategyCatalogTests(StoredLublin lublin)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Readers_arriving_together_get_the_one_document_read_once()
    {
        using var database = await lublin.CopyAsync("sqlite");
        using var cache = new MemoryCache(new MemoryCacheOptions());
        var contexts = Enumerable.Range(0, 8).Select(_ => Database.Open(database.Target)).ToList();
        try
        {
            var read = await Task.WhenAll(contexts.Select(db => Task.Run(() => new StrategyCatalog(db, cache, TimeProvider.System).GetAsync(SeedFiles.LublinReport.Key, Ct), Ct)));
            Assert.All(read, d => Assert.Same(read[0], d));
            Assert.Equal(SeedFiles.LublinReport.Title, read[0]!.Title);
        }
        finally
        {
            foreach (var db in contexts) db.Dispose();
        }
    }
}
