using Kierunek.Data;
using Kierunek.Data.Ozps;
using Kierunek.Domain.Ozps;
using Kierunek.Domain.Ozps.Checks;
using Kierunek.Domain.Results;
using Kierunek.Import.Ozps;
using Kierunek.Import.Territory;
using System.Threading.Channels;

namespace Kierunek.Application.Ozps;

/// <summary>One unit of an import as reported back: what was read, not the values themselves.</summary>
public sealed record OzpsImportedUnit(string Code, string Name, int Values, int Tables, bool Synthetic, int? AssessmentYear);

/// <summary>What an import stored, per unit and in all, and what the rules warned of.</summary>
public sealed record OzpsImportSummary(IReadOnlyList<OzpsImportedUnit> Units, OzpsStore.Saved Saved, IReadOnlyList<OzpsFinding> Warnings)
{
    public long Values => Units.Sum(u => (long)u.Values);
}

/// <summary>Imports OZPS files of any size in bounded memory: the files are read on one thread
/// (<see cref="OzpsImportStream"/>: a unit at a time, checked) while the units already read are written on another
/// (<see cref="OzpsImportSession"/>: binary COPY on PostgreSQL), a few units apart at most. All or nothing: an error
/// on the last line of the last file rolls back everything written before it.</summary>
public sealed class OzpsImports(KierunekDb db, TimeProvider clock)
{
    /// <summary>How many read units may wait for the writer: enough to keep both threads busy, few enough to hold.</summary>
    private const int Waiting = 8;

    public async Task<Result<OzpsImportSummary>> ImportAsync(IReadOnlyList<string> paths, string user, Action<OzpsImportProgress>? progress = null, CancellationToken ct = default)
    {
        var stream = new OzpsImportStream(paths, TercFile.Register, progress);
        var read = Channel.CreateBounded<OzpsUnitData>(new BoundedChannelOptions(Waiting) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var reader = Task.Run(async () =>
        {
            try
            {
                foreach (var unit in stream.Units()) await read.Writer.WriteAsync(unit, stop.Token);
                read.Writer.Complete();
            }
            catch (Exception e)
            {
                read.Writer.Complete(e);
            }
        }, CancellationToken.None);

        var units = new List<OzpsImportedUnit>();
        try
        {
            await using var import = await new OzpsStore(db, TercFile.Register, clock).BeginImportAsync(user, ct);
            await foreach (var unit in read.Reader.ReadAllAsync(ct))
            {
                await import.AddAsync(unit, ct);
                units.Add(new OzpsImportedUnit(unit.Unit.Code, unit.Unit.Name, unit.Values.Count, unit.Values.Select(v => v.Key.Table).Distinct().Count(), unit.Synthetic, unit.AssessmentYear));
            }
            await reader;
            if (stream.Errors.Count > 0) return Result<OzpsImportSummary>.Fail(stream.Errors); // the session rolls back
            var saved = await import.CommitAsync(ct);
            return Result<OzpsImportSummary>.Ok(new OzpsImportSummary(units, saved, stream.Warnings));
        }
        finally
        {
            // A writer that failed must not leave the reader waiting on a full channel.
            await stop.CancelAsync();
            await Task.WhenAny(reader);
        }
    }
}
