using System.Xml.Linq;

namespace Kierunek.Architecture.Tests;

/// <summary>What a project file says about its edges: the projects and packages it references.</summary>
public sealed record ProjectFacts(string Name, IReadOnlyList<string> Projects, IReadOnlyList<string> Packages)
{
    public static ProjectFacts Read(string csproj)
    {
        var xml = XDocument.Load(csproj);
        var projects = xml.Descendants("ProjectReference").Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/'))).ToList();
        var packages = xml.Descendants("PackageReference").Select(r => r.Attribute("Include")!.Value).ToList();
        return new ProjectFacts(Path.GetFileNameWithoutExtension(csproj), projects, packages);
    }

    /// <summary>Every project under src/.</summary>
    public static IReadOnlyList<ProjectFacts> OfSources() =>
        Directory.GetFiles(Path.Combine(Repository.Root, "src"), "*.csproj", SearchOption.AllDirectories).Order().Select(Read).ToList();
}

/// <summary>Checks project facts against <see cref="Layers"/>; every broken rule is one line saying which edge and why.</summary>
public static class LayerRules
{
    public static IReadOnlyList<string> Violations(IEnumerable<ProjectFacts> projects)
    {
        var found = new List<string>();
        foreach (var project in projects)
        {
            if (!Layers.AllowedReferences.TryGetValue(project.Name, out var allowed))
            {
                found.Add($"{project.Name}: a project the layers do not know — add it to Layers and docs/architecture.md.");
                continue;
            }
            found.AddRange(project.Projects.Where(p => !allowed.Contains(p))
                .Select(p => $"{project.Name} → {p}: not an allowed edge (may reference: {(allowed.Length == 0 ? "nothing" : string.Join(", ", allowed))})."));
            if (Layers.ForbiddenPackages.TryGetValue(project.Name, out var forbidden))
                found.AddRange(project.Packages.Where(package => forbidden.Any(f => package.StartsWith(f, StringComparison.Ordinal)))
                    .Select(package => $"{project.Name} uses package {package}, which this layer must not."));
        }
        return found;
    }
}

public static class Repository
{
    public static string Root { get; } = Find(AppContext.BaseDirectory);

    private static string Find(string from)
    {
        for (var dir = new DirectoryInfo(from); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Kierunek.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Kierunek.slnx not found above " + from);
    }
}
