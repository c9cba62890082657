using System.Net;

namespace Kierunek.Web.Tests.Security;

/// <summary>Forwarded headers (X-Forwarded-For, X-Forwarded-Proto) are believed only from the proxies named in
/// Kierunek:TrustedProxies — none by default. Runs on a real port: the in-memory test server has no client address.</summary>
public class ProxyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Without_a_trusted_proxy_a_made_up_forwarded_address_does_not_get_round_the_sign_in_limit()
    {
        await using var web = new WebFactory { LoginAttemptsPerMinute = 10 };
        using var client = WebFactory.ClientOf(web.StartOnPort());
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            client.DefaultRequestHeaders.Remove("X-Forwarded-For");
            client.DefaultRequestHeaders.Add("X-Forwarded-For", $"203.0.113.{i + 1}"); // a new address each time
            statuses.Add((await WebFactory.LoginAsync(client, "admin@kierunek.local", "zle-haslo-" + i)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task Behind_a_trusted_tls_proxy_each_client_has_its_own_limit_and_https_gets_hsts()
    {
        await using var web = new WebFactory { LoginAttemptsPerMinute = 10, TrustedProxies = "127.0.0.1" };
        using var client = WebFactory.ClientOf(web.StartOnPort());
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        for (var i = 0; i < 10; i++) await WebFactory.LoginAsync(client, "admin@kierunek.local", "zle-haslo-" + i);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await WebFactory.LoginAsync(client, "admin@kierunek.local", "zle-haslo-x")).StatusCode);

        client.DefaultRequestHeaders.Remove("X-Forwarded-For");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.8"); // another person behind the same proxy
        Assert.Equal(HttpStatusCode.OK, (await WebFactory.LoginAsync(client, "admin@kierunek.local", "zle-haslo-y")).StatusCode);

        // HSTS only for what the proxy says came over TLS (and never for localhost, hence the public host name).
        using var https = new HttpRequestMessage(HttpMethod.Get, "/logowanie") { Headers = { Host = "kierunek.example.pl" } };
        https.Headers.Add("X-Forwarded-Proto", "https");
        Assert.Contains("max-age", (await client.SendAsync(https, Ct)).Headers.GetValues("Strict-Transport-Security").Single());
        using var plain = new HttpRequestMessage(HttpMethod.Get, "/logowanie") { Headers = { Host = "kierunek.example.pl" } };
        Assert.False((await client.SendAsync(plain, Ct)).Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task A_proxy_that_is_not_an_address_stops_the_application_with_the_settings_name()
    {
        await using var web = new WebFactory { TrustedProxies = "10.0.0.5, proxy.lan" };
        var failure = Assert.ThrowsAny<Exception>(() => web.Services);
        Assert.Contains("Kierunek:TrustedProxies: „proxy.lan” nie jest adresem IP ani siecią", failure.ToString());
    }
}
