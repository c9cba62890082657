using AngleSharp.Html.Parser;
using Kierunek.Data.Accounts;
using Kierunek.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kierunek.Web.Tests.Accounts;

/// <summary>Who may open which page: anonymous visitors are sent to sign in, staff browse strategies,
/// a public reader does not; sign-in needs the anti-forgery token and locks after repeated failures.</summary>
public class AccountAndAccessTests(WebFactory web) : IClassFixture<WebFactory>
{
    private static string Tree => $"/strategie/{WebFactory.LublinKey}";

    [Fact]
    public async Task An_anonymous_visitor_of_the_start_page_lands_on_the_public_area()
    {
        var response = await web.Browser().GetAsync("/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/publiczne", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/strategie/strategia-rozwiazywania-problemow-spolecznych-miasta-lublin-2014-2020-raport-2020")]
    [InlineData("/strategie/strategia-rozwiazywania-problemow-spolecznych-miasta-lublin-2014-2020-raport-2020/pozycje/3")]
    public async Task An_anonymous_visitor_is_sent_to_sign_in(string path)
    {
        var response = await web.Browser().GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/logowanie", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("admin@kierunek.local", HttpStatusCode.OK)]
    [InlineData("koordynator@kierunek.local", HttpStatusCode.OK)]
    [InlineData("zatwierdzajacy@kierunek.local", HttpStatusCode.OK)]
    [InlineData("mopr@kierunek.local", HttpStatusCode.OK)]
    [InlineData("czytelnik@kierunek.local", HttpStatusCode.OK)] // a reader reads the strategy (not its work pages)
    public async Task Each_role_opens_the_strategy_tree_as_it_may(string email, HttpStatusCode expected)
    {
        var client = await web.SignedInAsync(email);
        var response = await client.GetAsync(Tree, TestContext.Current.CancellationToken);
        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Redirect) Assert.StartsWith("/odmowa", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Every_answer_carries_the_security_headers()
    {
        var response = await web.Browser().GetAsync("/logowanie", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Signing_in_without_the_anti_forgery_token_is_refused()
    {
        var response = await web.Browser().PostAsync("/logowanie", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "koordynator@kierunek.local", ["Password"] = WebFactory.Password,
        }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_says_so_and_five_lock_the_account()
    {
        var client = web.Browser();
        var first = await WebFactory.LoginAsync(client, "mup@kierunek.local", "zle-haslo-123");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("Nieprawidłowy adres e-mail lub hasło.", await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        HttpResponseMessage last = first;
        for (var i = 0; i < 4; i++) last = await WebFactory.LoginAsync(client, "mup@kierunek.local", "zle-haslo-123");
        // A wrong password never says whether the account exists or is locked...
        Assert.Contains(PasswordSignIn.Refused, await last.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains(PasswordSignIn.Refused, await (await WebFactory.LoginAsync(client, "mup@kierunek.local", "zle-haslo-123")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        // ...the right one is refused while the lock lasts, and told why.
        var right = await WebFactory.LoginAsync(client, "mup@kierunek.local", WebFactory.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(PasswordSignIn.LockedAfterFailures, await right.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_unknown_e_mail_and_a_wrong_password_get_the_same_answer_for_the_same_work()
    {
        var ct = TestContext.Current.CancellationToken;
        var hashes = new CountingHasher();
        await using var counted = new WebFactory
        {
            TestServices = services => services.AddScoped<IPasswordHasher<KierunekUser>>(_ => hashes.Wrapping(new PasswordHasher<KierunekUser>(
                Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { IterationCount = 1_000 })))),
        };
        _ = counted.Services; // started: the demo accounts' passwords are set
        var answers = new List<(string Text, int Hashes)>();
        foreach (var email in new[] { "nikt-taki@kierunek.local", "mup@kierunek.local" })
        {
            var before = hashes.Verified;
            var page = await new HtmlParser().ParseDocumentAsync(await (await WebFactory.LoginAsync(counted.Browser(), email, "zle-haslo-123")).Content.ReadAsStringAsync(ct));
            answers.Add((page.QuerySelector(".error-summary")!.TextContent.Trim(), hashes.Verified - before));
        }
        Assert.Equal(answers[0], answers[1]);
        Assert.Equal(1, answers[0].Hashes);
        var token = await counted.Browser().PostAsJsonAsync("/api/v1/token", new { email = "nikt-taki@kierunek.local", password = "zle-haslo-123" }, ct);
        Assert.Equal(PasswordSignIn.Refused, (await token.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("detail").GetString());
    }

    /// <summary>Counts the password checks of the hasher it wraps.</summary>
    private sealed class CountingHasher
    {
        private int verified;
        public int Verified => verified;

        public IPasswordHasher<KierunekUser> Wrapping(IPasswordHasher<KierunekUser> inner) => new Counted(this, inner);

        private sealed class Counted(CountingHasher counter, IPasswordHasher<KierunekUser> inner) : IPasswordHasher<KierunekUser>
        {
            public string HashPassword(KierunekUser user, string password) => inner.HashPassword(user, password);

            public PasswordVerificationResult VerifyHashedPassword(KierunekUser user, string hashedPassword, string providedPassword)
            {
                Interlocked.Increment(ref counter.verified);
                return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
            }
        }
    }

    [Fact]
    public async Task Signing_out_needs_a_post_with_the_token()
    {
        var client = await web.SignedInAsync("koordynator@kierunek.local");
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/wyloguj", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/", TestContext.Current.CancellationToken)).StatusCode); // still signed in
        var token = await WebFactory.TokenAsync(client, "/");
        var response = await client.PostAsync("/wyloguj", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task After_signing_out_a_copy_of_the_old_session_cookie_no_longer_works()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = web.Browser();
        var signedIn = await WebFactory.LoginAsync(client, "zatwierdzajacy@kierunek.local", WebFactory.Password);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("kierunek=", StringComparison.Ordinal));
        var copy = web.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/", ct)).StatusCode);

        var token = await WebFactory.TokenAsync(client, "/");
        await client.PostAsync("/wyloguj", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), ct);

        var after = await copy.GetAsync($"/strategie/{WebFactory.LublinKey}", ct);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/logowanie", after.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Pages_are_polish_and_say_their_language()
    {
        var client = await web.SignedInAsync("koordynator@kierunek.local");
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync("/", TestContext.Current.CancellationToken));
        Assert.Equal("pl", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Strategie i programy", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(4, page.QuerySelectorAll("table.list tbody tr").Length); // seeds 000, 001, 002, 004; 003 is an OZPS
    }
}

/// <summary>Sign-in attempts from one address are limited to 10 a minute; the form itself always shows.</summary>
public class LoginRateLimitTests(RateLimitedWebFactory limited) : IClassFixture<RateLimitedWebFactory>
{
    [Fact]
    public async Task The_eleventh_attempt_in_a_minute_is_refused_with_429()
    {
        var client = limited.Web.Browser();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++) statuses.Add((await WebFactory.LoginAsync(client, "admin@kierunek.local", "zle-haslo-" + i)).StatusCode);
        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/logowanie", TestContext.Current.CancellationToken)).StatusCode);
    }
}
