using NetArchTest.Rules;

namespace Kierunek.Architecture.Tests;

/// <summary>The tree keeps its shape: every edge between projects points down, no layer uses a package it must
/// not, and the domain touches no file, clock, console or framework. Each rule is also shown failing once, so a
/// green run means the rule held, not that it could not see.</summary>
public class LayerTests
{
    [Fact]
    public void Every_reference_between_projects_points_down_and_no_layer_uses_a_forbidden_package()
    {
        var projects = ProjectFacts.OfSources();
        Assert.Equal(Layers.AllowedReferences.Keys.Order(), projects.Select(p => p.Name).Order());
        Assert.Empty(LayerRules.Violations(projects));
    }

    [Fact]
    public void An_upward_edge_or_a_forbidden_package_is_reported()
    {
        var projects = ProjectFacts.OfSources().ToDictionary(p => p.Name);
        var broken = new[]
        {
            projects["Kierunek.Data"] with { Projects = [.. projects["Kierunek.Data"].Projects, "Kierunek.Import"] },
            projects["Kierunek.Domain"] with { Packages = ["Microsoft.EntityFrameworkCore"] },
            projects["Kierunek.Cli"] with { Projects = [.. projects["Kierunek.Cli"].Projects, "Kierunek.Web"] },
            new ProjectFacts("Kierunek.Ozps", ["Kierunek.Domain"], []),
        };
        var violations = LayerRules.Violations(broken);
        Assert.Equal(4, violations.Count);
        Assert.Contains(violations, v => v.StartsWith("Kierunek.Data → Kierunek.Import", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("Kierunek.Domain uses package Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("Kierunek.Cli → Kierunek.Web", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("Kierunek.Ozps: a project the layers do not know", StringComparison.Ordinal));
    }

    [Fact]
    public void The_domain_touches_no_file_clock_console_network_or_framework()
    {
        var result = DomainRule(typeof(Domain.Results.Error).Assembly);
        Assert.True(result.IsSuccessful, "Domain types that break the rule: " + string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? []));
    }

    [Fact]
    public void A_type_that_reads_a_file_breaks_the_domain_rule()
    {
        // This test assembly holds one such type (below); the same rule must find it.
        var result = DomainRule(typeof(LayerTests).Assembly);
        Assert.False(result.IsSuccessful);
        Assert.Contains(result.FailingTypes, t => t.Name == nameof(ReadsAFile));
    }

    [Fact]
    public void The_domain_assembly_references_nothing_but_the_base_library()
    {
        var references = typeof(Domain.Results.Error).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.All(references, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard", $"Domain references {name}."));
    }

    [Fact]
    public void Pages_and_the_api_reach_storage_only_through_application_services()
    {
        // A page that queries the database decides what to show by itself; the use case belongs in Application.
        var web = Types.InAssembly(typeof(Web.WebSetup).Assembly).That().ResideInNamespace("Kierunek.Web.Pages").Or().ResideInNamespace("Kierunek.Web.Api");
        // The selection reaches into the feature folders (a namespace prefix), or the rule would look at nothing.
        Assert.Contains(web.GetTypes(), t => t.FullName == typeof(Web.Pages.Monitoring.ReviewModel).FullName);
        var result = web
            .ShouldNot().HaveDependencyOnAny("Kierunek.Data.KierunekDb", "Microsoft.EntityFrameworkCore").GetResult();
        Assert.True(result.IsSuccessful, "Pages or API using the database directly: " + string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? []));
    }

    private static NetArchTest.Rules.TestResult DomainRule(System.Reflection.Assembly assembly) =>
        Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(Layers.ForbiddenInDomain).GetResult();

    /// <summary>Breaks the domain rule on purpose, for <see cref="A_type_that_reads_a_file_breaks_the_domain_rule"/>.</summary>
    private static class ReadsAFile
    {
        public static string Read(string path) => File.ReadAllText(path);
    }
}
