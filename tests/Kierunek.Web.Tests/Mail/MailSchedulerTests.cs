using Kierunek.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using System.Net;

namespace Kierunek.Web.Tests.Mail;

/// <summary>The scheduler inside the application sends by itself: an invitation written to the outbox reaches the
/// SMTP server on the scheduler's next round, with nobody pressing anything.</summary>
public class MailSchedulerTests
{
    [Fact]
    public async Task The_applications_own_scheduler_sends_what_waits_in_the_outbox_on_its_next_round()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var smtp = await SmtpTestServer.StartAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var web = new WebFactory { SmtpPort = smtp.Port, MailScheduler = true, TestServices = s => s.AddSingleton<TimeProvider>(clock) };
        var admin = await web.SignedInAsync("admin@kierunek.local");
        var invited = await WebFactory.PostFormAsync(admin, "/administracja/uzytkownicy", new Dictionary<string, string>
        {
            ["Form.Email"] = "harmonogram@mops.lublin.pl", ["Form.DisplayName"] = "Halina Harmonogram", ["Form.Role"] = "Koordynator", ["Form.InstitutionKey"] = "",
        }, "/administracja/uzytkownicy?handler=Invite");
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        Assert.Empty(smtp.To("harmonogram@mops.lublin.pl"));

        clock.Advance(TimeSpan.FromMinutes(1)); // Kierunek:Mail:SchedulerMinutes is 1 in the tests
        for (var i = 0; i < 100 && smtp.To("harmonogram@mops.lublin.pl").Count == 0; i++) await Task.Delay(100, ct);
        Assert.Equal("Zaproszenie do systemu Kierunek", Assert.Single(smtp.To("harmonogram@mops.lublin.pl")).Subject);
    }
}
