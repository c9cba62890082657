using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Kierunek.Web;

/// <summary>The application's own settings, section "Kierunek" (appsettings*.json, or environment variables such as
/// Kierunek__LoginAttemptsPerMinute). Checked when the application starts, so a wrong value stops it with the
/// setting's name rather than misbehaving later. The demo data's settings are <see cref="Demo.DemoOptions"/>.</summary>
public sealed class KierunekOptions : IValidatableObject
{
    public const string Section = "Kierunek";

    /// <summary>A SQLite file (relative to the application's folder) or a PostgreSQL connection string; empty — the
    /// connection string "Kierunek", else the user's data folder.</summary>
    public string? Database { get; set; }

    /// <summary>Sign-in attempts (POSTs) per minute from one address; showing the form is never limited.</summary>
    [Range(1, 100_000, ErrorMessage = "Kierunek:LoginAttemptsPerMinute musi być liczbą od 1 do 100 000.")]
    public int LoginAttemptsPerMinute { get; set; } = 10;

    /// <summary>The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed: addresses or networks,
    /// separated by commas ("10.0.0.5, 10.1.0.0/16"). None by default, not even this machine: otherwise anyone could
    /// name a new address in each request and get round the limit on sign-in attempts.</summary>
    public string? TrustedProxies { get; set; }

    /// <summary>The entries of <see cref="TrustedProxies"/> as networks (an address is a network of one). A wrong
    /// entry is left out here and stops the application on start (<see cref="Validate"/>).</summary>
    public IReadOnlyList<IPNetwork> ProxyNetworks() => [.. Entries().Select(Parse).Where(n => n.HasValue).Select(n => n!.Value)];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Entries().Where(e => Parse(e) is null).Select(e => new ValidationResult(
            $"Kierunek:TrustedProxies: „{e}” nie jest adresem IP ani siecią (np. 10.0.0.5 albo 10.1.0.0/16).", [nameof(TrustedProxies)]));

    private IEnumerable<string> Entries() =>
        (TrustedProxies ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static IPNetwork? Parse(string entry) =>
        IPNetwork.TryParse(entry, out var network) ? network
        : IPAddress.TryParse(entry, out var address) ? new IPNetwork(address, address.GetAddressBytes().Length * 8)
        : null;
}
