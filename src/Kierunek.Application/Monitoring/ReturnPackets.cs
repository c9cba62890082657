using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Results;
using Kierunek.Reports.Monitoring;

namespace Kierunek.Application.Monitoring;

/// <summary>The Excel round trip for institutions that never log in: a packet of an institution's values for a period
/// (<see cref="ReturnPacket"/>), and its upload — by the institution's reporter, or by a coordinator on its behalf
/// (the audit says so) — checked cell by cell with the entry page's rules and stored all or nothing.</summary>
public sealed class ReturnPackets(PeriodView view, MonitoringService monitoring, TimeProvider clock)
{
    /// <summary>What an upload stored: how many values, and whether they were submitted or kept as drafts.</summary>
    public sealed record Stored(int Values, bool Submitted, string Institution);

    public async Task<(byte[] Bytes, string FileName)?> WriteAsync(string key, int year, string institutionKey, CancellationToken ct = default)
    {
        if (await view.LoadAsync(key, year, institutionKey, ct) is not { } loaded || !loaded.Items.Any()) return null;
        var name = loaded.Items.First().Assignment.InstitutionName;
        var closed = loaded.Campaign.EntryClosed(institutionKey, clock.Today());
        var rows = loaded.Items.SelectMany(item => item.Fields.Select(f => new PacketRow(f.Entry.Id, f.Entry.Version, loaded.Tree.PrintedCodeOf(item.Node),
            item.Node.Title ?? "", item.LabelOf(f),
            f.LastYear?.Raw, f.Indicator.Target?.Value.Raw, f.Entry.Raw, f.Entry.Comment, PeriodView.StateName(f.Entry.State),
            EntryWorkflow.Editable(f.Entry.State, closed)))).ToList();
        var info = new PacketInfo(key, loaded.Tree.Document.Title, year, institutionKey, name, loaded.Campaign.Describe(institutionKey, clock.Today()));
        return (ReturnPacket.Write(info, rows), $"kierunek-{year}-{institutionKey}.xlsx");
    }

    /// <summary>Reads an uploaded packet for the period <paramref name="key"/>/<paramref name="year"/> and stores every
    /// filled value — or nothing, with every refused cell named. A reviewer uploads for the packet's institution (the
    /// audit names both); a reporter only their own institution's.</summary>
    public async Task<Result<Stored>> UploadAsync(string key, int year, string fileName, byte[] bytes, bool submit, Actor actor, CancellationToken ct = default)
    {
        var read = ReturnPacket.Read(fileName, bytes);
        if (!read.IsSuccess) return Result<Stored>.Fail(read.Errors);
        var packet = read.Value!;
        if (packet.DocumentKey != key || packet.Year != year) return PacketErrors.OtherPeriod(fileName, packet.Year);
        if (!actor.Reviews && packet.InstitutionKey != actor.InstitutionKey) return PacketErrors.OtherInstitution(fileName);
        if (await view.LoadAsync(key, year, packet.InstitutionKey, ct) is not { } loaded || !loaded.Items.Any()) return PacketErrors.OtherInstitution(fileName);
        var institution = loaded.Items.First().Assignment.InstitutionName;
        // A coordinator enters what the institution sent: as the institution, named in the audit as theirs.
        var reporter = actor.Reviews ? actor with { Name = $"{actor.Name} (w imieniu: {institution})", InstitutionKey = packet.InstitutionKey, Reviews = false } : actor;
        var fields = loaded.Fields.ToDictionary(f => f.Entry.Id);
        var today = clock.Today();

        var errors = new List<Error>();
        var rows = new List<MonitoringService.Row>();
        foreach (var row in packet.Rows)
        {
            if (!fields.TryGetValue(row.EntryId, out var field)) { errors.Add(PacketErrors.Cell(fileName, row.Cell, "tej wartości nie ma już w okresie — proszę pobrać nowy arkusz.")); continue; }
            var entry = field.Entry;
            var unchanged = Same(row.Value, entry.Raw) && Same(row.Comment, entry.Comment);
            // An empty cell, or one left as it was downloaded for a value already sent, is not an answer to store.
            if (row.Value is null || (unchanged && entry.State is EntryState.Submitted or EntryState.Approved)) continue;
            if (entry.Version != row.Version && !unchanged)
            {
                errors.Add(PacketErrors.Cell(fileName, row.Cell, $"wartość zmieniono w Kierunku po pobraniu arkusza (teraz: „{entry.Raw}”, {entry.UpdatedBy}) — proszę pobrać nowy arkusz."));
                continue;
            }
            var place = new EntryPlace(entry.State, packet.InstitutionKey, loaded.Period.State, loaded.Campaign);
            var decided = EntryWorkflow.Save(reporter, place, row.Value, row.Comment, field.LastYear, submit, today);
            if (!decided.IsSuccess) { errors.AddRange(decided.Errors.Select(e => PacketErrors.Cell(fileName, row.Cell, e.Message))); continue; }
            rows.Add(new MonitoringService.Row(entry.Id, row.Value, row.Comment, entry.Version));
        }
        if (errors.Count > 0) return Result<Stored>.Fail(errors);
        var saved = await monitoring.SaveManyAsync(rows, submit, reporter, ct, allOrNothing: true, within: new MonitoringService.Within(loaded.Period.DocumentKey, loaded.Period.Year));
        // Checked against the same state a moment ago: a refusal now means someone saved in between (nothing was kept).
        if (saved.Where(s => !s.Outcome.Done).Select(s => s.Outcome.Error).FirstOrDefault() is { } late) return late;
        return Result<Stored>.Ok(new Stored(saved.Count, submit, institution));
    }

    private static bool Same(string? a, string? b) => (string.IsNullOrWhiteSpace(a) ? null : a.Trim()) == (string.IsNullOrWhiteSpace(b) ? null : b.Trim());
}
