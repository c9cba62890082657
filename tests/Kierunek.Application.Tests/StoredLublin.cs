using Kierunek.Data;
using Kierunek.Data.Strategies;
using Kierunek.Import.Tests;
using Kierunek.TestSupport;

[assembly: AssemblyFixture(typeof(Kierunek.Application.Tests.StoredLublin))]

namespace Kierunek.Application.Tests;

/// <summary>Seed 000 (Lublin's strategy with its 2020 report) stored, as an import leaves it: the starting point of
/// the tests that need a strategy in storage. Stored once per provider and run; each test works on its own copy.</summary>
public sealed class StoredLublin() : DatabaseTemplate(async target =>
{
    using var db = Database.Open(target);
    await new DocumentStore(db, TimeProvider.System).SaveAsync(SeedFiles.LublinReport, "test");
});
