using Kierunek.Domain.Ozps;
using Kierunek.Domain.Ozps.Checks;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Domain.Results;
using Kierunek.Import.Reading;

namespace Kierunek.Import.Ozps;

/// <summary>What an import gives: each unit's data, and the warnings the rules raised (errors stop it).</summary>
public sealed record OzpsImport(IReadOnlyList<OzpsUnitData> Units, IReadOnlyList<OzpsFinding> Warnings);

/// <summary>Reads OZPS files — documents like seed 003 and CSV files — as one import: a value given twice, or
/// any rule the template marks as an error, and nothing is returned; the error names the file, line and cell.</summary>
public static class OzpsImporter
{
    /// <summary>One file, checked for form but not yet against the rules: a CSV (any number of units) or a document (one).</summary>
    public static Result<IReadOnlyList<OzpsUnitData>> ReadFile(string path)
    {
        if (Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase)) return OzpsCsvReader.Load(path);
        var source = SourceText.Load(path);
        if (!source.IsSuccess) return Result<IReadOnlyList<OzpsUnitData>>.Fail(source.Errors);
        var document = OzpsDocumentReader.Read(source.Value!);
        return document.IsSuccess ? Result<IReadOnlyList<OzpsUnitData>>.Ok([document.Value!]) : Result<IReadOnlyList<OzpsUnitData>>.Fail(document.Errors);
    }

    public static Result<OzpsImport> Import(IEnumerable<string> paths)
    {
        var errors = new List<Error>();
        var read = new List<OzpsUnitData>();
        foreach (var path in paths)
        {
            var file = ReadFile(path);
            errors.AddRange(file.Errors);
            if (file.IsSuccess) read.AddRange(file.Value!);
        }
        if (errors.Count > 0) return Result<OzpsImport>.Fail(errors);

        var units = new List<OzpsUnitData>();
        var warnings = new List<OzpsFinding>();
        foreach (var group in read.GroupBy(u => u.Unit.Code))
        {
            var values = group.SelectMany(u => u.Values).ToList();
            foreach (var twice in values.GroupBy(v => v.Key).Where(g => g.Count() > 1))
                errors.Add(new Error(twice.Last().Source ?? new SourceLocation("?"), OzpsErrors.Duplicate,
                    $"Wartość {twice.Key} jednostki {group.Key} podano dwa razy (także: {twice.First().Source})."));
            var first = group.First();
            var unit = new OzpsUnitData(first.Unit, values, group.Any(u => u.Synthetic), group.Max(u => u.AssessmentYear), string.Join(", ", group.Select(u => u.Source).Distinct()));
            foreach (var finding in OzpsRules.Check(unit, OzpsTemplate.For(unit)))
            {
                if (finding.Severity == Severity.Warning) { warnings.Add(finding); continue; }
                var at = unit[new OzpsKey(finding.Table, finding.Row, finding.Year, finding.Forecast)]?.Source ?? new SourceLocation(unit.Source ?? "?");
                errors.Add(new Error(at, OzpsErrors.RuleBroken, $"{unit.Unit.Name} ({unit.Unit.Code}): {finding.Message}"));
            }
            units.Add(unit);
        }
        return errors.Count > 0 ? Result<OzpsImport>.Fail(errors) : Result<OzpsImport>.Ok(new OzpsImport(units, warnings));
    }
}
