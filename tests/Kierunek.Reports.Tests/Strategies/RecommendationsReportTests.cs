using Kierunek.Import.Tests;
using Kierunek.Reports.Model;
using Kierunek.Reports.Strategies;

namespace Kierunek.Reports.Tests.Strategies;

public class RecommendationsReportTests
{
    [Fact]
    public void Each_goal_has_conclusions_recommendations_and_who_carries_them_out()
    {
        var report = RecommendationsReport.Build(SeedFiles.RopsReport, 2016);
        Assert.Equal(5, report.Sections.Count);
        Assert.StartsWith("Cel szczegółowy 5.", report.Sections[^1].Heading);
        var parts = report.Sections[^1].Blocks.OfType<Section>().ToList();
        Assert.Equal(["Wnioski", "Rekomendacje", "Realizatorzy rekomendacji"], parts.Select(p => p.Heading));
        var conclusions = Assert.IsType<BulletList>(parts[0].Blocks.Single());
        Assert.Equal(2, conclusions.Items.Count);
        Assert.Contains("W województwie lubelskim wymogu tego nie spełniają 22 gminy.", conclusions.Items[0]);
        Assert.StartsWith("Regionalny Ośrodek Polityki Społecznej w Lublinie", Assert.IsType<Paragraph>(parts[2].Blocks.Single()).Text);
    }
}
