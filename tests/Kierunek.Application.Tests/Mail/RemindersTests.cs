using Kierunek.Application.Mail;
using Kierunek.Application.Monitoring;
using Kierunek.Data;
using Kierunek.Data.Accounts;
using Kierunek.Data.Tests;
using Kierunek.Domain.Institutions;
using Kierunek.Domain.Mail;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Strategies;
using Kierunek.Import.Tests;
using Kierunek.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Kierunek.Application.Tests.Mail;

/// <summary>Deadline reminders and notifications on SQLite and PostgreSQL, sent over SMTP to a real server and read
/// back: only the institution that has not answered is reminded, once a day at most, on the schedule's days; a
/// failed send stays and is sent later; returns are gathered into one e-mail; two instances on one database send
/// each reminder once.</summary>
public class RemindersTests(StoredLublin lublin)
{
    public static TheoryData<string> Providers => Databases.Providers;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Actor Coordinator = new("koordynator@kierunek.local", null, Reviews: true);
    private static readonly Actor Mopr = new("mopr@kierunek.local", "mopr", Reviews: false);
    private static readonly Institution MoprInstitution = new("mopr", "Miejski Ośrodek Pomocy Rodzinie", InstitutionKind.SocialWelfareCentre, null);
    private static readonly Institution MupInstitution = new("mup", "Miejski Urząd Pracy", InstitutionKind.Other, null);

