using Kierunek.Data;
using Kierunek.Data.Ozps;
using Kierunek.Domain.Strategies;
using Kierunek.Import;
using Kierunek.Import.Ozps;
using Kierunek.Domain.Ozps;
using Kierunek.Domain.Results;
using Kierunek.Import.Territory;
using Kierunek.Data.Strategies;
using Kierunek.Import.Strategies;

namespace Kierunek.Application.Demo;

/// <summary>One seed file as read: a strategy document, an OZPS (seed 003, which the strategy importer hands to the
/// OZPS importer), or why neither could read it.</summary>
public sealed record SeedDocument(string File, StrategyDocument? Strategy, OzpsImport? Assessment, IReadOnlyList<Error> Errors);

/// <summary>The demo data of the CLI and the web application: every seed document, each through the importer it
/// belongs to, stored together.</summary>
public static class SeedDocuments
{
    public static IReadOnlyList<SeedDocument> Read(string folder) => Directory.GetFiles(folder, "*.txt").Order().Select(path =>
    {
        var file = Path.GetFileName(path);
        var strategy = DocumentImporter.ImportFile(path);
        if (strategy.IsSuccess) return new SeedDocument(file, strategy.Value, null, []);
        if (strategy.Errors.Any(e => e.Code == ImportErrorCodes.OzpsDocument) && OzpsImporter.Import([path]) is var ozps)
            return ozps.IsSuccess ? new SeedDocument(file, null, ozps.Value, []) : new SeedDocument(file, null, null, ozps.Errors);
        return new SeedDocument(file, null, null, strategy.Errors);
    }).ToList();

    public static async Task SaveAsync(KierunekDb db, IReadOnlyList<SeedDocument> seeds, string user, TimeProvider clock, CancellationToken ct = default)
    {
        await new DocumentStore(db, clock).SaveAllAsync(seeds.Select(s => s.Strategy).OfType<StrategyDocument>().ToList(), user, ct);
        if (seeds.SelectMany(s => s.Assessment?.Units ?? []).ToList() is { Count: > 0 } units)
            await new OzpsStore(db, TercFile.Register, clock).SaveAsync(units, user, ct);
    }
}
