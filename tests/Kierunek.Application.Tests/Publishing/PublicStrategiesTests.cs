using Kierunek.Application.Publishing;
using Kierunek.Application.Strategies;
using Kierunek.Data;
using Kierunek.Data.Tests;
using Kierunek.Import.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Kierunek.Application.Tests.Publishing;

/// <summary>A strategy made public is listed and readable without signing in, taken back it is not; both audited; a new
/// version of the document keeps it public. On SQLite and PostgreSQL.</summary>
public class PublicStrategiesTests(StoredLublin lublin)
{
    public static TheoryData<string> Providers => Databases.Providers;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_strategy_made_public_is_listed_and_read_until_taken_back(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        using var db = Database.Open(database.Target);
        var key = SeedFiles.LublinReport.Key;
        var strategies = new PublicStrategies(db, new StrategyCatalog(db, new MemoryCache(new MemoryCacheOptions()), TimeProvider.System), TimeProvider.System);
        Assert.Null(await strategies.GetAsync(key, Ct));
        Assert.False(await strategies.SetAsync("nie-ma-takiej", true, "koordynator@kierunek.local", Ct));

        Assert.True(await strategies.SetAsync(key, true, "koordynator@kierunek.local", Ct));
        Assert.Equal([key], (await strategies.ListAsync(Ct)).Select(s => s.Key));
        Assert.Equal(SeedFiles.LublinReport.Title, (await strategies.GetAsync(key, Ct))!.Title);
        var next = Domain.Strategies.Exchange.DocumentJson.Read(Domain.Strategies.Exchange.DocumentJson.Write(SeedFiles.LublinReport), key).Value!;
        next.Title += " (korekta)";
        Assert.True((await new DocumentImports(db, TimeProvider.System).ImportAsync([next], "test", replace: true, Ct)).IsSuccess);
        Assert.Equal(next.Title, Assert.Single(await strategies.ListAsync(Ct)).Title);

        Assert.True(await strategies.SetAsync(key, false, "koordynator@kierunek.local", Ct));
        Assert.Empty(await strategies.ListAsync(Ct));
        Assert.Null(await strategies.GetAsync(key, Ct));
        Assert.Equal(["udostępnienie strategii publicznie", "wycofanie strategii z części publicznej"],
            await db.Audit.Where(a => a.EntityKey == key && a.Action.Contains("publiczn")).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync(Ct));
    }
}
