using Kierunek.Application.Monitoring;
using Kierunek.Application.Strategies;
using Kierunek.Data;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Strategies;
using Kierunek.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kierunek.Web.Tests.EndToEnd;

/// <summary>Reminders in a real browser and over a real SMTP server, on 8 March 2022 — seven days before the 2021
/// deadline: MOPR has handed in everything, MUP nothing. The administrator runs the scheduler's round from the outbox
/// page; only MUP's reporter gets a reminder (read back from the server), the approver learns that MOPR is complete,
/// and a second round the same day, or the next day, sends no other reminder. axe on every page; the reminder as
/// its recipient sees it is photographed.</summary>
public class ReminderFlowTests
{
    private const string Key = WebFactory.LublinKey;

    [Fact]
    public async Task Only_the_institution_that_has_not_answered_is_reminded_and_only_once_a_day()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var clock = new OfficeClock(new DateTimeOffset(2022, 3, 8, 9, 0, 0, TimeSpan.FromHours(1)));
        await using var app = new BrowserApp(new WebFactory { SmtpPort = smtp.Port, TestServices = s => s.AddSingleton<TimeProvider>(clock) });
        await app.InitializeAsync();
        await CampaignAsync(app.Web);

        var admin = await app.SignedInAsync("admin@kierunek.local");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Poczta", Exact = true }).ClickAsync();
        await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync("Poczta wychodząca");
        await Assertions.Expect(admin.Locator("main")).ToContainTextAsync($"serwer SMTP 127.0.0.1:{smtp.Port}");
        await app.AssertAccessibleAsync(admin);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Zaplanuj dzisiejsze przypomnienia i wyślij teraz" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Zaplanowano przypomnienia: 1.");
        await app.AssertAccessibleAsync(admin);
        await BrowserApp.ScreenshotAsync(admin, "poczta-wychodzaca");
        await admin.SetViewportSizeAsync(390, 844);
        await app.AssertAccessibleAsync(admin);
        // The administrator's five links wrap in the header; only the table scrolls, inside its own region.
        Assert.True(await admin.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390, "strona szersza niż 390 px");
        await Assertions.Expect(admin.GetByRole(AriaRole.Link, new() { Name = "Poczta", Exact = true })).ToBeInViewportAsync();
        await BrowserApp.ScreenshotAsync(admin, "poczta-wychodzaca-390");
        await admin.SetViewportSizeAsync(1280, 900);

        var reminders = smtp.Received.Where(IsReminder).ToList();
        Assert.Equal("mup@kierunek.local", Assert.Single(reminders).To.Mailboxes.Single().Address);
        Assert.Contains("Termin przekazania: 15 marca 2022 r. (zostało 7 dni).", reminders[0].TextBody);
        Assert.Contains("http://localhost/monitoring/" + Key + "/2021/wprowadzanie", reminders[0].TextBody);
        Assert.Contains(smtp.To("zatwierdzajacy@kierunek.local"), m => m.Subject == "Komplet danych za 2021 r.: Miejski Ośrodek Pomocy Rodzinie");
        Assert.DoesNotContain(smtp.To("mopr@kierunek.local"), IsReminder);

        await admin.GetByRole(AriaRole.Link, new() { Name = "Przypomnienie: dane do monitoringu za 2021 r." }).ClickAsync();
        await Assertions.Expect(admin.Locator("pre.mail-text")).ToContainTextAsync("Miejski Urząd Pracy: do przekazania w monitoringu została jeszcze 1 wartość.");
        await app.AssertAccessibleAsync(admin);
        await admin.GetByRole(AriaRole.Link, new() { Name = "Wersja HTML" }).ClickAsync();
        await Assertions.Expect(admin.Locator("h2")).ToContainTextAsync("dane za 2021 r.");
        await BrowserApp.ScreenshotAsync(admin, "przypomnienie-e-mail");
        await admin.SetViewportSizeAsync(390, 844);
        await BrowserApp.ScreenshotAsync(admin, "przypomnienie-e-mail-390");
        await admin.SetViewportSizeAsync(1280, 900);

        await admin.GotoAsync("/administracja/poczta");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Zaplanuj dzisiejsze przypomnienia i wyślij teraz" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Zaplanowano przypomnienia: 0.");
        clock.Advance(TimeSpan.FromDays(1)); // 9 March: six days before, not on the schedule (7 and 1 days before)
        admin = await app.SignedInAsync("admin@kierunek.local");
        await admin.GotoAsync("/administracja/poczta");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Zaplanuj dzisiejsze przypomnienia i wyślij teraz" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Zaplanowano przypomnienia: 0.");
        Assert.Single(smtp.Received, IsReminder);

        var reporter = await app.SignedInAsync("mup@kierunek.local");
        await reporter.GotoAsync("/administracja/poczta");
        await Assertions.Expect(reporter.Locator("h1")).ToHaveTextAsync("Brak dostępu");
    }

    private static bool IsReminder(MimeKit.MimeMessage m) => m.Subject?.StartsWith("Przypomnienie", StringComparison.Ordinal) == true;

    /// <summary>2021 opened with the deadline 15 March 2022; one item each for MOPR and MUP; MOPR submits its value.</summary>
    private static async Task CampaignAsync(WebFactory web)
    {
        var ct = TestContext.Current.CancellationToken;
        using var scope = web.Services.CreateScope();
        var services = scope.ServiceProvider;
        var monitoring = services.GetRequiredService<MonitoringService>();
        var document = (await services.GetRequiredService<StrategyCatalog>().GetAsync(Key, ct))!;
        var coordinator = new Actor("koordynator@kierunek.local", null, Reviews: true);
        var period = (await monitoring.OpenPeriodAsync(Key, 2021, new CampaignSettings("2022-03-15", "3", null), coordinator, ct)).Value!;
        var nodes = document.AllNodes().ToList();
        var items = nodes.Select((n, i) => (n, i)).Where(x => x.n.Kind == NodeKind.Measure && x.n.Indicators.Count == 1).Take(2).ToList();
        var institutions = new[] { "miejski-osrodek-pomocy-rodzinie", "miejski-urzad-pracy" }.Select(k => document.Institutions.Single(i => i.Key == k)).ToList();
        var assigned = await services.GetRequiredService<Assignments>().AssignManyAsync(period.Id,
            items.Select((x, k) => new Assignments.Change(x.i, x.n, institutions[k])).ToList(), coordinator, null, ct);
        Assert.True(assigned.IsSuccess, string.Join(" ", assigned.Errors));
        var db = services.GetRequiredService<KierunekDb>();
        var moprEntry = await db.Assignments.Where(a => a.PeriodId == period.Id && a.InstitutionKey == "miejski-osrodek-pomocy-rodzinie")
            .SelectMany(a => a.Entries).SingleAsync(ct);
        var saved = await monitoring.SaveAsync(moprEntry.Id, "120", null, submit: true, moprEntry.Version, null,
            new Actor("mopr@kierunek.local", "miejski-osrodek-pomocy-rodzinie", Reviews: false), ct);
        Assert.True(saved.Done, saved.Error?.Message);
    }
}
