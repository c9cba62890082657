using Kierunek.Domain.Strategies;
using Kierunek.Import.Strategies;

namespace Kierunek.Import.Tests;

/// <summary>The seed documents shipped in the repository's seeds/ folder.</summary>
public static class SeedFiles
{
    public const string Lublin = "000_7a976b0a603a83d2.txt";
    public const string Bialystok = "001_142e016f0c72b13d.txt";
    public const string RopsLublin = "002_476344e44f80bc03.txt";
    public const string Lubartow = "003_99cff9fdc45b9ce7.txt";
    public const string Belchatow = "004_2b08748660f27478.txt";

    public static string Path(string name) => System.IO.Path.Combine(Root(), "seeds", name);

    private static readonly Lazy<StrategyDocument> LublinDocument = new(() => Import(Lublin));
    public static StrategyDocument LublinReport => LublinDocument.Value;
    private static readonly Lazy<StrategyDocument> BialystokDocument = new(() => Import(Bialystok));
    public static StrategyDocument BialystokReport => BialystokDocument.Value;
    private static readonly Lazy<StrategyDocument> RopsDocument = new(() => Import(RopsLublin));
    public static StrategyDocument RopsReport => RopsDocument.Value;
    private static readonly Lazy<StrategyDocument> BelchatowDocument = new(() => Import(Belchatow));
    public static StrategyDocument BelchatowReport => BelchatowDocument.Value;

    public static StrategyDocument Import(string name)
    {
        var result = DocumentImporter.ImportFile(Path(name));
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        return result.Value!;
    }

    public static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Kierunek.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Repository root (Kierunek.slnx) not found.");
    }
}

public static class DocumentQueries
{
    public static StrategyNode Node(this StrategyDocument d, string code) =>
        d.AllNodes().Single(n => n.Code == code);

    public static StrategyNode Measure(this StrategyDocument d, string taskCode, string titleStart) =>
        d.Node(taskCode).Children.Single(m => m.Title?.StartsWith(titleStart, StringComparison.Ordinal) == true);

    public static StrategyNode MeasureInGoal(this StrategyDocument d, string goalCode, string titleStart) =>
        d.Node(goalCode).SelfAndDescendants().First(m => m.Kind == NodeKind.Measure && m.Title?.StartsWith(titleStart, StringComparison.Ordinal) == true);

    public static Indicator Indicator(this StrategyNode measure, string nameStart) =>
        measure.Indicators.First(i => i.Name?.StartsWith(nameStart, StringComparison.Ordinal) == true);

    public static Domain.Values.RecordedValue Value(this Indicator indicator) => indicator.Values.Single().Value;

    public static Domain.Values.RecordedValue ValueIn(this Indicator indicator, int year) => indicator.Values.Single(v => v.Period.FromYear == year).Value;

    public static IReadOnlyDictionary<string, int> NodesPerLevel(this StrategyDocument d) =>
        d.AllNodes().GroupBy(n => n.LevelName).ToDictionary(g => g.Key, g => g.Count());
}

/// <summary>How the seed cell tables state a typed reading: one number, or a breakdown's parts joined by ";", or none.</summary>
public static class CellReading
{
    public static void AssertNumbers(Domain.Values.RecordedValue value, string? numbers)
    {
        var expected = numbers?.Split(';').Select(n => decimal.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).ToList() ?? [];
        var actual = value.Kind == Domain.Values.ValueKind.Breakdown
            ? value.Reading.Parts.Select(p => p.Number).ToList()
            : value.Reading.Number is { } n ? [n] : [];
        Assert.Equal(expected, actual);
    }
}
