using Kierunek.Application.Mail;
using Kierunek.Application.Monitoring;
using Kierunek.Data;
using Kierunek.Data.Accounts;
using Kierunek.Domain.Institutions;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Strategies;
using Kierunek.Import.Tests;
using Kierunek.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Kierunek.Application.Tests.Mail;

/// <summary>What the e-mail tests share: Lublin's 2021 campaign with MOPR and MUP, accounts with addresses, the
/// office's clock, the transport to a <see cref="SmtpTestServer"/>.</summary>
internal static class MailScenario
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static readonly Actor Coordinator = new("koordynator@kierunek.local", null, Reviews: true);
    public static readonly Actor Mopr = new("mopr@kierunek.local", "mopr", Reviews: false);
    public static readonly Institution MoprInstitution = new("mopr", "Miejski Ośrodek Pomocy Rodzinie", InstitutionKind.SocialWelfareCentre, null);
    public static readonly Institution MupInstitution = new("mup", "Miejski Urząd Pracy", InstitutionKind.Other, null);

    /// <summary>15 March 2022, 8:00 in Warsaw is 7:00 UTC; the office's calendar is the clock's local zone.</summary>
    public static FakeTimeProvider ClockOn(int month, int day)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2022, month, day, 7, 0, 0, TimeSpan.Zero));
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        return clock;
    }

    public static bool IsReminder(MimeKit.MimeMessage m) => m.Subject?.StartsWith("Przypomnienie", StringComparison.Ordinal) == true;

    public static SmtpMailTransport Smtp(SmtpTestServer smtp) => new(new MailOptions { Host = "127.0.0.1", Port = smtp.Port, Security = "none" });

    public static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Lublin's 2021 period, due 15 March 2022, with three of its items for MOPR and two for MUP.</summary>
    public static async Task<(int PeriodId, List<Data.Monitoring.EntryRow> Mopr, List<Data.Monitoring.EntryRow> Mup)> CampaignAsync(KierunekDb db, Services services, TimeProvider clock)
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

    public static Task AddReporterAsync(KierunekDb db, string email, string name, Institution institution) =>
        AddUserAsync(db, email, name, Roles.Reporter, institution);

    public static async Task AddUserAsync(KierunekDb db, string email, string name, string role, Institution? institution, string? areaCode = null)
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
            DisplayName = name, InstitutionKey = institution?.Key, InstitutionName = institution?.Name, SecurityStamp = Guid.NewGuid().ToString(), AreaCode = areaCode,
        };
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleRow.Id });
        await db.SaveChangesAsync(Ct);
        db.ChangeTracker.Clear();
    }
}
