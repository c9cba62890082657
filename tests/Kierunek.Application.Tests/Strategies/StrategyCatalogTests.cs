using Kierunek.Application.Strategies;
using Kierunek.Data;
using Kierunek.Import.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;
using System.Data.Common;

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
        var reads = new DocumentReads();
        var contexts = Enumerable.Range(0, 8)
            .Select(_ => new SqliteDb(Database.Use(new DbContextOptionsBuilder<SqliteDb>(), database.Target).AddInterceptors(reads).Options)).ToList();
        try
        {
            var read = await Task.WhenAll(contexts.Select(db => Task.Run(() => new StrategyCatalog(db, cache, TimeProvider.System).GetAsync(SeedFiles.LublinReport.Key, Ct), Ct)));
            Assert.All(read, d => Assert.Same(read[0], d));
            Assert.Equal(SeedFiles.LublinReport.Title, read[0]!.Title);
            Assert.Equal(1, reads.Count);
        }
        finally
        {
            foreach (var db in contexts) db.Dispose();
        }
    }

    /// <summary>Counts the queries that read a document's stored content (the exchange-format JSON that is parsed).</summary>
    private sealed class DocumentReads : DbCommandInterceptor
    {
        private int count;
        public int Count => count;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result,
            CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("\"Content\"", StringComparison.Ordinal)) Interlocked.Increment(ref count);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
