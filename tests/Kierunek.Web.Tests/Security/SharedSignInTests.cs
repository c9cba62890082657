using Kierunek.Application.Accounts;
using Kierunek.TestSupport;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Text.RegularExpressions;

namespace Kierunek.Web.Tests.Security;

/// <summary>Two production instances on one PostgreSQL behind one TLS proxy: a person signed in through one is signed
/// in on the other, and a restart of an instance signs nobody out — the data-protection keys live in the database.</summary>
public partial class SharedSignInTests
{
    private const string Email = "anna.nowak@mops.gmina.pl";
    private const string Password = "Haslo-Anny-2026";

    [Fact]
    public async Task A_sign_in_through_one_instance_holds_on_the_other_and_after_a_restart()
    {
        using var database = new TemporaryPostgresDatabase();
        var first = WebFactory.ProductionOn(database.ConnectionString);
        var second = WebFactory.ProductionOn(database.ConnectionString);
        try
        {
            var one = first.StartOnPort();
            var two = second.StartOnPort();
            await CreateAdministratorAsync(first);
            var browser = new Browser();

            await browser.SignInAsync(one);

            // In-process instances share a machine, so a key ring in the home folder would pass the next line as well:
            // the keys must be the database's, and nowhere else.
            using (var scope = second.Services.CreateScope())
            {
                Assert.IsType<EntityFrameworkCoreXmlRepository<Kierunek.Data.KierunekDb>>(scope.ServiceProvider.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository);
                Assert.NotEmpty(scope.ServiceProvider.GetRequiredService<Kierunek.Data.KierunekDb>().DataProtectionKeys);
            }
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(two, "/administracja/uzytkownicy")).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await new Browser().GetAsync(two, "/administracja/uzytkownicy")).StatusCode); // the cookie is what counts

            await first.DisposeAsync();
            first = WebFactory.ProductionOn(database.ConnectionString);
            var restarted = first.StartOnPort();
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(restarted, "/administracja/uzytkownicy")).StatusCode);
        }
        finally
        {
            await first.DisposeAsync();
            await second.DisposeAsync();
        }
    }

    private static async Task CreateAdministratorAsync(WebFactory web)
    {
        using var scope = web.Services.CreateScope();
        var code = (await scope.ServiceProvider.GetRequiredService<SetupCodes>().CreateAsync(Email, "test")).Value.Code;
        var made = await scope.ServiceProvider.GetRequiredService<UserAdministration>().SetUpAdministratorAsync(code, "Anna Nowak", Password, Password);
        Assert.True(made.Done, made.Error?.Message);
    }

    /// <summary>What a browser behind the TLS proxy does: the proxy's X-Forwarded-Proto on every request, and the
    /// cookies (Secure in production) kept by name and sent to both instances, which share one host name.</summary>
    private sealed partial class Browser
    {
        private readonly HttpClient client = new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
        private readonly Dictionary<string, string> cookies = [];

        public async Task SignInAsync(string site)
        {
            var page = await (await GetAsync(site, "/logowanie")).Content.ReadAsStringAsync();
            var token = Token().Match(page).Groups[1].Value;
            var response = await SendAsync(new HttpRequestMessage(HttpMethod.Post, site + "/logowanie")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = Email, ["Password"] = Password, ["__RequestVerificationToken"] = token }),
            });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        public Task<HttpResponseMessage> GetAsync(string site, string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, site + path));

        private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
        {
            request.Headers.Add("X-Forwarded-Proto", "https");
            if (cookies.Count > 0) request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
            var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            foreach (var set in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                var pair = set.Split(';')[0].Split('=', 2);
                cookies[pair[0]] = pair[1];
            }
            return response;
        }

        [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
        private static partial Regex Token();
    }
}
