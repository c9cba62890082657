namespace Kierunek.Architecture.Tests;

/// <summary>The layers, lowest first, and what each may use. A project may reference only projects of a lower
/// layer it is allowed to see; Import, Data and Reports are siblings over Domain and never see each other.</summary>
public static class Layers
{
    /// <summary>The projects each project may reference directly (docs/architecture.md draws the same picture).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> AllowedReferences = new Dictionary<string, string[]>
    {
        ["Kierunek.Domain"] = [],
        ["Kierunek.Import"] = ["Kierunek.Domain"],
        ["Kierunek.Data"] = ["Kierunek.Domain"],
        ["Kierunek.Reports"] = ["Kierunek.Domain"],
        ["Kierunek.Application"] = ["Kierunek.Domain", "Kierunek.Import", "Kierunek.Data", "Kierunek.Reports"],
        ["Kierunek.Web"] = ["Kierunek.Application"],
        ["Kierunek.Cli"] = ["Kierunek.Application"],
        // Measurements host the web application and reuse the CLI's output; nothing references them.
        ["Kierunek.Benchmarks"] = ["Kierunek.Web", "Kierunek.Cli"],
    };

    /// <summary>Package name prefixes a project must not reference: the domain stays free of storage, files,
    /// documents and the web; only Data talks to a database; only Web is ASP.NET Core.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> ForbiddenPackages = new Dictionary<string, string[]>
    {
        ["Kierunek.Domain"] = ["Microsoft.EntityFrameworkCore", "Npgsql", "Microsoft.AspNetCore", "Microsoft.Extensions", "DocumentFormat.OpenXml", "AngleSharp", "ScottPlot", "SkiaSharp", "Microsoft.Playwright", "System.CommandLine"],
        ["Kierunek.Import"] = ["Microsoft.EntityFrameworkCore", "Npgsql", "Microsoft.AspNetCore", "Microsoft.Playwright"],
        ["Kierunek.Data"] = ["Microsoft.AspNetCore.OpenApi", "DocumentFormat.OpenXml", "AngleSharp", "ScottPlot", "Microsoft.Playwright"],
        ["Kierunek.Reports"] = ["Microsoft.EntityFrameworkCore", "Npgsql", "Microsoft.AspNetCore"],
        ["Kierunek.Application"] = ["Microsoft.AspNetCore.OpenApi", "System.CommandLine"],
        ["Kierunek.Cli"] = ["Microsoft.AspNetCore"],
    };

    /// <summary>Types the domain must not touch: files and folders, the clock, the console, the network.</summary>
    public static readonly string[] ForbiddenInDomain =
    [
        "System.IO.File", "System.IO.Directory", "System.IO.Path", "System.Console", "System.Net", "System.TimeProvider",
        "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Microsoft.Extensions",
    ];
}
