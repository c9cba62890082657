using Kierunek.Application.Mail;
using Kierunek.Application.Monitoring;
using Kierunek.Application.Strategies;
using Kierunek.Data;
using Kierunek.Data.Strategies;
using Kierunek.Domain.Institutions;
using Kierunek.Domain.Monitoring;
using Kierunek.Reports;
using Kierunek.Reports.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using System.Diagnostics;

namespace Kierunek.Benchmarks;

/// <summary>A monitoring campaign of <c>institutions</c> × <c>items</c> on a fresh SQLite database: every institution's
/// return packet generated, each one filled and uploaded back (checked cell by cell and stored in one transaction),
/// then the response rate and the year's implementation report (the uploads submit, nobody approves: the report's
/// rate counts approved answers, so it reads 0 of 300). Setting the campaign up (the strategy, the period, the
/// assignment) and typing the answers into the packets are not timed; the peak memory is the whole process's.</summary>
public static class CampaignBenchmark
{
    public sealed record Result(int Institutions, int ItemsEach, double PacketsMs, long PacketBytes, double UploadsMs, double UploadMedianMs, double UploadP95Ms,
        double ResponseMs, double ReportMs, string Response, long PeakMemoryMb);

    public static async Task<Result> RunAsync(int institutions = 300, int itemsEach = 20, CancellationToken ct = default)
    {
        var file = Path.Combine(Path.GetTempPath(), $"kierunek-benchmark-kampania-{Guid.NewGuid():N}.db");
        try
        {
            await using var db = Database.Open(file);
            var clock = TimeProvider.System;
            var document = SyntheticStrategy.Create(institutions * itemsEach, institutions * itemsEach, 2019, 2020);
            var register = Enumerable.Range(1, institutions)
                .Select(i => new Institution($"instytucja-{i:000}", $"Instytucja {i:000}", InstitutionKind.Other, null)).ToList();
            document.Institutions.AddRange(register);
            await new DocumentStore(db, clock).SaveAsync(document, "benchmark", ct);
            var catalog = new StrategyCatalog(db, new MemoryCache(new MemoryCacheOptions()), clock);
            var view = new PeriodView(db, catalog);
            // E-mail as the web application writes it: into the outbox, sent by nobody here (a folder if it were).
            var mail = Options.Create(new MailOptions { Folder = Path.Combine(Path.GetDirectoryName(file)!, "poczta") });
            var outbox = new Outbox(db, IMailTransport.For(mail.Value), mail, clock, NullLogger<Outbox>.Instance);
            var notifications = new Notifications(db, view, new Recipients(db), outbox, mail, clock);
            var monitoring = new MonitoringService(db, catalog, clock, NullLogger<MonitoringService>.Instance, notifications);
            var packets = new ReturnPackets(view, monitoring, clock);
            var coordinator = new Actor("benchmark", null, Reviews: true);
            var period = (await monitoring.OpenPeriodAsync(document.Key, 2021, CampaignSettings.None, coordinator, ct)).Value!;
            var items = document.AllNodes().Select((n, i) => (n, i)).Where(x => x.n.Indicators.Count > 0).Take(institutions * itemsEach).ToList();
            if (items.Count < institutions * itemsEach) throw new InvalidOperationException($"Strategia syntetyczna ma tylko {items.Count} pozycji ze wskaźnikami.");
            var changes = items.Select((x, k) => new Assignments.Change(x.i, x.n, register[k / itemsEach])).ToList();
            var assigned = await new Assignments(db, clock, NullLogger<Assignments>.Instance).AssignManyAsync(period.Id, changes, coordinator, null, ct);
            if (!assigned.IsSuccess) throw new InvalidOperationException(assigned.Errors[0].Message);
            db.ChangeTracker.Clear();

            // Every packet, as the coordinator sends them out.
            var watch = Stopwatch.StartNew();
            var written = new List<(string Institution, byte[] Bytes)>();
            foreach (var institution in register)
                written.Add((institution.Key, (await packets.WriteAsync(document.Key, 2021, institution.Key, ct))!.Value.Bytes));
            var packetsMs = watch.Elapsed.TotalMilliseconds;

            // Each institution's answer: the same packet with its 20 values typed in, uploaded by its reporter.
            var filled = new List<(string Institution, byte[] Bytes)>();
            foreach (var (institution, bytes) in written)
            {
                // What the institution types: this year's figure in last year's notation (so no comment is asked for).
                var lastYear = (await view.LoadAsync(document.Key, 2021, institution, ct))!.Fields.ToDictionary(f => f.Entry.Id, f => f.LastYear?.Raw ?? "b.d.");
                filled.Add((institution, Fill(bytes, lastYear)));
            }
            var uploads = new List<double>();
            watch.Restart();
            foreach (var (institution, bytes) in filled)
            {
                var one = Stopwatch.StartNew();
                var stored = await packets.UploadAsync(document.Key, 2021, $"{institution}.xlsx", bytes, submit: true, new Actor($"sprawozdawca@{institution}", institution, Reviews: false), ct);
                uploads.Add(one.Elapsed.TotalMilliseconds);
                if (!stored.IsSuccess) throw new InvalidOperationException(stored.Errors[0].Message);
                db.ChangeTracker.Clear();
            }
            var uploadsMs = watch.Elapsed.TotalMilliseconds;

            var data = new ReportData(db, catalog, new ActionReports(db, clock, NullLogger<ActionReports>.Instance));
            watch.Restart();
            var response = await data.ResponseAsync(period.Id, ct);
            var responseMs = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            var year = (await data.ForYearAsync(document.Key, 2021, ct))!;
            await data.ReportAsync(ReportKind.Implementation, year, 2021, ct);
            var reportMs = watch.Elapsed.TotalMilliseconds;
            uploads.Sort();
            return new Result(institutions, itemsEach, packetsMs, written.Sum(w => (long)w.Bytes.Length), uploadsMs, uploads[uploads.Count / 2], uploads[(int)(uploads.Count * 0.95)],
                responseMs, reportMs, (response with { Missing = [] }).Sentence(), Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var part in new[] { file, file + "-wal", file + "-shm" }) File.Delete(part);
        }
    }

    /// <summary>The packet as an institution returns it: every value cell filled (read back, then written again with values).</summary>
    private static byte[] Fill(byte[] packet, IReadOnlyDictionary<int, string> values)
    {
        var read = ReturnPacket.Read("pakiet.xlsx", packet).Value!;
        var info = new PacketInfo(read.DocumentKey, "", read.Year, read.InstitutionKey, read.InstitutionKey, null);
        return ReturnPacket.Write(info, read.Rows.Select(r => new PacketRow(r.EntryId, r.Version, null, "", "", null, null, values[r.EntryId], null, "", true)).ToList());
    }
}
