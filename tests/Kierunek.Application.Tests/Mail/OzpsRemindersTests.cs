using Kierunek.Application.Mail;
using Kierunek.Application.Ozps;
using Kierunek.Data;
using Kierunek.Data.Accounts;
using Kierunek.Data.Tests;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Ozps.Assessments;
using Kierunek.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using static Kierunek.Application.Tests.Mail.MailScenario;

namespace Kierunek.Application.Tests.Mail;

/// <summary>The OZPS campaign reminds through the monitoring's machinery, sent over SMTP to a real server and read back:
/// with the ROPS's deadline of 5 May, on the schedule's day only the gmina that has not submitted is reminded — its staff,
/// by their TERYT code — with the link to its assessment; the one that submitted is not.</summary>
public class OzpsRemindersTests
{
    [Fact]
    public async Task Only_the_gmina_whose_assessment_is_not_with_the_rops_is_reminded()
    {
        using var database = Databases.Fresh("sqlite");
        await using var db = Database.Open(database.Target);
        await using var smtp = await SmtpTestServer.StartAsync();
        var clock = ClockOn(3, 1);
        var services = new Services(db, clock, Smtp(smtp), new MailOptions { Host = "127.0.0.1", RemindBefore = "7", RemindAfter = "", AppUrl = "https://kierunek.example.pl" });
        await AddUserAsync(db, "gops@lubartow.example.pl", "GOPS Lubartów", Roles.Reporter, null, "0608072");
        await AddUserAsync(db, "mops@lubartow.example.pl", "MOPS Lubartów", Roles.Reporter, null, "0608011");
        var rops = new OzpsAccess("06", false, true);
        var set = await new OzpsRegions(db, new MemoryCache(new MemoryCacheOptions()), clock)
            .SetCampaignAsync(rops, new Actor("rops", null, true), "06", 2021, new CampaignSettings("5.05.2022", "0", "Prosimy o terminowe przekazanie."), null, Ct);
        Assert.True(set.IsSuccess, string.Join("; ", set.Errors));
        var assessments = new OzpsAssessments(db, clock, NullLogger<OzpsAssessments>.Instance);
        var mops = new OzpsAccess("0608011", false, false);
        Assert.True((await assessments.SaveTableAsync(mops, new Actor("mops", null, false), "0608011", 2021, "infrastruktura", new Dictionary<string, string?> { ["w1-o"] = "10" }, 0, Ct)).IsSuccess);
        Assert.True((await assessments.SubmitAsync(mops, new Actor("mops", null, false), "0608011", 2021, Ct)).IsSuccess);

        clock.SetUtcNow(new DateTimeOffset(2022, 4, 27, 7, 0, 0, TimeSpan.Zero)); // 8 days before
        Assert.Equal(0, await services.Reminders.PlanAsync(Ct));
        clock.SetUtcNow(new DateTimeOffset(2022, 4, 28, 7, 0, 0, TimeSpan.Zero)); // 7 days before
        Assert.Equal(1, await services.Reminders.PlanAsync(Ct));
        await services.Outbox.DispatchAsync(Ct);

        var sent = Assert.Single(smtp.Received);
        Assert.Equal("gops@lubartow.example.pl", sent.To.Mailboxes.Single().Address);
        Assert.True(IsReminder(sent));
        Assert.Contains("Ocena zasobów pomocy społecznej — Lubartów", sent.TextBody);
        Assert.Contains("https://kierunek.example.pl/ozps/0608072/2021", sent.TextBody);
        Assert.Contains("Prosimy o terminowe przekazanie.", sent.TextBody);
        Assert.Equal(1, await db.Outbox.CountAsync(Ct));
    }
}
