using Kierunek.Domain.Ozps;
using Kierunek.Domain.Ozps.Checks;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Domain.Results;
using Kierunek.Domain.Territory;
using Kierunek.Domain.Values;
using Kierunek.Import.Reading;
using System.Text;

namespace Kierunek.Import.Ozps;

/// <summary>How far an import has read: bytes of all its files, values and units handed on so far.</summary>
public sealed record OzpsImportProgress(long BytesRead, long BytesTotal, long Values, int Units);

/// <summary>Reads the files of one OZPS import — documents like seed 003 (one unit each) and bulk CSV files (any
/// number of units) — and hands on each unit's data once it is complete and checked: no value given twice, every
/// rule of the template the template marks as an error kept. A unit is complete when the files have moved on to
/// other units for long enough (<see cref="HeldValues"/>) or have ended, so memory holds a few dozen units however
/// large the files are, and the one who stores them can write while the rest is read.
/// <para>An error anywhere means the import must not be kept: after the first error no unit is handed on, the
/// rest of the files is still checked (up to <see cref="MaxErrors"/> errors), and the caller — who may have
/// written units handed on before — rolls its transaction back when <see cref="Errors"/> is not empty.</para></summary>
public sealed class OzpsImportStream(IReadOnlyList<string> paths, TerritorialRegister? register = null, Action<OzpsImportProgress>? progress = null, bool applyRules = true)
{
    /// <summary>How many values of units the files have moved on from are kept, in case a unit's lines come back.
    /// 20 000 values are about a dozen gminas of a six-year national file (some 8 MB); more would live long enough
    /// to be collected as old objects, which costs a national import seconds.</summary>
    public const int HeldValues = 20_000;

    public const int MaxErrors = OzpsCsvReader.MaxErrors;

    /// <summary>How often (in values) progress is reported.</summary>
    private const int ProgressEvery = 100_000;

    private readonly List<Error> errors = [];
    private readonly List<OzpsFinding> warnings = [];
    private readonly Dictionary<string, Held> held = [];
    private readonly Dictionary<string, string> handedOn = []; // unit code → where its values were, for a unit that comes back
    private long heldCount;
    private long bytesBefore, bytesTotal, values;
    private Func<long> position = () => 0;

    public IReadOnlyList<Error> Errors => errors;

    /// <summary>The CSV being read: its bad lines join <see cref="Errors"/> at its end, but stop the handing on at once.</summary>
    private OzpsCsvReader? reading;

    private bool Failed => errors.Count > 0 || reading?.Errors.Count > 0;

    /// <summary>What the rules found that does not stop an import (a forecast far from the trend, a share in a
    /// document's narrative that its own figures do not give …).</summary>
    public IReadOnlyList<OzpsFinding> Warnings => warnings;

    public IEnumerable<OzpsUnitData> Units()
    {
        bytesTotal = paths.Sum(p => File.Exists(p) ? new FileInfo(p).Length : 0);
        foreach (var path in paths)
        {
            foreach (var unit in ReadFile(path)) yield return unit;
            if (errors.Count >= MaxErrors) yield break;
            bytesBefore += File.Exists(path) ? new FileInfo(path).Length : 0;
        }
        foreach (var unit in Complete(keep: null)) yield return unit;
        Report();
    }

    private IEnumerable<OzpsUnitData> ReadFile(string path)
    {
        var name = Path.GetFileName(path);
        if (InputFiles.NotAFile(path) is { } notAFile)
        {
            errors.Add(notAFile);
            yield break;
        }
        if (!Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            // A document is one unit, at most FileLimit.Document: small enough to read whole.
            var source = SourceText.Load(path);
            var document = source.IsSuccess ? OzpsDocumentReader.Read(source.Value!, register) : Result<OzpsUnitData>.Fail(source.Errors);
            if (!document.IsSuccess)
            {
                errors.AddRange(document.Errors);
                yield break;
            }
            warnings.AddRange(NarrativeShares.Check(OzpsDocumentReader.Paragraphs(source.Value!), document.Value!, OzpsTemplate.For(document.Value!)));
            foreach (var unit in Add(document.Value!.Unit, document.Value.Values, document.Value.AssessmentYear, synthetic: false, name, keep: null))
                yield return unit;
            yield break;
        }
        if (FileLimit.OzpsCsv.Check(name, new FileInfo(path).Length) is { } tooLarge)
        {
            errors.Add(tooLarge);
            yield break;
        }
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        position = () => file.Position;
        using var text = new StreamReader(file, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false, 1 << 16);
        var csv = reading = new OzpsCsvReader(name, text, register);
        using var lines = csv.Values().GetEnumerator();
        while (true)
        {
            (TerritorialUnit Unit, OzpsValue Value) line;
            try
            {
                if (!lines.MoveNext()) break;
                line = lines.Current;
            }
            catch (DecoderFallbackException)
            {
                errors.Add(new Error(new SourceLocation(name, csv.LineNumber + 1), OzpsErrors.BadFile,
                    "Plik nie jest zapisany w UTF-8: zapisz go z Excela jako „CSV UTF-8 (rozdzielany przecinkami)” ze średnikami."));
                break;
            }
            foreach (var unit in Add(line.Unit, [line.Value], assessmentYear: null, csv.Synthetic, name, keep: line.Unit.Code))
                yield return unit;
            if (++values % ProgressEvery == 0) Report();
        }
        errors.AddRange(csv.Errors.Take(MaxErrors - errors.Count));
        (reading, position) = (null, () => 0);
    }

