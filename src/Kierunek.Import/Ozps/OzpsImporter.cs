using Kierunek.Domain.Ozps;
using Kierunek.Domain.Ozps.Checks;
using Kierunek.Domain.Results;

namespace Kierunek.Import.Ozps;

/// <summary>What an import gives: each unit's data, and the warnings the rules raised (errors stop it).</summary>
public sealed record OzpsImport(IReadOnlyList<OzpsUnitData> Units, IReadOnlyList<OzpsFinding> Warnings);

/// <summary>OZPS files read whole, for the commands that work on a few units at a time (a check of one file, a
/// report, the demo data). The same reading as a streamed import (<see cref="OzpsImportStream"/>), collected.</summary>
public static class OzpsImporter
{
    /// <summary>One file, checked for form but not yet against the template's rules (<c>ozps check</c> reports them): a
    /// CSV (any number of units) or a document (one, with what its narrative's shares give as warnings).</summary>
    public static Result<OzpsImport> ReadFile(string path) => Read([path], applyRules: false);

    public static Result<OzpsImport> Import(IEnumerable<string> paths) => Read(paths.ToList(), applyRules: true);

    private static Result<OzpsImport> Read(IReadOnlyList<string> paths, bool applyRules)
    {
        var stream = new OzpsImportStream(paths, applyRules: applyRules);
        var units = stream.Units().ToList();
        return stream.Errors.Count > 0 ? Result<OzpsImport>.Fail(stream.Errors) : Result<OzpsImport>.Ok(new OzpsImport(units, stream.Warnings));
    }
}