    /// <summary>15 March 2022, 8:00 in Warsaw is 7:00 UTC; the office's calendar is the clock's local zone.</summary>
    private static FakeTimeProvider ClockOn(int month, int day)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2022, month, day, 7, 0, 0, TimeSpan.Zero));
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        return clock;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Only_the_institution_that_has_not_answered_is_reminded_once_a_day_on_the_schedules_days(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        using var db = Database.Open(database.Target);
        await using var smtp = await SmtpTestServer.StartAsync();
        var clock = ClockOn(3, 1);
        var services = new Services(db, clock, Smtp(smtp), new MailOptions { Host = "127.0.0.1", RemindBefore = "7, 1", RemindAfter = "2", AppUrl = "https://kierunek.example.pl" });
        var (period, moprEntries, _) = await CampaignAsync(db, services, clock);
        await AddReporterAsync(db, "anna.nowak@mopr.example.pl", "Anna Nowak", MoprInstitution);
        await AddReporterAsync(db, "jan.kowalski@mup.example.pl", "Jan Kowalski", MupInstitution);
        await AddReporterAsync(db, "ewa.wisniewska@mup.example.pl", "Ewa Wiśniewska", MupInstitution);
        var saved = await services.Monitoring.SaveManyAsync(moprEntries.Select(e => new MonitoringService.Row(e.Id, "12", null, 0, null)).ToList(), submit: true, Mopr, Ct);
        Assert.All(saved, s => Assert.True(s.Outcome.Done, s.Outcome.Error?.Message));

        clock.SetUtcNow(new DateTimeOffset(2022, 3, 7, 7, 0, 0, TimeSpan.Zero)); // 8 days before: not a reminder day
        Assert.Equal(0, await services.Reminders.PlanAsync(Ct));
        clock.SetUtcNow(new DateTimeOffset(2022, 3, 8, 7, 0, 0, TimeSpan.Zero)); // 7 days before
        Assert.Equal(2, await services.Reminders.PlanAsync(Ct));
        Assert.Equal(0, await services.Reminders.PlanAsync(Ct)); // the same day again: nothing new
        clock.Advance(TimeSpan.FromHours(6));
        Assert.Equal(0, await services.Reminders.PlanAsync(Ct));
        await services.Outbox.DispatchAsync(Ct);

        var reminders = smtp.Received.Where(IsReminder).ToList();
        Assert.Equal(["ewa.wisniewska@mup.example.pl", "jan.kowalski@mup.example.pl"], reminders.Select(m => m.To.Mailboxes.Single().Address).Order());
        var mail = reminders[0];
        Assert.Equal("Przypomnienie: dane do monitoringu za 2021 r. — termin 15 marca 2022 r.", mail.Subject);
        Assert.Contains("Miejski Urząd Pracy: do przekazania w monitoringu zostały jeszcze 2 wartości.", mail.TextBody);
        Assert.Contains("Termin przekazania: 15 marca 2022 r. (zostało 7 dni).", mail.TextBody);
        Assert.Contains($"https://kierunek.example.pl/monitoring/{SeedFiles.LublinReport.Key}/2021/wprowadzanie", mail.TextBody);
        Assert.Contains("<h2", mail.HtmlBody);
        Assert.DoesNotContain(smtp.To("anna.nowak@mopr.example.pl"), IsReminder);

        clock.SetUtcNow(new DateTimeOffset(2022, 3, 16, 7, 0, 0, TimeSpan.Zero)); // a day after: not on this schedule
        Assert.Equal(0, await services.Reminders.PlanAsync(Ct));
        clock.SetUtcNow(new DateTimeOffset(2022, 3, 17, 7, 0, 0, TimeSpan.Zero)); // two days after
        Assert.Equal(2, await services.Reminders.PlanAsync(Ct));
        await services.Outbox.DispatchAsync(Ct);
        Assert.Contains("minęły 2 dni temu", smtp.To("jan.kowalski@mup.example.pl").Last().TextBody);
        Assert.Equal(LetterState.Sent, (await db.Outbox.AsNoTracking().Where(m => m.Kind == LetterKind.Reminder).Select(m => m.State).Distinct().ToListAsync(Ct)).Single());
        _ = period;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_send_that_fails_stays_in_the_outbox_with_its_error_and_goes_out_on_a_later_attempt(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        using var db = Database.Open(database.Target);
        var clock = ClockOn(3, 8);
        await using var smtp = await SmtpTestServer.StartAsync();
        var options = new MailOptions { Host = "127.0.0.1", MaxAttempts = 2 };
        var down = new Services(db, clock, new SmtpMailTransport(new MailOptions { Host = "127.0.0.1", Port = ClosedPort(), Security = "none" }), options);
        down.Outbox.Add(LetterKind.Invitation, new Outbox.Recipient("nowa@mopr.example.pl", "Nowa Osoba"),
            Letters.Invitation("Nowa Osoba", "Sprawozdawca", null, "https://kierunek.example.pl/zaproszenie?t=1", new DateOnly(2022, 3, 15)), null);
        await db.SaveChangesAsync(Ct);

        Assert.Equal(0, await down.Outbox.DispatchAsync(Ct));
        var row = await db.Outbox.AsNoTracking().SingleAsync(Ct);
        Assert.Equal((LetterState.Pending, 1), (row.State, row.Attempts));
        Assert.NotNull(row.LastError);
        Assert.Equal(0, await down.Outbox.DispatchAsync(Ct)); // not due before its minute has passed
        clock.Advance(Outbox.Backoff(1));
        Assert.Equal(0, await down.Outbox.DispatchAsync(Ct));
        Assert.Equal(LetterState.Failed, (await db.Outbox.AsNoTracking().SingleAsync(Ct)).State); // two attempts: shown as not sent

        Assert.True((await down.Outbox.RetryAsync(row.Id, Coordinator, Ct)).IsSuccess);
        var up = new Services(db, clock, Smtp(smtp), options);
        Assert.True(await up.Outbox.DispatchAsync(Ct) == 1, (await db.Outbox.AsNoTracking().SingleAsync(Ct)).LastError);
        Assert.Equal("Zaproszenie do systemu Kierunek", Assert.Single(smtp.To("nowa@mopr.example.pl")).Subject);
        Assert.Equal(LetterState.Sent, (await db.Outbox.AsNoTracking().SingleAsync(Ct)).State);
        Assert.Single(await db.Audit.AsNoTracking().Where(a => a.Entity == "outbox").ToListAsync(Ct));
        Assert.Equal(MailErrors.AlreadySentCode, (await up.Outbox.RetryAsync(row.Id, Coordinator, Ct)).Errors[0].Code);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Values_returned_one_by_one_reach_the_reporter_as_one_email_and_a_complete_institution_is_announced_to_the_approver(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        using var db = Database.Open(database.Target);
        await using var smtp = await SmtpTestServer.StartAsync();
        var clock = ClockOn(3, 10);
        var services = new Services(db, clock, Smtp(smtp), new MailOptions { Host = "127.0.0.1", DigestMinutes = 5 });
        var (_, moprEntries, _) = await CampaignAsync(db, services, clock);
        await AddReporterAsync(db, "anna.nowak@mopr.example.pl", "Anna Nowak", MoprInstitution);
        await AddUserAsync(db, "zatwierdza@mops.example.pl", "Maria Zielińska", Roles.Approver, null);
        var monitoring = services.Monitoring;
        await monitoring.SaveManyAsync(moprEntries.Select(e => new MonitoringService.Row(e.Id, "12", null, 0, null)).ToList(), submit: true, Mopr, Ct);
        await services.Outbox.DispatchAsync(Ct);
        var announced = Assert.Single(smtp.To("zatwierdza@mops.example.pl"));
        Assert.Equal("Komplet danych za 2021 r.: Miejski Ośrodek Pomocy Rodzinie", announced.Subject);
        Assert.Contains("Dane przekazała 1 z 2 instytucji (50,0%); brak danych od: Miejski Urząd Pracy.", announced.TextBody);

        Assert.True((await monitoring.ReturnAsync(moprEntries[0].Id, "Proszę podać liczbę osób, nie rodzin.", 1, Coordinator, Ct)).Done);
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True((await monitoring.ReturnAsync(moprEntries[1].Id, "Brak komentarza do spadku.", 1, Coordinator, Ct)).Done);
        Assert.Equal(0, await services.Outbox.DispatchAsync(Ct)); // still gathering
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, await services.Outbox.DispatchAsync(Ct));
        var returned = Assert.Single(smtp.To("anna.nowak@mopr.example.pl"));
        Assert.Equal("Zwrot do poprawy: dane za 2021 r. (2 wartości)", returned.Subject);
        Assert.Contains("powód: Proszę podać liczbę osób, nie rodzin.", returned.TextBody);
        Assert.Contains("powód: Brak komentarza do spadku.", returned.TextBody);
    }

    [Fact]
    public async Task Two_instances_on_one_PostgreSQL_database_send_each_reminder_exactly_once()
    {
        using var database = await lublin.CopyAsync("postgres");
        await using var smtp = await SmtpTestServer.StartAsync();
        var clock = ClockOn(3, 8);
        var options = new MailOptions { Host = "127.0.0.1", RemindBefore = "7" };
        using (var setup = Database.Open(database.Target))
        {
            var services = new Services(setup, clock, Smtp(smtp), options);
            await CampaignAsync(setup, services, clock);
            foreach (var i in Enumerable.Range(1, 6)) await AddReporterAsync(setup, $"osoba{i}@mup.example.pl", $"Osoba {i}", MupInstitution);
            foreach (var i in Enumerable.Range(1, 4)) await AddReporterAsync(setup, $"osoba{i}@mopr.example.pl", $"Osoba {i}", MoprInstitution);
        }

        // Each instance: its own connection and services, planning and sending at the same moment, three rounds.
        async Task InstanceAsync()
        {
            using var db = Database.Open(database.Target);
            var services = new Services(db, clock, Smtp(smtp), options);
            for (var round = 0; round < 3; round++)
            {
                await services.Reminders.PlanAsync(Ct);
                await services.Outbox.DispatchAsync(Ct);
            }
        }
        await Task.WhenAll(Task.Run(InstanceAsync, Ct), Task.Run(InstanceAsync, Ct));

        var addresses = smtp.Received.Select(m => m.To.Mailboxes.Single().Address).ToList();
        Assert.Equal(10, addresses.Count);
        Assert.Equal(10, addresses.Distinct().Count());
    }

    private static bool IsReminder(MimeKit.MimeMessage m) => m.Subject?.StartsWith("Przypomnienie", StringComparison.Ordinal) == true;

    private static SmtpMailTransport Smtp(SmtpTestServer smtp) => new(new MailOptions { Host = "127.0.0.1", Port = smtp.Port, Security = "none" });

    private static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Lublin's 2021 period, due 15 March 2022, with three of its items for MOPR and two for MUP.</summary>
    private static async Task<(int PeriodId, List<Data.Monitoring.EntryRow> Mopr, List<Data.Monitoring.EntryRow> Mup)> CampaignAsync(KierunekDb db, Services services, TimeProvider clock)
    {
        var document = SeedFiles.LublinReport;
        var period = (await services.Monitoring.OpenPeriodAsync(document.Key, 2021, new CampaignSettings("15.03.2022", "7", null), Coordinator, Ct)).Value!;
        var nodes = document.AllNodes().ToList();
        var items = nodes.Select((n, i) => (n, i)).Where(x => x.n.Kind == NodeKind.Measure && x.n.Indicators.Count == 1).Take(5).ToList();
        var changes = items.Select((x, k) => new Assignments.Change(x.i, x.n, k < 3 ? MoprInstitution : MupInstitution)).ToList();
        Assert.True((await new Assignments(db, clock, NullLogger<Assignments>.Instance).AssignManyAsync(period.Id, changes, Coordinator, null, Ct)).IsSuccess);
        db.ChangeTracker.Clear();
        var entries = await db.Entries.AsNoTracking().Join(db.Assignments, e => e.AssignmentId, a => a.Id, (e, a) => new { e, a.InstitutionKey }).ToListAsync(Ct);
        return (period.Id, entries.Where(x => x.InstitutionKey == "mopr").Select(x => x.e).OrderBy(e => e.Id).ToList(),
            entries.Where(x => x.InstitutionKey == "mup").Select(x => x.e).OrderBy(e => e.Id).ToList());
    }

    private static Task AddReporterAsync(KierunekDb db, string email, string name, Institution institution) =>
        AddUserAsync(db, email, name, Roles.Reporter, institution);

    private static async Task AddUserAsync(KierunekDb db, string email, string name, string role, Institution? institution)
    {
        var roleRow = await db.Roles.SingleOrDefaultAsync(r => r.Name == role, Ct);
        if (roleRow is null)
        {
            roleRow = new IdentityRole(role) { NormalizedName = role.ToUpperInvariant() };
            db.Roles.Add(roleRow);
        }
        var user = new KierunekUser
        {
            UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
            DisplayName = name, InstitutionKey = institution?.Key, InstitutionName = institution?.Name, SecurityStamp = Guid.NewGuid().ToString(),
        };
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleRow.Id });
        await db.SaveChangesAsync(Ct);
        db.ChangeTracker.Clear();
    }
}
