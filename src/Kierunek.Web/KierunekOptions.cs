using System.ComponentModel.DataAnnotations;

namespace Kierunek.Web;

/// <summary>The application's own settings, section "Kierunek" (appsettings*.json, or environment variables such as
/// Kierunek__LoginAttemptsPerMinute). Checked when the application starts, so a wrong value stops it with the
/// setting's name rather than misbehaving later. The demo data's settings are <see cref="Demo.DemoOptions"/>.</summary>
public sealed class KierunekOptions
{
    public const string Section = "Kierunek";

    /// <summary>A SQLite file (relative to the application's folder) or a PostgreSQL connection string; empty — the
    /// connection string "Kierunek", else the user's data folder.</summary>
    public string? Database { get; set; }

    /// <summary>Sign-in attempts (POSTs) per minute from one address; showing the form is never limited.</summary>
    [Range(1, 100_000, ErrorMessage = "Kierunek:LoginAttemptsPerMinute musi być liczbą od 1 do 100 000.")]
    public int LoginAttemptsPerMinute { get; set; } = 10;
}
