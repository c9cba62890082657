using Kierunek.Domain.Values;
using Kierunek.Reports.Model;
using ScottPlot;
using ScottPlot.TickGenerators;
using SkiaSharp;
using Chart = Kierunek.Reports.Model.Chart;

namespace Kierunek.Reports.Rendering;

/// <summary>A report's chart drawn by ScottPlot: PNG for Word and PDF, SVG for the web page. Axis labels
/// in Polish format; the title stays out of the picture because every format captions the chart.</summary>
public static class ChartImages
{
    public const int Width = 800, Height = 400;

    /// <summary>The same face as the HTML report; ScottPlot falls back to another if it is missing.</summary>
    private const string FontName = "Liberation Sans";

    private static readonly ScottPlot.Color Series = ScottPlot.Color.FromHex("#1F5FA8");
    private static readonly ScottPlot.Color TargetLine = ScottPlot.Color.FromHex("#B35900");

    public static byte[] Png(Chart chart)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height)) ?? throw new InvalidOperationException("SkiaSharp could not make a surface.");
        PlotOf(chart).Render(surface.Canvas, Width, Height);
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        // Flat colours and lines compress well without filters; the fastest zlib level halves the time for a few KB more.
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.NoFilters, zLibLevel: 1)) ?? throw new InvalidOperationException("SkiaSharp could not encode a PNG.");
        return png.ToArray();
    }

    public static string Svg(Chart chart) => PlotOf(chart).GetSvgXml(Width, Height);

    /// <summary>Every chart of a report drawn at once, on all cores: a report with hundreds of indicators
    /// spends most of its time drawing.</summary>
    public static IReadOnlyDictionary<Chart, T> DrawAll<T>(Report report, Func<Chart, T> draw)
    {
        var charts = ChartsIn(report).ToList();
        var drawn = new T[charts.Count];
        Parallel.For(0, charts.Count, i => drawn[i] = draw(charts[i]));
        var byChart = new Dictionary<Chart, T>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < charts.Count; i++) byChart[charts[i]] = drawn[i];
        return byChart;
    }

    public static IEnumerable<Chart> ChartsIn(Report report) => report.Sections.SelectMany(ChartsIn);

    private static IEnumerable<Chart> ChartsIn(Section section) =>
        section.Blocks.SelectMany(b => b switch { Chart c => [c], Section s => ChartsIn(s), _ => Array.Empty<Chart>() });

    private static Plot PlotOf(Chart chart)
    {
        var plot = chart switch
        {
            TrendChart trend => Trend(trend),
            StackedBarChart bars => Bars(bars),
            _ => throw new ArgumentOutOfRangeException(nameof(chart), chart, null),
        };
        plot.Font.Set(FontName);
        plot.Axes.Left.TickLabelStyle.FontSize = 13;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 13;
        plot.Legend.FontSize = 13;
        plot.Legend.FontName = FontName;
        return plot;
    }

    private static Plot Trend(TrendChart chart)
    {
        var plot = new Plot();
        var years = chart.Points.Select(p => (double)p.Year).ToArray();
        var line = plot.Add.Scatter(years, chart.Points.Select(p => (double)p.Value).ToArray());
        line.LegendText = chart.SeriesName;
        line.Color = Series;
        line.LineWidth = 2.5f;
        line.MarkerSize = 9;
        if (chart.Target is { } target)
        {
            var goal = plot.Add.HorizontalLine((double)target);
            goal.LegendText = $"Wartość docelowa: {AxisLabel((double)target, chart.Style)}";
            goal.Color = TargetLine;
            goal.LineWidth = 2;
            goal.LinePattern = LinePattern.Dashed;
        }
        plot.Axes.Bottom.TickGenerator = new NumericManual(years, chart.Points.Select(p => p.Year.ToString()).ToArray());
        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = v => AxisLabel(v, chart.Style) };
        plot.Axes.AutoScale();
        plot.Axes.SetLimitsX(years.Min() - 0.5, years.Max() + 0.5);
        var low = Math.Min(0, chart.Points.Min(p => (double)p.Value));
        var high = Math.Max(chart.Points.Max(p => (double)p.Value), (double?)chart.Target ?? double.MinValue);
        plot.Axes.SetLimitsY(low, high * 1.15 + (high == 0 ? 1 : 0)); // from zero, so a change is not exaggerated
        plot.ShowLegend(Alignment.LowerRight);
        return plot;
    }

    private static Plot Bars(StackedBarChart chart)
    {
        var plot = new Plot();
        var bars = new List<Bar>();
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            var bottom = 0d;
            foreach (var part in chart.Parts)
            {
                var value = (double)part.Values[i];
                if (value == 0) continue;
                bars.Add(new Bar { Position = i, ValueBase = bottom, Value = bottom + value, FillColor = ScottPlot.Color.FromHex(part.Color), Size = 0.7 });
                bottom += value;
            }
        }
        plot.Add.Bars(bars);
        foreach (var part in chart.Parts)
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = part.Name, FillColor = ScottPlot.Color.FromHex(part.Color) });
        plot.Axes.Bottom.TickGenerator = new NumericManual(
            Enumerable.Range(0, chart.Categories.Count).Select(i => (double)i).ToArray(), chart.Categories.ToArray());
        var longest = chart.Categories.Count == 0 ? 0 : chart.Categories.Max(c => c.Length);
        if (longest > 5 && chart.Categories.Count > 6)
        {
            // Names (gminas) side by side would overwrite each other: turned, with room below for the longest.
            plot.Axes.Bottom.TickLabelStyle.Rotation = 45;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
            plot.Axes.Bottom.MinimumSize = Math.Min(220, longest * 7 + 10);
        }
        plot.Axes.Left.TickGenerator = new NumericAutomatic
        {
            LabelFormatter = v => AxisLabel(v, chart.Style),
            IntegerTicksOnly = chart.Style == NumberStyle.Integer,
        };
        plot.Axes.Margins(bottom: 0);
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    /// <summary>"1,2 mln zł", "350 tys. zł", "83%", "3 700".</summary>
    private static string AxisLabel(double value, NumberStyle style)
    {
        var number = (decimal)value;
        return style switch
        {
            NumberStyle.Money when Math.Abs(value) >= 1_000_000 => Trimmed(Math.Round(number / 1_000_000m, 1)) + " mln zł",
            NumberStyle.Money when Math.Abs(value) >= 1_000 => PolishFormat.Number(number / 1_000m) + " tys. zł",
            NumberStyle.Money => PolishFormat.Number(number) + " zł",
            NumberStyle.Percent => PolishFormat.Number(number) + "%",
            _ => Trimmed(Math.Round(number, 2)),
        };
    }

    /// <summary>"500", "2,5": no zeros after the comma.</summary>
    private static string Trimmed(decimal value) => PolishFormat.Natural(value / 1.000000000000000000000000000000000m);
}
