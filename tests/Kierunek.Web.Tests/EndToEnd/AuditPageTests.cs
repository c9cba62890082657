using Kierunek.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kierunek.Web.Tests.EndToEnd;

/// <summary>The administrator's "Dziennik zmian" page says the audit is intact; after a row is changed in the database
/// past the triggers (as someone with the file could), it names that row. Only administrators open it. Its own app:
/// the test forges its audit.</summary>
public class AuditPageTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task The_administrator_sees_an_intact_audit_and_then_the_first_forged_row()
    {
        var admin = await app.SignedInAsync("admin@kierunek.local");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Dziennik zmian" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Dziennik jest nienaruszony.");
        await app.AssertAccessibleAsync(admin);
        await BrowserApp.ScreenshotAsync(admin, "dziennik-zmian");

        long forged;
        using (var scope = app.Web.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KierunekDb>();
            forged = await db.Audit.OrderBy(a => a.Sequence).Skip(1).Select(a => a.Id).FirstAsync(TestContext.Current.CancellationToken);
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER audit_no_update", TestContext.Current.CancellationToken);
            await db.Database.ExecuteSqlAsync($"UPDATE audit SET \"User\" = 'ktoś inny' WHERE \"Id\" = {forged}", TestContext.Current.CancellationToken);
        }
        await admin.ReloadAsync();

        var alert = admin.GetByRole(AriaRole.Alert);
        await Assertions.Expect(alert).ToContainTextAsync($"Dziennik jest naruszony przy wpisie nr 2 (identyfikator {forged})");
        await Assertions.Expect(admin.Locator("table.list")).ToContainTextAsync("ktoś inny");
        await app.AssertAccessibleAsync(admin);
        await BrowserApp.ScreenshotAsync(admin, "dziennik-zmian-naruszony");

        var reporter = await app.SignedInAsync("mopr@kierunek.local");
        await reporter.GotoAsync("/administracja/dziennik");
        await Assertions.Expect(reporter.Locator("h1")).ToHaveTextAsync("Brak dostępu");
    }
}
