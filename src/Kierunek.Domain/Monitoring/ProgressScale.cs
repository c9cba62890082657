using Kierunek.Domain.Input;
using Kierunek.Domain.Results;

namespace Kierunek.Domain.Monitoring;

/// <summary>The steps a monitoring team scores an action on, lowest first ("1 – nie rozpoczęto … 7 – zrealizowano",
/// as Polish strategy monitoring does); a strategy may rename them, but not change how many there are, so a year's
/// scores stay comparable with the next.</summary>
public sealed record ProgressScale(IReadOnlyList<string> Labels)
{
    public const int Steps = 7;
    public const int LabelLength = 80;

    public static ProgressScale Default { get; } = new([
        "nie rozpoczęto", "w przygotowaniu", "rozpoczęto", "w trakcie realizacji", "w znacznej części zrealizowano",
        "realizowane w sposób ciągły", "zrealizowano",
    ]);

    /// <summary>"4 – w trakcie realizacji".</summary>
    public string Describe(int step) => step is >= 1 and <= Steps ? $"{step} – {Labels[step - 1]}" : step.ToString();

    /// <summary>A strategy's own labels, as typed: seven, none empty, none repeated, each short enough for a table cell.</summary>
    public static Result<ProgressScale> From(IReadOnlyList<string?> typed)
    {
        if (typed.Count != Steps) return MonitoringErrors.ScaleStepCount;
        var labels = new List<string>();
        for (var i = 0; i < typed.Count; i++)
        {
            var field = $"krok-{i + 1}";
            if (string.IsNullOrWhiteSpace(typed[i])) return MonitoringErrors.ScaleLabelMissing(i + 1);
            if (InputText.Check(typed[i], $"Krok {i + 1}", LabelLength, field) is { } bad) return bad;
            var label = typed[i]!.Trim();
            if (labels.Contains(label, StringComparer.OrdinalIgnoreCase)) return MonitoringErrors.ScaleLabelRepeated(i + 1, label);
            labels.Add(label);
        }
        return Result<ProgressScale>.Ok(new ProgressScale(labels));
    }
}