    /// <summary>Adds a unit's values to what is held, then completes the oldest units while more than
    /// <see cref="HeldValues"/> are held (never <paramref name="keep"/>, the unit the file is in the middle of).</summary>
    private IEnumerable<OzpsUnitData> Add(TerritorialUnit unit, IReadOnlyList<OzpsValue> added, int? assessmentYear, bool synthetic, string source, string? keep)
    {
        if (handedOn.TryGetValue(unit.Code, out var earlier))
        {
            if (errors.Count < MaxErrors)
                errors.Add(new Error(added[0].Source ?? new SourceLocation(source), OzpsErrors.UnitSplit,
                    $"Dane jednostki {unit.Name} ({unit.Code}) wracają tu po wierszach innych jednostek, a jej wcześniejsze wartości ({earlier}) " +
                    $"zostały już przekazane do zapisu: import trzyma w pamięci tylko ostatnie jednostki, najwyżej {PolishFormat.Number(HeldValues)} wartości. " +
                    "Ułóż wiersze każdej jednostki razem (posortuj plik po kolumnie „jednostka”) i wczytaj go ponownie."));
            yield break;
        }
        if (!held.TryGetValue(unit.Code, out var unitHeld)) held[unit.Code] = unitHeld = new Held(unit);
        unitHeld.Values.AddRange(added);
        unitHeld.Synthetic |= synthetic;
        if (!unitHeld.Sources.Contains(source)) unitHeld.Sources.Add(source);
        if (assessmentYear is { } year && !(unitHeld.AssessmentYear >= year)) unitHeld.AssessmentYear = year;
        heldCount += added.Count;
        if (heldCount > HeldValues)
            foreach (var unitData in Complete(keep)) yield return unitData;
    }

    /// <summary>Checks and hands on every held unit but <paramref name="keep"/>, oldest first.</summary>
    private IEnumerable<OzpsUnitData> Complete(string? keep)
    {
        foreach (var code in held.Keys.Where(c => c != keep).ToList())
        {
            var unit = held[code];
            held.Remove(code);
            heldCount -= unit.Values.Count;
            var first = unit.Values[0].Source;
            var last = unit.Values[^1].Source;
            handedOn[code] = first?.Line is { } from && last?.Line is { } to && first.File == last.File ? $"{first.File}, wiersze {from}–{to}" : string.Join(", ", unit.Sources);
            if (Checked(unit) is { } data && !Failed) yield return data;
        }
    }

    /// <summary>The unit's data when no value is given twice and no error rule is broken; else null, with the errors noted.</summary>
    private OzpsUnitData? Checked(Held held)
    {
        var unit = new OzpsUnitData(held.Unit, held.Values, held.Synthetic, held.AssessmentYear, string.Join(", ", held.Sources));
        var ok = true;
        foreach (var twice in held.Values.GroupBy(v => v.Key).Where(g => g.Count() > 1))
        {
            ok = false;
            if (errors.Count < MaxErrors)
                errors.Add(new Error(twice.Last().Source ?? new SourceLocation("?"), OzpsErrors.Duplicate,
                    $"Wartość {twice.Key} jednostki {held.Unit.Code} podano dwa razy (także: {twice.First().Source})."));
        }
        if (!ok || !applyRules) return ok ? unit : null;
        foreach (var finding in OzpsRules.Check(unit, OzpsTemplate.For(unit)))
        {
            if (finding.Severity == Severity.Warning) { warnings.Add(finding); continue; }
            ok = false;
            var at = unit[new OzpsKey(finding.Table, finding.Row, finding.Year, finding.Forecast)]?.Source ?? new SourceLocation(unit.Source ?? "?");
            if (errors.Count < MaxErrors) errors.Add(new Error(at, OzpsErrors.RuleBroken, $"{unit.Unit.Name} ({unit.Unit.Code}): {finding.Message}"));
        }
        return ok ? unit : null;
    }

    private void Report() => progress?.Invoke(new OzpsImportProgress(Math.Min(bytesBefore + position(), bytesTotal), bytesTotal, values, handedOn.Count));

    private sealed class Held(TerritorialUnit unit)
    {
        public TerritorialUnit Unit { get; } = unit;
        public List<OzpsValue> Values { get; } = [];
        public List<string> Sources { get; } = [];
        public bool Synthetic { get; set; }
        public int? AssessmentYear { get; set; }
    }
}
