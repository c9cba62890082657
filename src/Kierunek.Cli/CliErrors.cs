namespace Kierunek.Cli;

/// <summary>Every error code the command line gives of its own — usage and setup, not a file's content (those
/// are <see cref="Kierunek.Import.ImportErrorCodes"/> and <see cref="Kierunek.Import.Ozps.OzpsErrors"/>). All are
/// bad input (<see cref="ExitCodes.BadInput"/>); the code tells a script which one with --json.</summary>
public static class CliErrors
{
    /// <summary>The command line itself is wrong: an unknown command or option, a value not among the allowed
    /// ones (an unknown report kind or format), a required option missing.</summary>
    public const string Usage = "cli.usage";
    /// <summary>The document gives no reporting year and --year was not given.</summary>
    public const string NoYear = "cli.no-year";
    /// <summary>A --years range that is not one (2021-2023).</summary>
    public const string BadYears = "cli.bad-years";
    /// <summary>No seeds/ folder above the working directory (demo, benchmark).</summary>
    public const string NoSeeds = "cli.no-seeds";
    /// <summary>A PDF was asked for and Chromium, which prints it, is not installed.</summary>
    public const string NoChromium = "cli.no-chromium";
    /// <summary>A benchmark that measures PostgreSQL was given no server.</summary>
    public const string NoPostgres = "cli.no-postgres";
    /// <summary>An option's value that is not of its kind (a --url that is not an http(s) address).</summary>
    public const string BadOption = "cli.bad-option";
    /// <summary>The --db is a folder or a file that is not a SQLite database.</summary>
    public const string BadDatabase = "cli.bad-database";
}
