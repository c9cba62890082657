using Kierunek.Application.Mail;
using Kierunek.Application.Monitoring;
using Kierunek.Data;
using Kierunek.Data.Tests;
using Kierunek.Domain.Mail;
using Kierunek.Import.Tests;
using Kierunek.TestSupport;
using Microsoft.EntityFrameworkCore;
using static Kierunek.Application.Tests.Mail.MailScenario;

namespace Kierunek.Application.Tests.Mail;

/// <summary>Deadline reminders on SQLite and PostgreSQL, sent over SMTP to a real server and read back: only the
/// institution that has not answered is reminded, once a day at most, on the schedule's days; two instances on one
/// database send each reminder once.</summary>
public class RemindersTests(StoredLublin lublin)
{
    public static TheoryData<string> Providers => Databases.Providers;

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
        var saved = await services.Monitoring.SaveManyAsync(moprEntries.Select(e => new MonitoringService.Row(e.Id, "12", "dane z rejestru MOPR", 0)).ToList(), submit: true, Mopr, Ct);
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
    public async Task An_institution_without_accounts_is_reminded_at_the_registers_contact_email(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        using var db = Database.Open(database.Target);
        await using var smtp = await SmtpTestServer.StartAsync();
        var clock = ClockOn(3, 8);
        var services = new Services(db, clock, Smtp(smtp), new MailOptions { Host = "127.0.0.1", RemindBefore = "7", AppUrl = "https://kierunek.example.pl" });
        await CampaignAsync(db, services, clock);
        await AddReporterAsync(db, "anna.nowak@mopr.example.pl", "Anna Nowak", MoprInstitution);
        // MUP's people have no account: only the register knows where to write.
        Assert.Equal(1, await services.Reminders.PlanAsync(Ct));
        await db.Outbox.ExecuteDeleteAsync(Ct);
        db.Register.Add(new Data.Strategies.RegisterEntryRow { Key = "mup", Name = "Miejski Urząd Pracy w Lublinie", Kind = "LabourOffice", Email = "sekretariat@mup.example.pl", UpdatedBy = "koordynator@kierunek.local" });
        await db.SaveChangesAsync(Ct);

        Assert.Equal(2, await services.Reminders.PlanAsync(Ct));
        Assert.Equal(0, await services.Reminders.PlanAsync(Ct)); // once a day
        await services.Outbox.DispatchAsync(Ct);

        Assert.Contains(smtp.To("sekretariat@mup.example.pl"), IsReminder);
        Assert.Contains(smtp.To("anna.nowak@mopr.example.pl"), IsReminder);
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
}
