using Kierunek.Data;
using Kierunek.Data.Mail;
using Kierunek.Domain.Mail;
using Kierunek.Web.Pages.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kierunek.Web.Tests.Mail;

/// <summary>The outbox without a mail server, as after ./start: an invitation made on the accounts page is written
/// to the outbox and, once the round runs, to the mail folder as an .eml file; the administrator reads it on the
/// outbox page and through the API, sends a failed one again (audited); nobody else may look.</summary>
public class OutboxTests(WebFactory web) : IClassFixture<WebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_invitation_goes_to_the_mail_folder_and_the_administrator_reads_it_on_the_outbox_page()
    {
        var admin = await web.SignedInAsync("admin@kierunek.local");
        var invited = await WebFactory.PostFormAsync(admin, "/administracja/uzytkownicy", new Dictionary<string, string>
        {
            ["Form.Email"] = "nowa.osoba@mopr.lublin.pl", ["Form.DisplayName"] = "Nowa Osoba", ["Form.Role"] = "Sprawozdawca",
            ["Form.InstitutionKey"] = "miejski-osrodek-pomocy-rodzinie",
        }, "/administracja/uzytkownicy?handler=Invite");
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        var notice = (await WebFactory.ParseAsync(await admin.GetAsync("/administracja/uzytkownicy", Ct))).QuerySelector(".notice")!.TextContent;
        Assert.Contains("Zaproszenie z linkiem wysłano e-mailem", notice);

        var api = await web.ApiClientAsync("admin@kierunek.local");
        var run = await (await api.PostAsync("/api/v1/poczta/wyslij", null, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(run.GetProperty("sent").GetInt32() >= 1);
        var eml = Directory.GetFiles(web.MailFolder, "*.eml").Select(File.ReadAllText).Single(t => t.Contains("nowa.osoba@mopr.lublin.pl", StringComparison.Ordinal));
        Assert.Contains("multipart/alternative", eml); // plain text and HTML, the mail program picks

        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/poczta?rodzaj=Invitation", Ct);
        Assert.StartsWith("folder ", list.GetProperty("transport").GetString());
        var message = list.GetProperty("messages").EnumerateArray().Single(m => m.GetProperty("to").GetString() == "nowa.osoba@mopr.lublin.pl");
        Assert.Equal(("zaproszenie", "wysłano"), (message.GetProperty("kind").GetString(), message.GetProperty("state").GetString()));
        var id = message.GetProperty("id").GetInt32();
        var body = await api.GetFromJsonAsync<JsonElement>($"/api/v1/poczta/{id}", Ct);
        Assert.Contains("http://localhost/zaproszenie?u=", body.GetProperty("text").GetString());
        Assert.Contains("rola: Sprawozdawca, instytucja: Miejski Ośrodek Pomocy Rodzinie", body.GetProperty("text").GetString());

        var page = await WebFactory.ParseAsync(await admin.GetAsync("/administracja/poczta?stan=wyslano", Ct));
        Assert.Contains(page.QuerySelectorAll("table.list a"), a => a.TextContent == "Zaproszenie do systemu Kierunek");
        var shown = await WebFactory.ParseAsync(await admin.GetAsync($"/administracja/poczta/{id}", Ct));
        Assert.Contains("Ustaw hasło", shown.QuerySelector("pre.mail-text")!.TextContent);
        var html = await admin.GetAsync($"/administracja/poczta/{id}?handler=Html", Ct);
        Assert.Equal(MessageModel.HtmlPolicy, html.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("<a href=\"http://localhost/zaproszenie?u=", await html.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task A_message_that_was_not_sent_is_sent_again_by_the_administrator_and_the_decision_is_audited()
    {
        int id;
        using (var scope = web.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KierunekDb>();
            var row = new OutboxRow
            {
                Kind = LetterKind.PeriodLocked, To = "nieosiagalny@mops.lublin.pl", Subject = "Zamknięto monitoring za 2021 r.", Text = "treść", Html = "<p>treść</p>",
                CreatedAt = DateTimeOffset.UtcNow, State = LetterState.Failed, Attempts = 6, LastError = "SmtpCommandException: 550 mailbox unavailable",
            };
            db.Outbox.Add(row);
            await db.SaveChangesAsync(Ct);
            id = row.Id;
        }
        var admin = await web.SignedInAsync("admin@kierunek.local");
        var failed = await WebFactory.ParseAsync(await admin.GetAsync("/administracja/poczta?stan=nie-wyslano", Ct));
        Assert.Contains("550 mailbox unavailable", failed.QuerySelector("table.list")!.TextContent);
        Assert.Contains("Nie wysłano: 1", failed.QuerySelector("ul.links")!.TextContent);

        var retried = await WebFactory.PostFormAsync(admin, $"/administracja/poczta/{id}", new Dictionary<string, string>(), $"/administracja/poczta/{id}?handler=Retry");
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        var api = await web.ApiClientAsync("admin@kierunek.local");
        var now = await api.GetFromJsonAsync<JsonElement>($"/api/v1/poczta/{id}", Ct);
        Assert.Equal(("czeka na wysłanie", 0), (now.GetProperty("message").GetProperty("state").GetString(), now.GetProperty("message").GetProperty("attempts").GetInt32()));
        using (var scope = web.Services.CreateScope())
        {
            var audit = await scope.ServiceProvider.GetRequiredService<KierunekDb>().Audit.AsNoTracking()
                .SingleAsync(a => a.Entity == "outbox" && a.EntityKey == id.ToString(), Ct);
            Assert.Equal(("admin@kierunek.local", "nie wysłano, prób: 6"), (audit.User, audit.OldValue));
        }
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync("/api/v1/poczta/999999/ponow", null, Ct)).StatusCode);
    }

    [Theory]
    [InlineData("koordynator@kierunek.local")]
    [InlineData("mopr@kierunek.local")]
    public async Task Only_the_administrator_opens_the_outbox(string email)
    {
        var page = await web.SignedInAsync(email);
        var response = await page.GetAsync("/administracja/poczta", Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/odmowa", response.Headers.Location!.PathAndQuery);
        var api = await web.ApiClientAsync(email);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/poczta", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsync("/api/v1/poczta/wyslij", null, Ct)).StatusCode);
    }
}
