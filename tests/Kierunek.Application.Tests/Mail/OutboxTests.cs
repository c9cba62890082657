using Kierunek.Application.Mail;
using Kierunek.Data;
using Kierunek.Data.Tests;
using Kierunek.Domain.Mail;
using Kierunek.TestSupport;
using Microsoft.EntityFrameworkCore;
using static Kierunek.Application.Tests.Mail.MailScenario;

namespace Kierunek.Application.Tests.Mail;

/// <summary>The outbox on SQLite and PostgreSQL: a send that fails stays with its error, waits longer each time, is
/// shown as not sent after the last attempt and goes out when the administrator sends it again (audited).</summary>
public class OutboxTests(StoredLublin lublin)
{
    public static TheoryData<string> Providers => Databases.Providers;

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
}
