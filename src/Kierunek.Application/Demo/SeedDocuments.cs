using Kierunek.Data;
using Kierunek.Data.Ozps;
using Kierunek.Data.Strategies;
using Kierunek.Domain.Results;
using Kierunek.Domain.Strategies;
using Kierunek.Import;
using Kierunek.Import.Ozps;
using Kierunek.Import.Strategies;
using Kierunek.Import.Territory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

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

    /// <summary>Stores what was read (the strategies in one transaction, then the OZPS units); a refused file is logged
    /// with its error's code and left out.</summary>
    public static async Task SaveAsync(KierunekDb db, IReadOnlyList<SeedDocument> seeds, string user, TimeProvider clock, CancellationToken ct = default,
        ILogger? logger = null)
    {
        logger ??= NullLogger.Instance;
        foreach (var refused in seeds.Where(s => s.Errors.Count > 0))
            DemoLog.SeedRefused(logger, refused.File, refused.Errors[0].Code, refused.Errors[0].Message);
        var documents = seeds.Select(s => s.Strategy).OfType<StrategyDocument>().ToList();
        await new DocumentStore(db, clock).SaveAllAsync(documents, user, ct);
        var units = seeds.SelectMany(s => s.Assessment?.Units ?? []).ToList();
        if (units.Count > 0) await new OzpsStore(db, TercFile.Register, clock).SaveAsync(units, user, ct);
        DemoLog.SeedsStored(logger, documents.Count, units.Count);
    }
}
