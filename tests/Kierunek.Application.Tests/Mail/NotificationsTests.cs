using Kierunek.Application.Mail;
using Kierunek.Application.Monitoring;
using Kierunek.Data;
using Kierunek.Data.Accounts;
using Kierunek.Data.Tests;
using Kierunek.Domain.Institutions;
using Kierunek.TestSupport;
using Microsoft.EntityFrameworkCore;
using static Kierunek.Application.Tests.Mail.MailScenario;

namespace Kierunek.Application.Tests.Mail;

/// <summary>What a step of the monitoring tells by e-mail, on SQLite and PostgreSQL, read back from a real SMTP
/// server: returns gathered into one e-mail to the institution's reporters, an institution's complete data to the
/// approvers, a locked period to everyone it concerns.</summary>
public class NotificationsTests(StoredLublin lublin)
{
    public static TheoryData<string> Providers => Databases.Providers;

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
        await monitoring.SaveManyAsync(moprEntries.Select(e => new MonitoringService.Row(e.Id, "12", "dane z rejestru MOPR", 0)).ToList(), submit: true, Mopr, Ct);
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

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Locking_a_period_tells_its_coordinators_approvers_and_the_reporters_of_its_institutions(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        using var db = Database.Open(database.Target);
        await using var smtp = await SmtpTestServer.StartAsync();
        var clock = ClockOn(3, 20);
        var services = new Services(db, clock, Smtp(smtp), new MailOptions { Host = "127.0.0.1" });
        var (periodId, moprEntries, _) = await CampaignAsync(db, services, clock);
        await AddReporterAsync(db, "anna.nowak@mopr.example.pl", "Anna Nowak", MoprInstitution);
        await AddReporterAsync(db, "jan.kowalski@mup.example.pl", "Jan Kowalski", MupInstitution);
        await AddReporterAsync(db, "ktos@inna.example.pl", "Ktoś z innej instytucji", new Institution("inna", "Inna", InstitutionKind.Other, null));
        await AddUserAsync(db, "zatwierdza@mops.example.pl", "Maria Zielińska", Roles.Approver, null);
        await services.Monitoring.SaveManyAsync(moprEntries.Select(e => new MonitoringService.Row(e.Id, "12", "dane z rejestru MOPR", 0)).ToList(), submit: true, Mopr, Ct);
        await services.Monitoring.ReviewManyAsync(moprEntries.Select(e => (e.Id, 1)).ToList(), approve: true, null, Coordinator, Ct);

        Assert.True((await services.Monitoring.LockAsync(periodId, Coordinator, Ct, closeWithoutMissing: true)).Done);
        await services.Outbox.DispatchAsync(Ct);
        var locked = smtp.Received.Where(m => m.Subject == "Zamknięto monitoring za 2021 r.").Select(m => m.To.Mailboxes.Single().Address).Order().ToList();
        Assert.Equal(["anna.nowak@mopr.example.pl", "jan.kowalski@mup.example.pl", "zatwierdza@mops.example.pl"], locked);
        Assert.Contains("koordynator@kierunek.local", smtp.To("jan.kowalski@mup.example.pl").Single(m => m.Subject == "Zamknięto monitoring za 2021 r.").TextBody);
    }
}
